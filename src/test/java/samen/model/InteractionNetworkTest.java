package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import samen.engine.RunResult;
import samen.engine.Simulation;

/**
 * The interaction network in the running model (issue #11, items 3 and 10): partners experience
 * only those they work with, the core decides, and everyone in the core is the model as before.
 */
class InteractionNetworkTest {

    @Property(tries = 20)
    void everyoneInTheCoreIgnoresTheContactsAndMeetsEveryone(@ForAll @IntRange(min = 1, max = 8) int contacts,
                                                              @ForAll @IntRange(max = 1000) int seed) {
        RunResult plain = Simulation.create(Configs.defaults().partners(8).build(), seed).run(150, List.of());
        RunResult withContacts = Simulation.create(Configs.defaults().partners(8).contacts(contacts).build(), seed).run(150, List.of());
        assertThat(withContacts).isEqualTo(plain);
    }

    @Test
    void partnersWhoNeverWorkTogetherKeepTheTrustTheyStartedWith() {
        Simulation s = Simulation.create(Configs.defaults().partners(24).circles(Circle.CORE, Circle.CORE, Circle.RING)
                .contacts(2).build(), 3);
        s.run(120, List.of());
        Collaboration m = s.model();
        int untouched = 0;
        int moved = 0;
        for (Organisation a : m.organisations()) {
            for (Organisation b : m.organisations()) {
                if (a == b) continue;
                if (!m.contacts(a, b)) {
                    assertThat(m.trust(a, b)).isEqualTo(0.4);
                    assertThat(m.vigilance(a, b)).isEqualTo(0.3);
                    untouched++;
                } else if (m.trust(a, b) != 0.4) {
                    moved++;
                }
            }
        }
        assertThat(untouched).isPositive();
        assertThat(moved).isPositive();
        assertThat(m.activePairs()).isLessThan(m.activeCount() * (m.activeCount() - 1));
        assertThat(m.enemyPairs()).isBetween(0, m.activePairs());
    }

    @Test
    void theCoreDecidesAndTheRingConsents() {
        Simulation s = Simulation.create(Configs.defaults().partners(10).circles(Circle.CORE, Circle.CORE, Circle.CORE, Circle.RING)
                .contacts(2).build(), 1);
        Collaboration m = s.model();
        assertThat(m.deciders()).extracting(Organisation::circle).containsOnly(Circle.CORE).hasSize(3);
        Simulation ring = Simulation.create(Configs.defaults().partners(10).circles(Circle.RING).contacts(2).build(), 1);
        assertThat(ring.model().deciders()).as("without a core, everyone decides").hasSize(10);
    }

    @Test
    void freeSpacePartnersLeavingDoNotBreakTheCollaborationUp() {
        // Two core partners and eight free-space partners that all walk away at once: no break-up.
        Simulation s = Simulation.create(Configs.defaults().partners(10).circles(Circle.CORE, Circle.CORE, Circle.FREE).build(), 1);
        Collaboration m = s.model();
        for (Organisation o : m.organisations()) {
            if (o.circle() == Circle.FREE) o.leave(1, true, "test");
        }
        m.refreshActive();
        m.process().step(m);
        assertThat(m.brokenUp()).isFalse();
        assertThat(m.activeCount()).isEqualTo(2);
    }
}
