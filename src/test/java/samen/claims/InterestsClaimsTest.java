package samen.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Collaboration;
import samen.model.DecisionPolicy;

/**
 * Seed 003 §3.1-3.2 on the default scenario: the balance of taking and bringing ("voor wat hoort
 * wat", reciprocity) and the three kinds of interest that all need a place (collective,
 * organisational, individual). Each factor at five levels, {@value Runs#SEEDS} seeds per level,
 * a Jonckheere-Terpstra trend of the named response, one-sided in the direction the seed gives,
 * Holm over every claim of the suite
 * ({@link ClaimSuite}) at alpha 0.01.
 */
class InterestsClaimsTest {

    /** The partner whose good faith is varied: the Municipality, the default's largest. */
    static final int SEAT = 0;
    static final double[] GOOD_FAITH = {0.2, 0.4, 0.6, 0.8, 1.0};

    private static Evidence evidence;
    private static Map<String, List<Sample>> byFactor;

    /** Partner {@code seat} brings {@code share} of what its own rules would have it bring, and otherwise decides by them. */
    record GoodFaith(int seat, double share) implements Observed.Treatment {
        @Override
        public void apply(Collaboration model, long seed) {
            model.organisations().get(seat).decideBy((self, agents) ->
                    new DecisionPolicy.Decision(share * agents.commitment(), agents.conduct(), agents.voice()));
        }
    }

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(InterestsClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        Map<String, List<Observed.Arm>> factors = new LinkedHashMap<>();
        List<Observed.Arm> goodFaith = new ArrayList<>();
        for (double share : GOOD_FAITH) goodFaith.add(new Observed.Arm(Runs.Cell.of(Runs.BASE), new GoodFaith(SEAT, share)));
        factors.put("good faith", goodFaith);
        factors.put("collective", Observed.Arm.untreated(Runs.levels(List.of(), "conditions.ambition.attention",
                "0", "0.25", "0.5", "0.75", "1")));
        factors.put("organisational", Observed.Arm.untreated(Runs.levels(List.of(), "organisations.*.alternative",
                "0.6", "0.8", "1.0", "1.2", "1.4")));
        factors.put("individual", Observed.Arm.untreated(Runs.levels(List.of(), "trust.initial",
                "0.1", "0.25", "0.4", "0.55", "0.7")));
        byFactor = Observed.byFactor(Runs.SEEDS, factors, List.of(Probes.trustIn(SEAT), Probes.othersBringing(SEAT),
                Probes.LOYALTY, Probes.COLLECTIVE, Probes.ORGANISATIONAL, Probes.INDIVIDUAL));
        claim("good faith", Probes.trustIn(SEAT).name(), Direction.UP);
        claim("good faith", Probes.othersBringing(SEAT).name(), Direction.UP);
        claim("collective", Probes.COLLECTIVE.name(), Direction.UP);
        claim("collective", Probes.LOYALTY.name(), Direction.UP);
        claim("organisational", Probes.ORGANISATIONAL.name(), Direction.DOWN);
        claim("organisational", Probes.LOYALTY.name(), Direction.DOWN);
        claim("individual", Probes.INDIVIDUAL.name(), Direction.UP);
        claim("individual", Probes.LOYALTY.name(), Direction.UP);
    }

    private static void claim(String factor, String metric, Direction direction) {
        evidence.trend(factor + ": " + metric, byFactor.get(factor), new Response.Metric(metric), direction);
    }

    /**
     * Reciprocity (seed 003 §3.1: "een balans tussen wat partijen komen halen en wat ze komen
     * brengen"; seed 004: "Voor wat hoort wat"): the more of its own share of the work the
     * Municipality brings (0.2 to 1 times what its rules decide), the more the others trust it, and
     * the more they bring themselves: good faith is returned.
     */
    @Test
    void goodFaithIsReturnedWithTrustAndContributions() {
        evidence.assertHolds("good faith: " + Probes.trustIn(SEAT).name());
        evidence.assertHolds("good faith: " + Probes.othersBringing(SEAT).name());
    }

    /**
     * The collective interest (seed 003 §3.2, "het collectieve belang"): the more attention the
     * shared ambition gets, the better the collective interest is served and the more loyal the
     * partners are.
     */
    @Test
    void aServedCollectiveInterestKeepsPartnersLoyal() {
        evidence.assertHolds("collective: " + Probes.COLLECTIVE.name());
        evidence.assertHolds("collective: " + Probes.LOYALTY.name());
    }

    /**
     * The organisational interest (seed 003 §3.2; seed 002: "Zodra gemeenten het idee krijgen dat
     * ze zonder de ander hun doel kunnen bereiken, zullen ze dat niet nalaten"): the better every
     * partner's road of its own (alternative 0.6 to 1.4), the less the collaboration serves its own
     * organisation's interest and the less loyal the partners are.
     */
    @Test
    void aBetterRoadAloneServesTheOrganisationalInterestLessAndLoosensLoyalty() {
        evidence.assertHolds("organisational: " + Probes.ORGANISATIONAL.name());
        evidence.assertHolds("organisational: " + Probes.LOYALTY.name());
    }

    /**
     * The individual interest (seed 003 §3.2, the key people's own drives; seed 004: "'leuke dingen
     * kunnen doen met leuke mensen'"): the more the partners trust each other from the start, the
     * better the representatives' own interest is served and the more loyal they are.
     */
    @Test
    void aServedIndividualInterestKeepsRepresentativesLoyal() {
        evidence.assertHolds("individual: " + Probes.INDIVIDUAL.name());
        evidence.assertHolds("individual: " + Probes.LOYALTY.name());
    }
}
