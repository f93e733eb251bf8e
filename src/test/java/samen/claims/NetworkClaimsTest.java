package samen.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;

/**
 * Strategic core, complementary ring (issue #11, items 3 and 10): 48 similar organisations in
 * {@value #FILE}, with 48, 32, 16 or 8 of them in the core and the rest in the ring (4 contacts
 * each), {@value Runs#SEEDS} seeds per level; Cochran-Armitage for the failure share over the
 * ring's size, Mann-Whitney for the reopened agreements of all at one table against a core of 8,
 * one-sided, Holm over every claim of the suite. Both claims were chosen from the seed before
 * anything was measured.
 */
class NetworkClaimsTest {

    static final String FILE = "scenarios/network/core-and-ring.yaml";
    /** Partners in the core at each level; the file's own core is the first 8. */
    private static final int[] CORE = {48, 32, 16, 8};

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(NetworkClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        for (int core : CORE) {
            List<String> overrides = new ArrayList<>();
            for (int i = 9; i <= core; i++) overrides.add("organisations." + i + ".circle=core");
            cells.add(new Runs.Cell(FILE, overrides));
        }
        List<Sample> levels = Runs.of(Runs.SEEDS, cells);
        e.trend("core and ring: failure share as the ring grows", levels, Response.FAILURE, Direction.DOWN);
        Sample all = levels.get(0);
        Sample ring = levels.get(levels.size() - 1);
        e.add("core and ring: reopened agreements, a core of 8 against all at one table",
                String.format(Locale.ROOT, "mean reopened agreements %.2f -> %.2f", all.mean("reopened_agreements"),
                        ring.mean("reopened_agreements")),
                Contrast.mannWhitney(ring.metric("reopened_agreements"), all.metric("reopened_agreements")), Direction.DOWN);
    }

    /**
     * Seed 004: *"Welke partijen vormen de strategische kern, wie zijn complementair?"* The core
     * *"Bepalen samen de spelregels"* with *"Consensus over strategie en visie"*; the ring *"Vult
     * 'gaten' in processen, doelgroepen of sleutel-activiteiten"* and gives *"Consent over strategie
     * en visie (mag verschillen; is geen bezwaar)"*. Of 48 similar organisations, the fewer sit at
     * the one table where vision and rules are settled and the more fill gaps on their themes, the
     * less often the collaboration fails; and a core of 8 reopens fewer agreements than all 48 at
     * one table (the coordination cost that grows with the table, docs/VALIDATION.md §1).
     */
    @Test
    void aSmallCoreWithARingKeepsALargeCollaborationWorkable() {
        evidence.assertHolds("core and ring: failure share as the ring grows");
        evidence.assertHolds("core and ring: reopened agreements, a core of 8 against all at one table");
    }
}
