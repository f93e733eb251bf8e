package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Competing solutions in the self-organising network (seed 004, van Wendel de Joode's principle 4;
 * issue #11, item 6's open point): the 48 similar organisations of {@value #FILE}, {@value Runs#SEEDS}
 * seeds per level. A dose-response over the partners per module ({@code collaboration.contacts} 2 to
 * 10, Jonckheere-Terpstra) among partners who differ, and a contrast with one table among partners
 * who are alike (a two-proportion z-test); one-sided, Holm over every claim of the suite.
 */
class CompetingSolutionsClaimsTest {

    static final String FILE = "scenarios/network/self-organising.yaml";
    private static final String[] CONTACTS = {"2", "4", "6", "8", "10"};
    private static final String APART = "collaboration.diversity=0.3";
    private static final String ALIKE = "collaboration.diversity=0.1";

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(CompetingSolutionsClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Sample> modules = Runs.of(Runs.SEEDS, Runs.levels(FILE, List.of(APART), "collaboration.contacts", CONTACTS));
        e.trend("competing solutions: partners who differ create more in larger modules", modules,
                new Response.Metric("cumulative_value"), Direction.UP);
        List<Sample> alike = Runs.of(Runs.SEEDS, Runs.levels(FILE, List.of(ALIKE), "collaboration.governance",
                "self_organising", "shared"));
        e.share("competing solutions: among alike partners one table fails less", Response.FAILURE.outcomes(),
                "self_organising", alike.get(0), "shared", alike.get(1), Direction.UP);
    }

    /**
     * Seed 004: *"Creëer mogelijkheden voor het maken van concurrerende oplossingen"*; seed 003: *"De
     * ander heeft iets te bieden dat jij minder hebt"*. Among partners who differ, the best of more
     * rival solutions outweighs the work spent on those left aside: the value created rises with the
     * partners per module.
     */
    @Test
    void theBestOfMoreSolutionsPaysAmongPartnersWhoDiffer() {
        evidence.assertHolds("competing solutions: partners who differ create more in larger modules");
    }

    /**
     * Seed 003: *"als je veel overeenkomsten hebt, is dat ook een basis voor competitie"*. Alike
     * partners build the same solution many times over: the duplicated work eats what they create
     * beyond going alone, and the self-organising network fails more often than the same partners
     * at one table.
     */
    @Test
    void alikePartnersDuplicateTheirWork() {
        evidence.assertHolds("competing solutions: among alike partners one table fails less");
    }
}
