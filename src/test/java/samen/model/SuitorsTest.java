package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings.PowerDistribution;

/**
 * Candidates judge their own share and hear of the success through whom they know (docs/MODEL.md §7.17,
 * {@link Suitors}, {@link Round#relativeTake}).
 */
class SuitorsTest {

    /** Four founders and a sought candidate listed first, in {@code circle}, holding {@code share} of all power. */
    private static Collaboration started(double share, Circle circle) {
        Configs configs = Configs.defaults().partners(5).power(PowerDistribution.DOMINANT).circles(circle, Circle.CORE);
        configs.dominantShare = share;
        ModelConfig base = configs.build();
        List<OrganisationSpec> orgs = new ArrayList<>(base.organisations());
        orgs.set(0, Specs.candidate(orgs.get(0), "Candidate", 1, Joining.SOUGHT));
        Collaboration c = new Collaboration(1, new ModelConfig(orgs, base.power(), base.trust(), base.collaboration(), base.conditions(),
                List.of(), List.of(), List.of()));
        c.start();
        return c;
    }

    private static Organisation candidate(Collaboration c) {
        return c.organisations().get(0);
    }

    @Test
    void aCandidateWithLessPowerThanItWouldBringWouldTakeLessThanItBrings() {
        Collaboration weak = started(0.05, Circle.CORE);
        Collaboration strong = started(0.6, Circle.CORE);
        for (int i = 0; i < 30; i++) {
            weak.schedule.step(weak);
            strong.schedule.step(strong);
        }
        assertThat(weak.totalContribution()).isPositive();
        assertThat(Round.relativeTake(weak, candidate(weak))).isPositive().isLessThan(1);
        assertThat(Round.relativeTake(strong, candidate(strong))).isGreaterThan(1).isFinite();
    }

    @Test
    void aCandidateThatKnowsOnePartnerAtTheTableHearsLaterThanOneThatWorksWithAll() {
        Collaboration core = started(0.2, Circle.CORE);
        Collaboration free = started(0.2, Circle.FREE);
        Suitors heardInCore = new Suitors();
        Suitors heardInFree = new Suitors();
        for (int i = 0; i < 10; i++) {
            heardInCore.listen(core, 1);
            heardInFree.listen(free, 1);
        }
        // Nothing brought yet: it would take what it brings, the yield, and hears it at the account's pace,
        // or at 2 of the 5 voices' share when it knows one of the four partners.
        double pace = Organisation.accountWeight(core.phaseDuration());
        assertThat(heardInCore.heard(candidate(core))).isCloseTo(1 - Math.pow(1 - pace, 10), within(1e-12));
        assertThat(heardInFree.heard(candidate(free))).isCloseTo(1 - Math.pow(1 - pace * 2 / 5, 10), within(1e-12));
    }

    @Test
    void whatACandidateHearsStaysFiniteAndBetweenNothingAndTheMostItWouldTake() {
        Collaboration c = started(0.05, Circle.CORE);
        Suitors suitors = new Suitors();
        double most = 0;
        for (int i = 0; i < 200 && candidate(c).pending(); i++) {
            c.schedule.step(c);
            double yield = c.totalContribution() > 0 ? c.valueCreated() / c.totalContribution() : 0;
            most = Math.max(most, yield * Round.relativeTake(c, candidate(c)));
            suitors.listen(c, yield);
            assertThat(suitors.heard(candidate(c))).isFinite().isBetween(0.0, most);
        }
    }
}
