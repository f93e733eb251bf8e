package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.model.Phase;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Current and future leaders (issue #11, item 7): every partner's {@code next_generation} at 0,
 * 0.25, 0.5, 0.75 and 1, in the personnel-instability archetype, where representatives change often,
 * and in the double-loyalties archetype without turnover, where only the bridge to the
 * constituencies acts, and in the Right to Challenge in Hattem without turnover, where government and
 * citizens differ and the bridge across that divide acts ({@value Runs#SEEDS} seeds per level; Jonckheere-Terpstra for a metric,
 * Cochran-Armitage for the failure share, one-sided, Holm over every claim of the suite).
 */
class SuccessionClaimsTest {

    static final String FILE = "scenarios/archetypes/personnel-instability.yaml";
    static final String DOUBLE_LOYALTIES = "scenarios/archetypes/double-loyalties.yaml";
    /** Mutual understanding while the partners agree and shape, where defensive partners reopen what it lacks. */
    static final Observed.Probe UNDERSTANDING = Observed.Probe.mean("understanding_in_agree_and_shape",
            c -> c.phase() == Phase.AGREE || c.phase() == Phase.SHAPE ? c.mutualUnderstanding() : Double.NaN);
    private static final String[] LEVELS = {"0", "0.25", "0.5", "0.75", "1"};

    private static Evidence evidence;
    private static List<Sample> levels;
    private static List<Sample> bridged;
    private static List<Sample> outward;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(SuccessionClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        levels = Runs.of(Runs.SEEDS, Runs.levels(FILE, List.of(), "organisations.*.next_generation", LEVELS));
        claim("next generation: ", levels, new Response.Metric("mean_trust"), Direction.UP);
        claim("next generation: ", levels, new Response.Metric("reopened_agreements"), Direction.DOWN);
        claim("next generation: ", levels, Response.FAILURE, Direction.DOWN);
        bridged = Runs.of(Runs.SEEDS, Runs.levels(DOUBLE_LOYALTIES, List.of("organisations.*.turnover=0"),
                "organisations.*.next_generation", LEVELS));
        claim("bridge: ", bridged, new Response.Metric("reopened_agreements"), Direction.DOWN);
        claim("bridge: ", bridged, Response.FAILURE, Direction.DOWN);
        outward = Observed.run(Runs.SEEDS, Observed.Arm.untreated(Runs.levels(CaseClaimsTest.HATTEM,
                List.of("organisations.*.turnover=0"), "organisations.*.next_generation", LEVELS)), List.of(UNDERSTANDING));
        claim("outward: ", outward, new Response.Metric(UNDERSTANDING.name()), Direction.UP);
        claim("outward: ", outward, new Response.Metric("reopened_agreements"), Direction.DOWN);
        claim("outward: ", outward, Response.FAILURE, Direction.DOWN);
    }

    private static void claim(String prefix, List<Sample> samples, Response response, Direction direction) {
        evidence.trend(prefix + response.label(), samples, response, direction);
    }

    /**
     * Seed 000: *"Maak combinaties van huidige leiders en toekomstige leiders. ... In veel organisaties
     * en samenwerkingen is het de jongere generatie, de leiders van de toekomst, die graag vooruit
     * wil. Zij zorgen voor verbinding door de lagen van de samenwerking heen."* Where a future leader
     * already sits at the table, a change of representative costs less: the more of the place it
     * carries, the more trust is kept, the fewer agreements a newcomer questions, and the less often
     * a collaboration with many changes of people fails (seed 004, *personele instabiliteit*).
     */
    @Test
    void futureLeadersAtTheTableCarryTheCollaborationThroughChangesOfPeople() {
        evidence.assertHolds("next generation: mean mean_trust");
        evidence.assertHolds("next generation: mean reopened_agreements");
        evidence.assertHolds("next generation: failure share");
    }

    /**
     * Seed 000, the same advice, and its example: the young civil servants of Hattem *"gingen in
     * gesprek met verschillende initiatiefnemers en koppelden aan de beleidsmakers van de gemeentes
     * terug wat er beter kon"*; seed 003 §4.4: the collaboration must earn *"het vertrouwen van de
     * achterban"*. A future leader who connects the layers argues the collaboration's case at home:
     * where constituencies hold their representatives on a short leash (double loyalties, no
     * changes of people), the more of it there is, the fewer agreements are called back and the
     * less often the collaboration fails.
     */
    @Test
    void futureLeadersBridgeTheTableAndTheConstituencies() {
        evidence.assertHolds("bridge: mean reopened_agreements");
        evidence.assertHolds("bridge: failure share");
    }

    /**
     * Seed 000, Hattem: the young civil servants *"gingen in gesprek met verschillende
     * initiatiefnemers"*, *"die de verbinding zochten tussen de overheid en de inwoners"*. A future
     * leader who talks with the other partners' people bridges the divide between them: where
     * government and citizens differ (diversity 0.5) and nobody changes, the more of it there is,
     * the better the partners understand each other while they agree and shape, the fewer
     * agreements defensive partners reopen and the less often the collaboration stagnates.
     */
    @Test
    void futureLeadersBridgeTheDivideBetweenThePartners() {
        evidence.assertHolds("outward: mean understanding_in_agree_and_shape");
        evidence.assertHolds("outward: mean reopened_agreements");
        evidence.assertHolds("outward: failure share");
    }
}
