package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

/** {@link TieChange}: partners outside the core add contacts through trusted partners and drop soured ones, within bounds. */
class TieChangeTest {

    /** Twelve partners in a self-organising network (no core, so nobody moves) with two contacts each. */
    private static ModelConfig modules(double opportunism, NetworkChange network) {
        return Configs.defaults().partners(12).governance(Governance.SELF_ORGANISING).contacts(2).opportunism(opportunism)
                .network(network).build();
    }

    private static Collaboration run(ModelConfig config, long seed) {
        Collaboration c = new Collaboration(seed, config);
        c.start();
        for (int i = 0; i < 200 && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    private static long count(Collaboration c, EventKind kind) {
        return c.events().stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    void tiesFormedAndDroppedAreTheEventsAndStayWithinTheCapWithNobodyCutOff() {
        long formed = 0;
        long dropped = 0;
        for (double opportunism : new double[] {0, 0.3}) {
            for (long seed = 0; seed < 4; seed++) {
                ModelConfig config = modules(opportunism, NetworkChange.EVOLVING_TIES);
                Network start = Network.of(config);
                Collaboration c = run(config, seed);
                Network network = c.network();
                long f = count(c, EventKind.TIE_FORMED);
                long d = count(c, EventKind.TIE_DROPPED);
                assertThat(network.slots() / 2).as("ties at the end").isEqualTo(start.slots() / 2 + f - d);
                for (Organisation a : c.organisations()) {
                    int i = a.index();
                    assertThat(network.degree(i)).isBetween(1, start.degree(i) + 2);
                    for (int s = network.from(i); s < network.to(i); s++) assertThat(network.target(network.reverse(s))).isEqualTo(i);
                    for (Organisation b : c.organisations()) {
                        if (a == b) continue;
                        assertThat(c.trust(a, b)).isBetween(0.0, 1.0);
                        assertThat(c.vigilance(a, b)).isBetween(0.0, 1.0);
                    }
                }
                assertThat(c.meanTrust()).isBetween(0.0, 1.0);
                formed += f;
                dropped += d;
            }
        }
        assertThat(formed).as("ties formed over eight runs").isPositive();
        assertThat(dropped).as("ties dropped over eight runs").isPositive();
    }

    @Test
    void theCoreStaysDenseAndAFixedOrEvolvingNetworkChangesNoTie() {
        ModelConfig ring = Configs.defaults().partners(10).circles(Circle.CORE, Circle.CORE, Circle.RING).contacts(2).opportunism(0.3)
                .network(NetworkChange.EVOLVING_TIES).build();
        for (long seed = 0; seed < 4; seed++) {
            Collaboration c = run(ring, seed);
            for (Organisation a : c.organisations()) {
                for (Organisation b : c.organisations()) {
                    if (a != b && a.circle() == Circle.CORE && b.circle() == Circle.CORE) assertThat(c.contacts(a, b)).isTrue();
                }
            }
            for (NetworkChange other : new NetworkChange[] {NetworkChange.FIXED, NetworkChange.EVOLVING}) {
                Collaboration d = run(modules(0.3, other), seed);
                assertThat(count(d, EventKind.TIE_FORMED) + count(d, EventKind.TIE_DROPPED)).isZero();
                assertThat(d.network().slots()).isEqualTo(Network.of(modules(0.3, other)).slots());
            }
        }
    }
}
