package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ambiguity and cultural fit ({@link Ambiguity}, {@link Organisation#foreignTo}; docs/MODEL.md §7.5). */
class PartnerFitTest {

    private static Collaboration started(Configs configs, long seed) {
        Collaboration c = new Collaboration(seed, configs.build());
        c.start();
        return c;
    }

    private static Collaboration run(Configs configs, long seed, int steps) {
        Collaboration c = started(configs, seed);
        for (int i = 0; i < steps && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    @Test
    void ambiguityIsTheShareOfWorkingPairsThatStartFromDifferentPoints() {
        Collaboration one = run(Configs.defaults().startingPoints(StartingPoint.SOLUTION, StartingPoint.PROBLEM), 1, 1);
        assertThat(one.ambiguity()).isCloseTo(10.0 / 30, within(1e-12));
        Collaboration four = run(Configs.defaults().startingPoints(StartingPoint.SOLUTION, StartingPoint.OPPORTUNITY,
                StartingPoint.FORM, StartingPoint.PROBLEM), 1, 1);
        assertThat(four.ambiguity()).isCloseTo(24.0 / 30, within(1e-12));
        assertThat(run(Configs.defaults(), 1, 1).ambiguity()).isZero();
    }

    @Test
    void partnersWhoAllStartFromTheSamePointRunAsBefore() {
        for (long seed = 1; seed <= 3; seed++) {
            Collaboration problem = run(Configs.defaults(), seed, 200);
            Collaboration solution = run(Configs.defaults().startingPoints(StartingPoint.SOLUTION), seed, 200);
            assertThat(solution.ambiguity()).isZero();
            assertThat(solution.events()).isEqualTo(problem.events());
            assertThat(solution.meanTrust()).isEqualTo(problem.meanTrust());
        }
    }

    @Test
    void oneSharedCultureIsNoCulturalDistance() {
        for (long seed = 1; seed <= 3; seed++) {
            Collaboration none = run(Configs.defaults(), seed, 200);
            Collaboration shared = run(Configs.defaults().cultures("public"), seed, 200);
            Collaboration oneUnstated = run(Configs.defaults().cultures("", "public"), seed, 200);
            assertThat(shared.events()).isEqualTo(none.events());
            assertThat(shared.meanTrust()).isEqualTo(none.meanTrust());
            assertThat(oneUnstated.meanTrust()).isEqualTo(none.meanTrust());
        }
    }

    @Test
    void partnersOfDifferentCulturesBuildTrustMoreSlowly() {
        Collaboration shared = run(Configs.defaults().opportunism(0), 4, 40);
        Collaboration foreign = run(Configs.defaults().opportunism(0).cultures("a", "b", "c", "d", "e", "f"), 4, 40);
        assertThat(foreign.meanTrust()).isLessThan(shared.meanTrust());
        assertThat(foreign.meanTrust()).isBetween(0.0, 1.0);
    }

    @Test
    void unexploredStartingPointsSlowUnderstandingAndReopenWhatIsShaped() {
        Configs apart = Configs.defaults().startingPoints(StartingPoint.SOLUTION, StartingPoint.OPPORTUNITY,
                StartingPoint.FORM, StartingPoint.PROBLEM);
        assertThat(run(apart, 2, 30).mutualUnderstanding()).isLessThan(run(Configs.defaults(), 2, 30).mutualUnderstanding());
        List<Event> provisional = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            Collaboration c = run(apart.startPhase(Phase.SHAPE), seed, 60);
            assertThat(Ambiguity.unexplored(c)).isBetween(0.0, c.ambiguity());
            c.events().stream().filter(e -> EventKind.PROVISIONAL.equals(e.detail())).forEach(provisional::add);
        }
        assertThat(provisional).isNotEmpty().allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.AGREEMENT_REOPENED);
            assertThat(e.name()).isEqualTo(Phase.SHAPE.key());
        });
    }
}
