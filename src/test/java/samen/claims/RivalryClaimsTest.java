package samen.claims;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Partner fit (issue #11, item 2): similar partners compete. In the default, the first 0, 2, 3, 4
 * or all 6 partners work on the same terrain ({@value Runs#SEEDS} seeds per level;
 * Jonckheere-Terpstra for a metric, Cochran-Armitage for the failure share, one-sided, Holm over
 * every claim of the suite).
 */
class RivalryClaimsTest {

    private static final int[] ON_ONE_TERRAIN = {0, 2, 3, 4, 6};

    private static Evidence evidence;
    private static List<Sample> levels;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(RivalryClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        for (int k : ON_ONE_TERRAIN) {
            List<String> overrides = new ArrayList<>();
            for (int i = 1; i <= k; i++) overrides.add("organisations." + i + ".terrain=care");
            cells.add(new Runs.Cell(Runs.BASE, overrides));
        }
        levels = Runs.of(Runs.SEEDS, cells);
        e.trend("rivalry: mean mean_vigilance", levels, new Response.Metric("mean_vigilance"), Direction.UP);
        e.trend("rivalry: mean enemy_pairs", levels, new Response.Metric("enemy_pairs"), Direction.UP);
        e.trend("rivalry: failure share", levels, Response.FAILURE, Direction.UP);
    }

    /**
     * Seed 003, *Diversiteit van de partijen*: *"Naarmate je meer op de andere partij lijkt, is er
     * minder spraakverwarring maar als je veel overeenkomsten hebt, is dat ook een basis voor
     * competitie. Naarmate samenwerkende partijen zich meer op hetzelfde terrein bewegen, is de kans
     * op competitie tussen hen groter."* The more partners on one terrain, the more wary they are of
     * rivals that gain, the more pairs end in watchful contracting, and the more often the
     * collaboration fails.
     */
    @Test
    void partnersOnTheSameTerrainCompete() {
        evidence.assertHolds("rivalry: mean mean_vigilance");
        evidence.assertHolds("rivalry: mean enemy_pairs");
        evidence.assertHolds("rivalry: failure share");
    }
}
