package samen.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;

/**
 * Partner fit (issue #11, item 2): ambiguity and cultural fit. In the default, the first 0, 1, 2, 3
 * or 4 partners start from another point than the problem (a solution, an opportunity, the form, a
 * solution), or hold values and norms of their own ({@value Runs#SEEDS} seeds per level;
 * Jonckheere-Terpstra for a metric, Cochran-Armitage for the failure share, Mann-Whitney for the
 * contrast, one-sided, Holm over every claim of the suite).
 */
class FitClaimsTest {

    /** The starting points of the first partners, in order, for the dose of ambiguity. */
    private static final String[] ELSEWHERE = {"solution", "opportunity", "form", "solution"};
    private static final int LEVELS = 5;
    /** Problem structuring once per default phase of work: exploring the partners' pictures thoroughly. */
    private static final String EXPLORED = "interventions=[{type: problem_structuring, when: \"every 12 steps\"}]";

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(FitClaimsTest.class);
    }

    /** The default with its first {@code k} partners starting from another point than the problem, after {@code base}. */
    private static Runs.Cell ambiguous(int k, String... base) {
        List<String> overrides = new ArrayList<>(List.of(base));
        for (int i = 1; i <= k; i++) overrides.add("organisations." + i + ".starting_point=" + ELSEWHERE[i - 1]);
        return new Runs.Cell(Runs.BASE, overrides);
    }

    /** The default with its first {@code k} partners each of a culture of its own, the others of one shared culture. */
    private static Runs.Cell cultures(int k) {
        List<String> overrides = new ArrayList<>();
        for (int i = 1; i <= 6; i++) overrides.add("organisations." + i + ".culture=" + (i <= k ? "own" + i : "shared"));
        return new Runs.Cell(Runs.BASE, overrides);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        List<Runs.Cell> early = new ArrayList<>();
        List<Runs.Cell> culture = new ArrayList<>();
        for (int k = 0; k < LEVELS; k++) {
            cells.add(ambiguous(k));
            early.add(ambiguous(k, "steps=36"));
            culture.add(cultures(k));
        }
        List<Sample> levels = Runs.of(Runs.SEEDS, cells);
        e.trend("ambiguity: mutual understanding after 36 steps", Runs.of(Runs.SEEDS, early),
                new Response.Metric("mutual_understanding"), Direction.DOWN);
        e.trend("ambiguity: reopened agreements", levels, new Response.Metric("reopened_agreements"), Direction.UP);
        e.trend("ambiguity: failure share", levels, Response.FAILURE, Direction.UP);

        List<Sample> explored = Runs.of(Runs.SEEDS, List.of(ambiguous(0, EXPLORED), ambiguous(LEVELS - 1, EXPLORED)));
        double[] added = added(levels.get(0), levels.get(LEVELS - 1));
        double[] addedExplored = added(explored.get(0), explored.get(1));
        e.add("ambiguity: exploring takes away the reopenings it adds",
                String.format(Locale.ROOT, "reopenings added by four other starting points: %.3f unexplored, %.3f explored",
                        mean(added), mean(addedExplored)),
                Contrast.mannWhitney(added, addedExplored), Direction.UP);

        List<Sample> foreign = Runs.of(Runs.SEEDS, culture);
        e.trend("culture: mean trust", foreign, new Response.Metric("mean_trust"), Direction.DOWN);
        e.trend("culture: pairs in watchful contracting", foreign, new Response.Metric("enemy_pairs"), Direction.UP);
    }

    /** Per seed, the agreements reopened in {@code ambiguous} beyond those reopened in {@code shared}. */
    private static double[] added(Sample shared, Sample ambiguous) {
        double[] a = ambiguous.metric("reopened_agreements");
        double[] s = shared.metric("reopened_agreements");
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i] - s[i];
        return d;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(Double.NaN);
    }

    /**
     * Seed 004, *Er is altijd spraakverwarring en ambiguïteit!*: *"Betrokkenen definiëren vraagstuk,
     * oplossing, kans en vorm verschillend"*. The more partners start from another point, the less
     * they understand each other after explore and share (36 steps), the more of what they agreed is
     * reopened (*"een 'tijdelijk werkbare overeenstemming'"*), and the more often the collaboration
     * fails.
     */
    @Test
    void partnersWhoStartFromDifferentPointsSpeakAtCrossPurposes() {
        evidence.assertHolds("ambiguity: mutual understanding after 36 steps");
        evidence.assertHolds("ambiguity: reopened agreements");
        evidence.assertHolds("ambiguity: failure share");
    }

    /**
     * Seed 004: *"Hoe definiëren de verschillende partners de samenwerking; achterhaal de
     * spraakverwarring tussen de partners"*. Exploring thoroughly (problem structuring once per phase
     * of work) takes away the reopenings that different starting points add: per seed, four partners
     * at other starting points add fewer reopened agreements to the default when the partners explore.
     */
    @Test
    void exploringTheConfusionPaysOffLater() {
        evidence.assertHolds("ambiguity: exploring takes away the reopenings it adds");
    }

    /**
     * Seed 004, Douma's *culturele fit*: *"Overeenkomstige waarden en normen"*; seed 000: *"In
     * organisatie-overstijgende samenwerking ontmoeten verschillende culturen elkaar. Het zal je niet
     * verbazen dat een gezamenlijke cultuur van samenwerking niet van de één op andere dag bestaat."*
     * The more partners hold values and norms of their own, the less the partners trust each other
     * and the more pairs end in watchful contracting.
     */
    @Test
    void differentCulturesBuildTrustMoreSlowly() {
        evidence.assertHolds("culture: mean trust");
        evidence.assertHolds("culture: pairs in watchful contracting");
    }
}
