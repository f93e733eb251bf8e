package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.facts.StylisedFacts;
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
                Runs.Cell.of(Runs.BASE), Runs.Cell.of(Runs.BASE, "collaboration.governance=administrative"),
                Runs.Cell.of(Runs.BASE, StylisedFacts.SIMILAR_PARTNERS, MANY),
                Runs.Cell.of(Runs.BASE, StylisedFacts.SIMILAR_PARTNERS, MANY, "collaboration.governance=administrative"),
                Runs.Cell.of(Runs.BASE, StylisedFacts.SIMILAR_PARTNERS, MANY, "collaboration.governance=lead")));
        failure(e, "governance: few partners, administrative against shared", "administrative", runs.get(1), runs.get(0), Direction.UP);
        failure(e, "governance: many partners, administrative against shared", "administrative", runs.get(3), runs.get(2), Direction.DOWN);
        failure(e, "governance: many partners, lead against shared", "lead", runs.get(4), runs.get(2), Direction.DOWN);
        e.metric("governance: many partners, reopened agreements", "reopened_agreements", "administrative", runs.get(3), "shared",
                runs.get(2), Direction.DOWN);
    }

    /** The claim that the failure share under {@code mode} differs from shared governance's in {@code direction}. */
    private static void failure(Evidence e, String name, String mode, Sample other, Sample shared, Direction direction) {
        e.share(name, Response.FAILURE.outcomes(), mode, other, "shared", shared, direction);
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
