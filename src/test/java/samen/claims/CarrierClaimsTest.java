package samen.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Failure;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.experiment.stats.Trend;

/**
 * Who carries an intervention (issue #11, item 7): the lack-of-shared-ambition remedy's visioning,
 * carried by the facilitator or by the municipality's representative, with a history that makes the
 * other partners trust the municipality 0.1, 0.3, 0.5, 0.7 or 0.9 at the start ({@value Runs#SEEDS}
 * seeds each); Jonckheere-Terpstra for the trend, a two-proportion z-test for the contrast,
 * one-sided, Holm over every claim of the suite.
 */
class CarrierClaimsTest {

    static final String FILE = "scenarios/archetypes/lack-of-shared-ambition-remedy.yaml";
    static final String CARRIER = "Municipality";
    private static final String[] OTHERS = {"Housing association", "Home-care provider", "GP cooperative", "Welfare foundation",
            "Health insurer"};
    private static final String[] TRUST = {"0.1", "0.3", "0.5", "0.7", "0.9"};
    private static final String[] AUTHORITY = {"0.2", "0.4", "0.6", "0.8", "1"};

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(CarrierClaimsTest.class);
    }

    /** The municipality's shared history with every other partner: trust {@code trust} both ways. */
    private static String history(String trust) {
        return Arrays.stream(OTHERS).map(o -> "{partner: " + CARRIER + ", other: \"" + o + "\", trust: " + trust + ", vigilance: 0.3}")
                .collect(Collectors.joining(", ", "history=[", "]"));
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        for (String t : TRUST) cells.add(Runs.Cell.of(FILE, history(t), "interventions.1.by=" + CARRIER));
        cells.add(Runs.Cell.of(FILE, history(TRUST[0])));
        List<Sample> runs = Runs.of(Runs.SEEDS, cells);
        double[][] worked = new double[TRUST.length][];
        for (int i = 0; i < TRUST.length; i++) worked[i] = workedShare(runs.get(i));
        String shares = Arrays.stream(worked).map(w -> String.format(Locale.ROOT, "%.3f", Arrays.stream(w).average().orElse(Double.NaN)))
                .collect(Collectors.joining(" "));
        e.add("carrier: interventions that work", "share of the carried visionings that worked, by trust in the carrier: " + shares,
                Trend.jonckheereTerpstra(worked), Direction.UP);
        e.share("carrier: a distrusted carrier's remedy fails more", Failure.FAMILY, "carried by the municipality at trust 0.1",
                runs.get(0), "by the facilitator", runs.get(TRUST.length), Direction.UP);
        List<Sample> outside = Runs.of(Runs.SEEDS, Runs.levels(FILE, List.of(), "collaboration.facilitator_authority", AUTHORITY));
        e.trend("carrier: an outside facilitator's authority", outside, Response.FAILURE, Direction.DOWN);
    }

    /** Per run, the share of its carried interventions that worked; runs that carried none are left out. */
    private static double[] workedShare(Sample s) {
        double[] applied = s.metric("interventions_applied");
        double[] failed = s.metric("interventions_failed");
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < applied.length; i++) {
            if (applied[i] + failed[i] > 0) shares.add(applied[i] / (applied[i] + failed[i]));
        }
        return shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Seed 004, visioning: *"Hoewel de partners een voorstel voor dergelijke interventies kunnen
     * doen, wordt dit type interventies meestal uitgevoerd door iemand die thuis is in de inhoud van
     * de samenwerking, gezag geniet bij de partners en beschikt over voldoende politieke invloed en
     * impact."* An intervention carried by a partner's representative works as far as the others
     * grant it authority: the more they trust it, the more of its interventions work; and a remedy
     * carried by a distrusted partner helps less than the same remedy by the facilitator.
     */
    /**
     * Issue #11, item 7: a facilitator who can fail. The same remedy with an outside facilitator
     * whose interventions work with probability 0.2, 0.4, 0.6, 0.8 or 1 (its authority with the
     * partners): the more authority, the less often the collaboration fails.
     */
    @Test
    void anOutsideFacilitatorHelpsAsFarAsItsAuthorityReaches() {
        evidence.assertHolds("carrier: an outside facilitator's authority");
    }

    @Test
    void anInterventionWorksAsFarAsTheOthersTrustItsCarrier() {
        evidence.assertHolds("carrier: interventions that work");
        evidence.assertHolds("carrier: a distrusted carrier's remedy fails more");
    }
}
