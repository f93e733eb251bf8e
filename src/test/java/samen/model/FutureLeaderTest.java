package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A future leader at the table argues the collaboration's case at home (seed 000, Hattem's young
 * civil servants who fed back to the policy makers): its constituency backs more, so the phase
 * overreaches the representative's mandate less.
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
}
