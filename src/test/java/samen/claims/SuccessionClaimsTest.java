package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Current and future leaders (issue #11, item 7): every partner's {@code next_generation} at 0,
 * 0.25, 0.5, 0.75 and 1 in the personnel-instability archetype, where representatives change often
 * ({@value Runs#SEEDS} seeds per level; Jonckheere-Terpstra for a metric, Cochran-Armitage for the
 * failure share, one-sided, Holm over every claim of the suite).
 */
class SuccessionClaimsTest {

    static final String FILE = "scenarios/archetypes/personnel-instability.yaml";

    private static Evidence evidence;
    private static List<Sample> levels;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(SuccessionClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        levels = Runs.of(Runs.SEEDS, Runs.levels(FILE, List.of(), "organisations.*.next_generation", "0", "0.25", "0.5", "0.75", "1"));
        claim(new Response.Metric("mean_trust"), Direction.UP);
        claim(new Response.Metric("reopened_agreements"), Direction.DOWN);
        claim(Response.FAILURE, Direction.DOWN);
    }

    private static void claim(Response response, Direction direction) {
        evidence.trend("next generation: " + response.label(), levels, response, direction);
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
}
