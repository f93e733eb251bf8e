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
 * People who act (issue #11, item 7): one representative's {@code initiative} at 0, 0.25, 0.5,
 * 0.75 and 1, where the condition its signature is at home with runs down ({@value Runs#SEEDS}
 * seeds per level; Jonckheere-Terpstra for a metric, Cochran-Armitage for the failure share,
 * one-sided, Holm over every claim of the suite). The default's partners, by position: 1 the
 * municipality (negotiator), 2 the housing association (designer), 3 the home-care provider
 * (shaper), 4 the GP cooperative (champion), 5 the welfare foundation (relationship builder).
 */
class LeadershipMovesClaimsTest {

    private static final String[] INITIATIVE = {"0", "0.25", "0.5", "0.75", "1"};

    private static Evidence evidence;
    private static Map<String, List<Sample>> bySignature;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(LeadershipMovesClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        Map<String, List<Observed.Arm>> signatures = new LinkedHashMap<>();
        signatures.put("relationship builder", dose(Runs.BASE, 5, "conditions.relation.attention=0"));
        signatures.put("designer", dose(Runs.BASE, 2, "conditions.organisation.attention=0"));
        signatures.put("champion", dose(Runs.BASE, 4, "conditions.ambition.attention=0"));
        signatures.put("shaper", dose(Runs.BASE, 3, "collaboration.start_phase=agree", "conditions.interests.attention=0"));
        signatures.put("negotiator", dose("scenarios/archetypes/unbridgeable-diversity.yaml", 1));
        bySignature = Observed.byFactor(Runs.SEEDS, signatures, List.of());
        claim("relationship builder", new Response.Metric("relation"), Direction.UP);
        claim("relationship builder", new Response.Metric("enemy_pairs"), Direction.DOWN);
        claim("designer", new Response.Metric("organisation"), Direction.UP);
        claim("designer", Response.FAILURE, Direction.DOWN);
        claim("champion", new Response.Metric("ambition"), Direction.UP);
        claim("champion", Response.FAILURE, Direction.DOWN);
        claim("shaper", new Response.Metric("interests"), Direction.UP);
        claim("negotiator", new Response.Metric("interests"), Direction.UP);
        claim("negotiator", Response.FAILURE, Direction.DOWN);
    }

    /** Partner {@code position}'s initiative at every level, in {@code file} after {@code base}. */
    private static List<Observed.Arm> dose(String file, int position, String... base) {
        return Observed.Arm.untreated(Runs.levels(file, List.of(base), "organisations." + position + ".initiative", INITIATIVE));
    }

    private static void claim(String signature, Response response, Direction direction) {
        evidence.trend("own moves of the " + signature + ": " + response.label(), bySignature.get(signature), response, direction);
    }

    /**
     * Seed 004, *de betrokken relatiebouwer*: *"verbinding maken en vertrouwen bouwen"*; its
     * concrete move *"onbesproken gedrag expliciet maken"*. With nobody attending to the relation,
     * the more initiative the welfare foundation's representative takes, the more of the relation
     * is kept and the fewer pairs end in watchful contracting.
     */
    @Test
    void theRelationshipBuilderConvenesAndRepairs() {
        evidence.assertHolds("own moves of the relationship builder: mean relation");
        evidence.assertHolds("own moves of the relationship builder: mean enemy_pairs");
    }

    /**
     * Seed 004, *de grondige ontwerper*: *"structurerend vermogen"*, *"een helder procesontwerp"*; its
     * concrete move *"spelregels vaststellen"*. With nobody attending to organisation, the housing
     * association's representative lays down rules: organisation is kept and the collaboration
     * fails less often.
     */
    @Test
    void theDesignerStructures() {
        evidence.assertHolds("own moves of the designer: mean organisation");
        evidence.assertHolds("own moves of the designer: failure share");
    }

    /**
     * Seed 004, *de gedreven voorvechter*: its concrete move *"de (maatschappelijke) meerwaarde
     * schetsen"*. With nobody attending to the ambition, the GP cooperative's representative keeps
     * it alive and the collaboration fails less often.
     */
    @Test
    void theChampionMobilises() {
        evidence.assertHolds("own moves of the champion: mean ambition");
        evidence.assertHolds("own moves of the champion: failure share");
    }

    /**
     * Seed 004, *de vindingrijke vormer*: its concrete move *"metaforen of nieuwe invalshoeken
     * toevoegen"*. After storming to the contract with nobody attending to interests, the
     * home-care provider's representative restructures the problem: more of the interests condition
     * is kept.
     */
    @Test
    void theShaperReframes() {
        evidence.assertHolds("own moves of the shaper: mean interests");
    }

    /**
     * Seed 004, *de gezaghebbende onderhandelaar*: *"gevoel voor (politieke) verhoudingen"*; its
     * concrete move *"nieuwe onderhandelingsruimte creëren"*. Among very different partners
     * (unbridgeable diversity), the municipality's representative brokers: interests are kept and
     * the collaboration fails less often.
     */
    @Test
    void theNegotiatorBrokers() {
        evidence.assertHolds("own moves of the negotiator: mean interests");
        evidence.assertHolds("own moves of the negotiator: failure share");
    }
}
