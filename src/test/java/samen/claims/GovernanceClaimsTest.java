package samen.claims;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.facts.StylisedFacts;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;

/**
 * Governance modes (issue #11, item 6; Provan &amp; Kenis 2008): shared governance against a lead or
 * a network administrative organisation, among the default's six partners and among 32 similar
 * partners ({@value Runs#SEEDS} seeds per arm; a two-proportion z-test for a share, Mann-Whitney
 * for a metric, one-sided, Holm over every claim of the suite).
 */
class GovernanceClaimsTest {

    private static final String MANY = "organisations.count=32";

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(GovernanceClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Sample> runs = Runs.of(Runs.SEEDS, List.of(
                Runs.Cell.of(Runs.DEFAULT), Runs.Cell.of(Runs.DEFAULT, "collaboration.governance=administrative"),
                Runs.Cell.of(Runs.DEFAULT, StylisedFacts.SIMILAR_PARTNERS, MANY),
                Runs.Cell.of(Runs.DEFAULT, StylisedFacts.SIMILAR_PARTNERS, MANY, "collaboration.governance=administrative"),
                Runs.Cell.of(Runs.DEFAULT, StylisedFacts.SIMILAR_PARTNERS, MANY, "collaboration.governance=lead")));
        failure(e, "governance: few partners, administrative against shared", runs.get(0), runs.get(1), Direction.UP);
        failure(e, "governance: many partners, administrative against shared", runs.get(2), runs.get(3), Direction.DOWN);
        failure(e, "governance: many partners, lead against shared", runs.get(2), runs.get(4), Direction.DOWN);
        double[] shared = runs.get(2).metric("reopened_agreements");
        double[] hub = runs.get(3).metric("reopened_agreements");
        e.add("governance: many partners, reopened agreements", String.format(Locale.ROOT, "mean shared %.2f, administrative %.2f",
                mean(shared), mean(hub)), Contrast.mannWhitney(hub, shared), Direction.DOWN);
    }

    /** The claim that the failure share moves in {@code direction} from {@code shared} to {@code other}. */
    private static void failure(Evidence e, String name, Sample shared, Sample other, Direction direction) {
        long a = shared.count(Response.FAILURE.outcomes());
        long b = other.count(Response.FAILURE.outcomes());
        e.add(name, String.format(Locale.ROOT, "failure share shared %.3f, other %.3f", (double) a / shared.runs(),
                (double) b / other.runs()), Contrast.proportions(b, other.runs(), a, shared.runs()), direction);
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(Double.NaN);
    }

    /**
     * Provan &amp; Kenis 2008: shared governance suits a few partners; a network administrative
     * organisation adds a cost (here: each partner's meeting with it) that a small table does not
     * earn back. Among the default's six partners it fails more often than shared governance.
     */
    @Test
    void aFewPartnersGovernBestTogether() {
        evidence.assertHolds("governance: few partners, administrative against shared");
    }

    /**
     * Provan &amp; Kenis 2008: as the number of partners grows, shared governance becomes
     * inefficient, and a lead or administrative organisation coordinates better. Among 32 similar
     * partners every grievance reopens the whole table under shared governance (seed 004's
     * *"trage besluitvorming"*); a hub settles many one to one, fewer agreements are reopened, and
     * the collaboration fails less often.
     */
    @Test
    void manyPartnersNeedAHub() {
        evidence.assertHolds("governance: many partners, administrative against shared");
        evidence.assertHolds("governance: many partners, lead against shared");
        evidence.assertHolds("governance: many partners, reopened agreements");
    }
}
