package samen.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Collaborating changes the organisation (issue #11, item 8; seed 003 §6): every partner's
 * {@code learning} at 0, 0.25, 0.5, 0.75 and 1 ({@value Runs#SEEDS} seeds per level;
 * Jonckheere-Terpstra, one-sided, Holm over every claim of the suite), in the default and in the
 * default with every partner eager to give up 0.9 of its autonomy, more than the collaboration
 * returns.
 */
class LearningClaimsTest {

    private static final String[] LEARNING = {"0", "0.25", "0.5", "0.75", "1"};
    private static final Response COMMITMENT = new Response.Metric("final_commitment");

    private static Evidence evidence;
    private static Map<String, List<Sample>> byBase;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(LearningClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        Map<String, List<Observed.Arm>> bases = new LinkedHashMap<>();
        bases.put("default", Observed.Arm.untreated(Runs.levels(List.of(), "organisations.*.learning", LEARNING)));
        bases.put("eager", Observed.Arm.untreated(Runs.levels(List.of("organisations.*.autonomy=0.9"),
                "organisations.*.learning", LEARNING)));
        byBase = Observed.byFactor(Runs.SEEDS, bases, List.of());
        e.trend("learning, default: " + COMMITMENT.label(), byBase.get("default"), COMMITMENT, Direction.UP);
        e.trend("learning, eager partners: " + COMMITMENT.label(), byBase.get("eager"), COMMITMENT, Direction.DOWN);
    }

    /**
     * Seed 003 §6: *"Een samenwerkingsvaardige organisatie worden ... is een veranderproces op
     * zichzelf. Kortom, samenwerken is ook veranderen."* Seed 003 §2: autonomy is given up *"in het
     * vertrouwen dat hij er meer voor terugkrijgt"*. The default's partners are served better than
     * the autonomy they start out giving up: the faster they learn, the more they bring. Partners
     * who start out giving up more than the collaboration returns (0.9) take some back: the faster
     * they learn, the less they bring.
     */
    @Test
    void partnersLearnToGiveWhatTheCollaborationReturns() {
        evidence.assertHolds("learning, default: mean final_commitment");
        evidence.assertHolds("learning, eager partners: mean final_commitment");
    }
}
