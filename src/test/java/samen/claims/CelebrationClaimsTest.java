package samen.claims;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Outcome;

/**
 * Seed 002's advice 7, celebrating successes (issue #11, item 9), where it can act: a collaboration
 * with a goal and next rounds ({@code scenarios/advice/7-celebrate-successes-ignored.yaml}: the
 * default's partners, a goal of 50, four next rounds, 400 steps), with
 * {@code collaboration.celebration} at 0, 0.05, 0.1, 0.2 and 0.4 ({@value Runs#SEEDS} seeds per
 * level; Jonckheere-Terpstra for a metric, Cochran-Armitage for a share, one-sided, Holm over every
 * claim of the suite). The failure share does not fall with the dose; {@link AdviceGapsTest} holds
 * that open.
 */
class CelebrationClaimsTest {

    /** The pair's twin that marks nothing; the dose varies its celebration. */
    static final String IGNORED = "scenarios/advice/7-celebrate-successes-ignored.yaml";
    /** The dose: no marking, the default's, and ever more clearly marked successes. */
    static final String[] DOSE = {"0", "0.05", "0.1", "0.2", "0.4"};

    private static final Response BREAKUP = new Response.Share("break-up share", EnumSet.of(Outcome.BREAKUP));

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(CelebrationClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Sample> levels = Runs.of(Runs.SEEDS, Runs.levels(IGNORED, List.of(), "collaboration.celebration", DOSE));
        e.trend("celebration: mean exits", levels, new Response.Metric("exits"), Direction.DOWN);
        e.trend("celebration: break-up share", levels, BREAKUP, Direction.DOWN);
        e.trend("celebration: mean cumulative_value", levels, new Response.Metric("cumulative_value"), Direction.UP);
    }

    /**
     * Seed 002, advice 7: *"Vier successen – we beseffen te weinig wat de waarde is van
     * samenwerking. Als je erin slaagt een doel te bereiken, markeer dat dan ook duidelijk ...
     * Zodat je later erop met plezier op terug kunt kijken. Het inspireert om een volgende stap te
     * zetten."* A goal marked is remembered, and a partner weighs its grievances against the
     * successes it remembers (docs/MODEL.md §7.8): the more clearly the partners mark each goal,
     * the fewer walk away between rounds, when the new round's sharing and agreeing cost time and
     * bring nothing yet, and the less often the collaboration breaks up.
     */
    @Test
    void aMarkedSuccessKeepsThePartnersForTheNextStep() {
        evidence.assertHolds("celebration: mean exits");
        evidence.assertHolds("celebration: break-up share");
    }

    /**
     * *"Het inspireert om een volgende stap te zetten"*; seed 004: *"Na besluit is er een volgende
     * ronde met nieuwe kansen"*. With more partners kept for the next rounds, the partners create
     * more together over the run.
     */
    @Test
    void theNextStepIsTaken() {
        evidence.assertHolds("celebration: mean cumulative_value");
    }
}
