package samen.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Outcome;

/**
 * Partners at the table by law (issue #11, item 1), as a dose on the default scenario: none, then
 * the first one, two, ... all six partners in file order mandated ({@value Runs#SEEDS} seeds per
 * level); a Jonckheere-Terpstra trend for a metric and Cochran-Armitage for a share, one-sided in
 * the direction the seed gives, Holm over every claim of the suite ({@link ClaimSuite}) at alpha
 * 0.01.
 */
class ParticipationClaimsTest {

    private static final int PARTNERS = 6;
    private static final Response SHAM = new Response.Share("sham share", EnumSet.of(Outcome.SHAM));

    private static Evidence evidence;
    private static List<Sample> levels;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(ParticipationClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        Map<String, List<Observed.Arm>> factors = new LinkedHashMap<>();
        factors.put("mandated", Observed.Arm.untreated(mandatedFirst()));
        levels = Observed.byFactor(Runs.SEEDS, factors, List.of(Probes.EFFORT)).get("mandated");
        claim(new Response.Metric("exits"), Direction.DOWN);
        claim(new Response.Metric("voice_acts"), Direction.UP);
        claim(new Response.Metric(Probes.EFFORT.name()), Direction.DOWN);
        claim(SHAM, Direction.UP);
    }

    /** The default with none, then the first 1 … 6 partners mandated. */
    private static List<Runs.Cell> mandatedFirst() {
        List<Runs.Cell> cells = new ArrayList<>();
        for (int k = 0; k <= PARTNERS; k++) {
            List<String> overrides = new ArrayList<>();
            for (int i = 1; i <= k; i++) overrides.add("organisations." + i + ".participation=mandated");
            cells.add(new Runs.Cell(Runs.BASE, overrides));
        }
        return cells;
    }

    private static void claim(Response response, Direction direction) {
        evidence.trend("mandated partners: " + response.label(), levels, response, direction);
    }

    /**
     * Seed 004, *"Wettelijke verplichting tot samenwerking"*; seed 000, Passend Onderwijs: a partner
     * that is obliged by law to collaborate cannot simply walk away. The more partners are mandated,
     * the fewer leave.
     */
    @Test
    void mandatedPartnersDoNotWalkAway() {
        evidence.assertHolds("mandated partners: mean exits");
    }

    /**
     * Hirschman (1970): where exit is closed, the discontented use voice. The more partners are
     * mandated, the more often a discontented partner pushes back.
     */
    @Test
    void whereExitIsClosedTheDiscontentedPushBack() {
        evidence.assertHolds("mandated partners: mean voice_acts");
    }

    /**
     * Seed 000, Passend Onderwijs: *"Hoe meer de echte wijzigingen duidelijk werden ... hoe meer
     * sprake was van halfhartig commitment"*; *"Ze moeten zich aan een aantal financiële afspraken
     * houden, maar daar blijft het bij."* Mandated partners that would have left stay and withdraw
     * inwardly: the more partners are mandated, the less the partners bring of what the phase asks,
     * and the more often the collaboration ends as a sham (partners meet but hardly work, seed 003
     * §3.1).
     */
    @Test
    void mandatedPartnersWithdrawInwardly() {
        evidence.assertHolds("mandated partners: mean " + Probes.EFFORT.name());
        evidence.assertHolds("mandated partners: sham share");
    }
}
