package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

/** {@link CoreGrowth}: a ring partner that earned it moves into the core; a fixed network never changes. */
class CoreGrowthTest {

    /** Two core partners, eight in the ring with two contacts each, trust that builds. */
    private static ModelConfig ring(NetworkChange network) {
        return Configs.defaults().partners(10).circles(Circle.CORE, Circle.CORE, Circle.RING).contacts(2)
                .opportunism(0).network(network).build();
    }

    private static Collaboration run(ModelConfig config, long seed) {
        Collaboration c = new Collaboration(seed, config);
        c.start();
        for (int i = 0; i < 200 && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    @Test
    void aFixedNetworkKeepsItsCirclesAndTies() {
        for (long seed = 0; seed < 5; seed++) {
            ModelConfig config = ring(NetworkChange.FIXED);
            Collaboration c = run(config, seed);
            assertThat(c.organisations().stream().filter(o -> o.circle() == Circle.CORE).count()).isEqualTo(2);
            assertThat(c.network().slots()).isEqualTo(Network.of(config).slots());
            assertThat(c.events()).noneMatch(e -> e.kind() == EventKind.MOVED_INTO_CORE);
        }
    }

    @Test
    void aRingPartnerThatMovesInWorksWithTheWholeCoreAndRelationsStayInRange() {
        int moved = 0;
        for (long seed = 0; seed < 5; seed++) {
            Collaboration c = run(ring(NetworkChange.EVOLVING), seed);
            long events = c.events().stream().filter(e -> e.kind() == EventKind.MOVED_INTO_CORE).count();
            long core = c.organisations().stream().filter(o -> o.circle() == Circle.CORE).count();
            assertThat(core).isEqualTo(2 + events);
            moved += (int) events;
            Network network = c.network();
            for (Organisation a : c.organisations()) {
                for (int s = network.from(a.index()); s < network.to(a.index()); s++) {
                    assertThat(network.target(network.reverse(s))).isEqualTo(a.index());
                }
                for (Organisation b : c.organisations()) {
                    if (a == b) continue;
                    if (a.circle() == Circle.CORE && b.circle() == Circle.CORE) assertThat(c.contacts(a, b)).isTrue();
                    assertThat(c.trust(a, b)).isBetween(0.0, 1.0);
                    assertThat(c.vigilance(a, b)).isBetween(0.0, 1.0);
                }
            }
            assertThat(c.meanTrust()).isBetween(0.0, 1.0);
        }
        assertThat(moved).as("ring partners that moved into the core over five runs").isPositive();
    }
}
