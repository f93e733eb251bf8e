package samen.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import samen.experiment.facts.Failure;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Outcome;

/**
 * New blood (issue #11, items 8 and 9; seed 002 advice 5): candidates nobody planned, who join the
 * default when the collaboration's yield draws them and a seat is free (invited), or once it executes
 * whether or not a seat is free (sought: the table grows, seed 000). A dose of 0 to 4 candidates near
 * the default's average partner, invited and sought; a contrast of the same four planned to join at
 * steps 40, 80, 120 and 160 against invited; four sought against four invited; and the Energiefabriek
 * case with its three candidates sought against the same three joining at steps 50, 90 and 130 as
 * before ({@value Runs#SEEDS} seeds each; Cochran-Armitage for a share, Jonckheere-Terpstra for a
 * metric, a two-proportion z-test and Mann-Whitney for a contrast, one-sided, Holm over every claim
 * of the suite). Every response by level is printed with
 * {@code mvn -B -o -q test -Dtest=NewBloodClaimsTest -Dnewblood.report=true | grep "^new blood |"}.
 */
class NewBloodClaimsTest {

    /** Partners near the default's average partner, in this order; planned, they join at steps 40, 80, 120 and 160. */
    private static final String[][] NEWCOMERS = {{"Primary school", "relationship_builder"}, {"Sports club", "champion"},
            {"Library", "shaper"}, {"Police", "negotiator"}};
    /** The Energiefabriek's candidates, by position, and the steps at which they joined by plan before they were sought. */
    private static final int[][] ENERGIEFABRIEK_PLAN = {{6, 50}, {7, 90}, {8, 130}};

    private static Evidence evidence;
    private static List<Sample> invited;
    private static List<Sample> sought;
    private static Sample planned;
    private static Sample scheduled;
    private static Sample drawn;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(NewBloodClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) throws IOException {
        evidence = e;
        Path dir = Files.createTempDirectory("newblood");
        List<Runs.Cell> cells = new ArrayList<>();
        for (int k = 0; k <= NEWCOMERS.length; k++) cells.add(newcomers(dir, k, "joins: invited"));
        cells.add(newcomers(dir, NEWCOMERS.length, null));
        for (int k = 1; k <= NEWCOMERS.length; k++) cells.add(newcomers(dir, k, "joins: sought"));
        cells.add(Runs.Cell.of(CaseClaimsTest.ENERGIEFABRIEK));
        cells.add(Runs.Cell.of(CaseClaimsTest.ENERGIEFABRIEK, scheduledAsBefore()));
        List<Sample> runs = Runs.of(Runs.SEEDS, cells);
        remove(dir);
        invited = runs.subList(0, NEWCOMERS.length + 1);
        planned = runs.get(NEWCOMERS.length + 1);
        sought = new ArrayList<>(List.of(runs.get(0)));
        sought.addAll(runs.subList(NEWCOMERS.length + 2, 2 * NEWCOMERS.length + 2));
        drawn = runs.get(2 * NEWCOMERS.length + 2);
        scheduled = runs.get(2 * NEWCOMERS.length + 3);
        Sample four = invited.get(NEWCOMERS.length);
        Sample fourSought = sought.get(NEWCOMERS.length);
        e.trend("new blood: failure share by candidates", invited, Response.FAILURE, Direction.DOWN);
        e.trend("new blood: partners at the table at the end by candidates", invited, new Response.Metric("active_partners"), Direction.UP);
        e.share("new blood: invited against planned, failure", Failure.FAMILY, "invited", four, "planned", planned, Direction.DOWN);
        e.metric("new blood: invited against planned, exits", "exits", "invited", four, "planned", planned, Direction.DOWN);
        e.trend("growth: partners at the table at the end by sought candidates", sought, new Response.Metric("active_partners"), Direction.UP);
        e.trend("growth: value created by sought candidates", sought, new Response.Metric("cumulative_value"), Direction.UP);
        e.trend("growth: failure share by sought candidates", sought, Response.FAILURE, Direction.DOWN);
        e.metric("growth: sought against invited, partners at the table at the end", "active_partners",
                "sought", fourSought, "invited", four, Direction.UP);
        e.share("growth: energiefabriek, drawn by success against scheduled, failure", Failure.FAMILY,
                "drawn", drawn, "scheduled", scheduled, Direction.DOWN);
    }

    /** The Energiefabriek's candidates set back to planned newcomers at the steps the case used to give them. */
    private static String[] scheduledAsBefore() {
        List<String> overrides = new ArrayList<>();
        for (int[] plan : ENERGIEFABRIEK_PLAN) {
            overrides.add("organisations." + plan[0] + ".joins=planned");
            overrides.add("organisations." + plan[0] + ".joins_at=" + plan[1]);
        }
        return overrides.toArray(String[]::new);
    }

    /**
     * Seed 002 advice 5: *"Bied ruimte voor nieuwe partners. Samenwerking is organisch. Dus ook
     * samenwerking heeft regelmatig nieuw bloed nodig om in leven te blijven."* The more candidates a
     * collaboration can invite when a partner walks away, the less often it fails, and the more
     * partners are still at the table, working, at the end.
     */
    @Test
    void newBloodKeepsACollaborationAlive() {
        evidence.assertHolds("new blood: failure share by candidates");
        evidence.assertHolds("new blood: partners at the table at the end by candidates");
    }

    /**
     * Seed 000, the Energiefabriek: *"is de Energiefabriek van iedereen en voor iedereen – en wordt haar
     * succes steeds groter"*. The same partners, drawn in by what the collaboration yields rather than
     * seated by plan, fail it less often and walk away less: they chose it for what it gives them.
     */
    @Test
    void partnersDrawnBySuccessRenewItWherePlannedOnesDoNot() {
        evidence.assertHolds("new blood: invited against planned, failure");
        evidence.assertHolds("new blood: invited against planned, exits");
    }

    /**
     * Seed 000, the Energiefabriek: *"De oprichters van het initiatief hebben samenwerking bewust
     * opgezocht om anderen mee te nemen in hun ambitie ... en wordt haar succes steeds groter"*. The more
     * candidates the partners seek out, the more partners sit at the table at the end (more than
     * candidates who only fill free seats), the more value the collaboration creates and the less often
     * it fails. In the Energiefabriek, candidates who come once it executes fail it less often than the
     * same partners seated at fixed steps while the five worlds are still agreeing.
     */
    @Test
    void successSoughtOutGrowsTheTable() {
        evidence.assertHolds("growth: partners at the table at the end by sought candidates");
        evidence.assertHolds("growth: value created by sought candidates");
        evidence.assertHolds("growth: failure share by sought candidates");
        evidence.assertHolds("growth: sought against invited, partners at the table at the end");
        evidence.assertHolds("growth: energiefabriek, drawn by success against scheduled, failure");
    }

    @Test
    @EnabledIfSystemProperty(named = "newblood.report", matches = "true")
    void report() {
        System.out.println();
        List<Response> responses = List.of(Response.FAILURE, new Response.Share("break-up share", EnumSet.of(Outcome.BREAKUP)),
                new Response.Share("stagnation share", EnumSet.of(Outcome.STAGNATION)), new Response.Metric("exits"),
                new Response.Metric("active_partners"), new Response.Metric("cumulative_value"),
                new Response.Metric("final_commitment"), new Response.Metric("mutual_understanding"),
                new Response.Metric("reopened_agreements"));
        List<Sample> all = new ArrayList<>(invited);
        all.add(planned);
        all.addAll(sought.subList(1, sought.size()));
        all.add(drawn);
        all.add(scheduled);
        for (Response r : responses) {
            StringBuilder byLevel = new StringBuilder();
            for (Sample s : all) byLevel.append(String.format(Locale.ROOT, " %.3f", r.of(s)));
            System.out.println("new blood | " + r.label() + " by 0..4 invited, 4 planned, 1..4 sought; energiefabriek drawn, scheduled:"
                    + byLevel);
        }
    }

    /**
     * The {@code i}th of the four newcomers near the default's average partner, as a line of the scenario's
     * {@code organisations} list, coming as {@code joins} says ({@code joins: sought}, {@code joins_at: 40}, …).
     */
    static String newcomer(int i, String joins) {
        return String.format(Locale.ROOT, "  - {name: \"%s\", autonomy: {normal: {mean: 0.45, sd: 0.1}}, capacity: 1.2, "
                + "alternative: {normal: {mean: 1.1, sd: 0.3}}, loyalty: {normal: {mean: 0.6, sd: 0.1}}, "
                + "constituency_pressure: {normal: {mean: 0.45, sd: 0.1}}, opportunism: {normal: {mean: 0.15, sd: 0.1}}, "
                + "leadership: %s, interests: {collective: 0.6, organisational: 0.6, individual: 0.4}, turnover: 0.005, %s}%n",
                NEWCOMERS[i][0], NEWCOMERS[i][1], joins);
    }

    /**
     * The default with the first {@code k} of four newcomers, candidates who come as {@code joins} says,
     * or planned at steps 40, 80, 120 and 160 when it is null: a file written to {@code dir}, the
     * newcomers placed before the default's power section.
     */
    private static Runs.Cell newcomers(Path dir, int k, String joins) throws IOException {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < k; i++) joined.append(newcomer(i, joins == null ? "joins_at: " + 40 * (i + 1) : joins));
        Path file = dir.resolve((joins == null ? "planned" : joins.substring("joins: ".length())) + "-" + k + ".yaml");
        return withNewcomers(file, joined.toString());
    }

    /** Deletes {@code dir} and the scenario files written into it. */
    static void remove(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(dir);
    }

    /**
     * The base team with {@code newcomers} (lines of its {@code organisations} list) placed before its power section,
     * written to {@code file}, after {@code overrides}.
     */
    static Runs.Cell withNewcomers(Path file, String newcomers, String... overrides) throws IOException {
        String base = Files.readString(Path.of(Runs.BASE));
        int end = base.indexOf("\n# ---------------------------------------------------------------------------------------\n# Power");
        Files.writeString(file, base.substring(0, end) + "\n" + newcomers + base.substring(end));
        return Runs.Cell.of(file.toString(), overrides);
    }
}
