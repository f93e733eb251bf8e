package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A future leader at the table argues the collaboration's case at home (seed 000, Hattem's young
 * civil servants who fed back to the policy makers): its constituency backs more, so the phase
 * overreaches the representative's mandate less. And it talks with the other partners' people
 * across the divide (the young civil servants who went to the initiators): diversity drags the
 * dialogue about interests less.
 */
class FutureLeaderTest {

    /** Every partner's overreach at the start of execute, with a small mandate and little organisation. */
    private static double overreach(double nextGeneration) {
        Collaboration c = new Collaboration(1, Configs.defaults().partners(4).startPhase(Phase.EXECUTE).mandate(0.05)
                .condition(Condition.ORGANISATION, 0.2, 1).nextGeneration(nextGeneration).build());
        c.start();
        double first = c.organisations().get(0).overreach();
        assertThat(c.organisations()).allMatch(o -> o.overreach() == first);
        return first;
    }

    @Test
    void theMoreAFutureLeaderBridgesToTheConstituencyTheLessThePhaseOverreachesTheMandate() {
        double none = overreach(0), half = overreach(0.5), full = overreach(1);
        assertThat(none).isGreaterThan(half);
        assertThat(half).isGreaterThan(full);
        assertThat(full).isPositive();
    }

    /** Mutual understanding after {@code steps} steps of explore and share among very different partners. */
    private static Collaboration explored(double nextGeneration, int steps) {
        Collaboration c = new Collaboration(1, Configs.defaults().partners(4).opportunism(0).diversity(0.8)
                .nextGeneration(nextGeneration).build());
        c.start();
        for (int i = 0; i < steps && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    @Test
    void theDivideFutureLeadersBridgeIsTheirMeanShareOfTheDiversity() {
        assertThat(explored(0, 0).divide()).isEqualTo(0.8);
        assertThat(explored(0.5, 0).divide()).isCloseTo(0.4, within(1e-12));
        assertThat(explored(1, 0).divide()).isZero();
    }

    @Test
    void futureLeadersWhoBridgeTheDivideLetThePartnersUnderstandEachOtherSooner() {
        double none = explored(0, 20).mutualUnderstanding();
        double half = explored(0.5, 20).mutualUnderstanding();
        double full = explored(1, 20).mutualUnderstanding();
        assertThat(none).isLessThan(half);
        assertThat(half).isLessThan(full);
        assertThat(full).isBetween(0.0, 1.0);
    }
}
