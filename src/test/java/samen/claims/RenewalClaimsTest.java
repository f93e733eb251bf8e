package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * A next round (issue #11, item 8): the default with a goal of 50 and 400 steps, and
 * {@code collaboration.renewal} at 0, 1, 2, 3 and 4 next rounds ({@value Runs#SEEDS} seeds per
 * level; Jonckheere-Terpstra, one-sided, Holm over every claim of the suite).
 */
class RenewalClaimsTest {

    private static Evidence evidence;
    private static List<Sample> levels;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(RenewalClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        levels = Runs.of(Runs.SEEDS, Runs.levels(List.of("collaboration.goal=50", "steps=400"), "collaboration.renewal",
                "0", "1", "2", "3", "4"));
        e.trend("renewal: mean cumulative_value", levels, new Response.Metric("cumulative_value"), Direction.UP);
    }

    /**
     * Seed 004, the logic of the network: *"Na besluit is er een volgende ronde met nieuwe kansen"*;
     * *"Doelstelling is momentopname"*. Where the partners, their goal reached, take on a next one
     * rather than stop, they create more together the more rounds they allow themselves, though
     * every round must be shared, agreed and shaped anew.
     */
    @Test
    void aNextRoundBringsNewChances() {
        evidence.assertHolds("renewal: mean cumulative_value");
    }
}
