package samen.experiment.discovery;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import samen.experiment.RunSeeds;
import samen.experiment.SweepException;
import samen.output.Decimals;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;

/**
 * {@code samen discover}: PRIM on a sweep's runs for a condition, the box chosen on the trajectory
 * and pasted, with the tree views beside it ({@link TreeView}: feature scores and a classification
 * tree), written into {@code SWEEP_DIR/discovery/} ({@code prim_trajectory.csv}, {@code prim_box.csv},
 * {@code feature_scores.csv}, {@code tree_rules.csv}) and summed up as text.
 */
public final class Discovery {

    public static final String DIR = "discovery";
    public static final String TRAJECTORY = "prim_trajectory.csv";
    public static final String BOX = "prim_box.csv";
    public static final String SCORES = "feature_scores.csv";
    public static final String RULES = "tree_rules.csv";
    static final int TREE_DEPTH = 3;

    /**
     * @param alpha       share of the box's runs one peel or paste moves
     * @param minMass     the smallest share of all runs a box may hold
     * @param minCoverage the chosen box is the densest on the trajectory with at least this coverage
     * @param box         a step of the trajectory to choose instead, or -1
     */
    public record Options(double alpha, double minMass, double minCoverage, int box) {
    }

    /** What was found. */
    public record Result(Condition condition, DiscoveryData data, List<Prim.Step> trajectory, Prim.Step peeled,
                         Prim.Step chosen, double[] quasiP, boolean[] restricted, List<TreeView.Score> scores,
                         List<TreeView.Rule> rules) {

        /** The box as people read it: one line per restricted parameter. */
        public String table() {
            StringBuilder t = new StringBuilder();
            int hits = 0;
            for (boolean b : data.y()) if (b) hits++;
            t.append(String.format(Locale.ROOT, "%d runs, %d of interest (%s, %.1f%%)%s.%n", data.y().length, hits,
                    condition.text(), 100.0 * hits / data.y().length,
                    data.skipped() > 0 ? "; " + data.skipped() + " failed runs left out" : ""));
            t.append(String.format(Locale.ROOT, "PRIM: %d peeling steps; box of step %d, pasted: coverage %.1f%%, density %.1f%%, "
                            + "mass %.1f%% (%d runs)%n", trajectory.size() - 1, peeled.index(), 100 * chosen.coverage(),
                    100 * chosen.density(), 100 * chosen.mass(), chosen.runs()));
            t.append(String.format(Locale.ROOT, "%n  %-34s %-30s %-30s %s%n", "parameter", "box", "all runs", "quasi-p"));
            for (int d = 0; d < data.names().size(); d++) {
                if (!restricted[d]) continue;
                t.append(String.format(Locale.ROOT, "  %-34s %-30s %-30s %s%n", data.names().get(d), limits(chosen.box(), d),
                        limits(trajectory.get(0).box(), d), pValue(quasiP[d])));
            }
            if (!any(restricted)) t.append("  (no parameter is restricted: the runs of interest are spread over the whole sweep)\n");
            t.append(String.format(Locale.ROOT, "%nFeature scores (random forest of %d trees; drop in accuracy on %.0f%% held-out runs "
                    + "when the parameter is shuffled, mean and range of %d shuffles):%n", TreeView.TREES, 100 * TreeView.HELD_OUT,
                    TreeView.REPEATS));
            for (TreeView.Score s : scores) {
                t.append(String.format(Locale.ROOT, "  %-34s %7.3f  [%.3f, %.3f]%n", s.parameter(), s.drop(), s.low(), s.high()));
            }
            t.append(String.format(Locale.ROOT, "%nClassification tree (depth %d), leaves by share of runs of interest:%n", TREE_DEPTH));
            rules.stream().sorted((a, b) -> Double.compare(b.share(), a.share())).forEach(rule -> t.append(String.format(Locale.ROOT,
                    "  %5.1f%% of %5d runs  %s%n", 100 * rule.share(), rule.runs(), rule.text())));
            return t.toString();
        }

        String limits(Prim.Box box, int d) {
            List<String> categories = data.categories().get(d);
            if (!categories.isEmpty()) {
                List<String> kept = new ArrayList<>();
                for (int c = 0; c < categories.size(); c++) if (box.keep()[d][c]) kept.add(categories.get(c));
                return "{" + String.join(", ", kept) + "}";
            }
            return "[" + Decimals.format(box.low()[d]) + ", " + Decimals.format(box.high()[d]) + "]";
        }
    }

    private Discovery() {
    }

    public static Result run(Path sweepDir, Condition condition, Options options)
            throws SweepException, IOException, OutputExistsException {
        DiscoveryData data = DiscoveryData.read(sweepDir, condition);
        int hits = 0;
        for (boolean b : data.y()) if (b) hits++;
        if (hits == 0) throw new SweepException("no run of " + sweepDir + " meets " + condition.text() + ": there is nothing to discover");
        Prim prim = new Prim(data.x(), data.categoryCounts(), data.y(), options.alpha(), options.minMass());
        List<Prim.Step> trajectory = prim.peel();
        if (options.box() >= trajectory.size()) {
            throw new SweepException("--box " + options.box() + ": the trajectory has steps 0 to " + (trajectory.size() - 1));
        }
        Prim.Step peeled = options.box() >= 0 ? trajectory.get(options.box()) : densest(trajectory, options.minCoverage());
        Prim.Step chosen = prim.paste(peeled);
        double[] quasiP = prim.quasiP(chosen.box());
        boolean[] restricted = new boolean[data.names().size()];
        for (int d = 0; d < restricted.length; d++) restricted[d] = prim.restricts(chosen.box(), d);
        long seed = RunSeeds.stream(data.masterSeed(), "discover", 0);
        Result result = new Result(condition, data, trajectory, peeled, chosen, quasiP, restricted,
                TreeView.scores(data, seed), TreeView.rules(data, TREE_DEPTH, seed));
        try (OutputDirectory out = OutputDirectory.create(sweepDir.resolve(DIR), true)) {
            writeTrajectory(out.dir().resolve(TRAJECTORY), result, prim);
            writeBox(out.dir().resolve(BOX), result);
            writeScores(out.dir().resolve(SCORES), result);
            writeRules(out.dir().resolve(RULES), result);
            out.commit();
        }
        return result;
    }

    /** The densest step whose coverage is at least {@code minCoverage}; ties to the earlier, larger box. */
    static Prim.Step densest(List<Prim.Step> trajectory, double minCoverage) {
        Prim.Step best = trajectory.get(0);
        for (Prim.Step s : trajectory) if (s.coverage() >= minCoverage && s.density() > best.density()) best = s;
        return best;
    }

    private static void writeTrajectory(Path file, Result r, Prim prim) throws IOException {
        try (CSVPrinter p = printer(file, r, "step", "runs", "hits", "coverage", "density", "mass", "restricted", "chosen")) {
            for (Prim.Step s : r.trajectory()) {
                int restricted = 0;
                for (int d = 0; d < r.data().names().size(); d++) if (prim.restricts(s.box(), d)) restricted++;
                p.printRecord(s.index(), s.runs(), s.hits(), Decimals.format(s.coverage()), Decimals.format(s.density()),
                        Decimals.format(s.mass()), restricted, s.index() == r.peeled().index());
            }
        }
    }

    private static void writeBox(Path file, Result r) throws IOException {
        try (CSVPrinter p = printer(file, r, "parameter", "kind", "low", "high", "categories", "all_low", "all_high",
                "all_categories", "restricted", "quasi_p")) {
            Prim.Box box = r.chosen().box();
            Prim.Box all = r.trajectory().get(0).box();
            for (int d = 0; d < r.data().names().size(); d++) {
                List<String> categories = r.data().categories().get(d);
                boolean numeric = categories.isEmpty();
                List<String> kept = new ArrayList<>();
                for (int c = 0; c < categories.size(); c++) if (box.keep()[d][c]) kept.add(categories.get(c));
                p.printRecord(r.data().names().get(d), numeric ? "numeric" : "categorical",
                        numeric ? Decimals.format(box.low()[d]) : "", numeric ? Decimals.format(box.high()[d]) : "",
                        String.join("|", kept), numeric ? Decimals.format(all.low()[d]) : "",
                        numeric ? Decimals.format(all.high()[d]) : "", String.join("|", categories), r.restricted()[d],
                        Double.isNaN(r.quasiP()[d]) ? "" : pValue(r.quasiP()[d]));
            }
        }
    }

    private static void writeScores(Path file, Result r) throws IOException {
        try (CSVPrinter p = printer(file, r, "parameter", "accuracy_drop", "low", "high")) {
            for (TreeView.Score s : r.scores()) {
                p.printRecord(s.parameter(), Decimals.format(s.drop()), Decimals.format(s.low()), Decimals.format(s.high()));
            }
        }
    }

    private static void writeRules(Path file, Result r) throws IOException {
        try (CSVPrinter p = printer(file, r, "leaf", "rule", "runs", "share_of_interest")) {
            for (int i = 0; i < r.rules().size(); i++) {
                TreeView.Rule rule = r.rules().get(i);
                p.printRecord(i, rule.text(), rule.runs(), Decimals.format(rule.share()));
            }
        }
    }

    /** A p-value in six decimals, or in scientific notation below 0.000001. */
    static String pValue(double p) {
        if (Double.isNaN(p)) return "";
        return p >= 1e-6 || p == 0 ? Decimals.format(p) : String.format(Locale.ROOT, "%.2e", p);
    }

    private static boolean any(boolean[] b) {
        for (boolean v : b) if (v) return true;
        return false;
    }

    private static CSVPrinter printer(Path file, Result r, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#')
                .setHeaderComments("samen discover: " + r.condition().text()).setHeader(header).get());
    }
}
