package samen.experiment.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import samen.engine.Simulation;
import samen.experiment.Design;
import samen.experiment.Parameter;
import samen.experiment.SweepColumns;
import samen.experiment.SweepException;
import samen.experiment.SweepRunner;
import samen.experiment.SweepSpec;
import samen.model.Outcome;
import samen.output.AtomicFile;
import samen.output.Decimals;
import samen.output.Invocation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * {@code samen calibrate}: runs the calibration file's method over the sweep engine and writes what
 * it found into the calibration directory. Every method writes {@code best-1.yaml} ..
 * {@code best-3.yaml}, the resolved scenarios of the three points closest to the targets.
 * <ul>
 * <li>{@code abc-rejection}: the design's draws run as one sweep into {@code DIR/sweep}, each draw
 * summarised over its replications, the closest kept by {@link Abc} rejection: {@code draws.csv}
 * (every draw, its summaries, distance and whether it was kept), {@code posterior.csv} (the kept
 * draws, closest first).
 * <li>{@code nsga2}: {@link Nsga2}, each generation a sweep in {@code DIR/evaluations/gen-NNN}:
 * {@code evaluations.csv} (every point, its summaries, misses, distance and whether it is on the
 * Pareto front of all points), {@code pareto.csv} (the front, closest first).
 * <li>{@code abc-smc}: {@link AbcSmc}, each batch of proposals a sweep in
 * {@code DIR/evaluations/gen-GG-batch-BBB}: {@code evaluations.csv} (every proposal, its distance, the
 * tolerance it faced and whether it was kept), {@code posterior.csv} (the last population and its
 * weights).
 * </ul>
 * The CSV files are rewritten whole (temporary file, then rename) after every batch, so they always
 * hold every point evaluated so far; the runs themselves are in the batches' {@code runs.csv}.
 */
public final class Calibration {

    public static final String SWEEP = "sweep";
    public static final String EVALUATIONS = "evaluations.csv";
    public static final String PARETO = "pareto.csv";
    public static final String POSTERIOR = "posterior.csv";
    static final int BEST = 3;
    /** The calibration file as it was when the calibration began. */
    static final String COPY = "calibration.yaml";

    /** What was found, as a table for the terminal, and the files written (names within the directory). */
    public record Report(String table, List<String> files) {
    }

    /** What rejection found. */
    record Rejection(CalibrationFile file, List<String> keys, List<List<String>> values, double[][] summaries,
                     List<Abc.Draw> draws) {

        /** Per parameter: prior range or levels, and what the kept draws hold. */
        String table() {
            List<Abc.Draw> kept = draws.stream().filter(Abc.Draw::accepted).toList();
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%d draws of %d runs each; kept the %d closest to %s "
                            + "(ABC rejection, accept %.2f).%n%n  %-32s %-26s %s%n", draws.size(), file.sweep().replications(),
                    kept.size(), targetsText(file), file.accept(), "parameter", "prior (all draws)", "posterior (kept draws)"));
            for (int p = 0; p < keys.size(); p++) {
                int column = p;
                List<String> all = values.stream().map(v -> v.get(column)).toList();
                List<String> post = kept.stream().map(d -> values.get(d.id()).get(column)).toList();
                t.append(String.format(Locale.ROOT, "  %-32s %-26s %s%n", keys.get(p), describe(all, false), describe(post, true)));
            }
            t.append(String.format(Locale.ROOT, "%n  %-32s %-26s %s%n", "target", "all draws (mean)", "kept draws (mean)"));
            for (int s = 0; s < file.targets().size(); s++) {
                double[] all = summaries[s];
                double[] post = kept.stream().mapToDouble(d -> all[d.id()]).toArray();
                t.append(String.format(Locale.ROOT, "  %-32s %-26s %s%n", file.targets().get(s).text(), shown(mean(all)),
                        shown(mean(post))));
            }
            return t.toString();
        }
    }

    private Calibration() {
    }

    public static Report run(CalibrationFile file, Path dir, int threads, boolean resume, Invocation invocation,
                             SweepRunner.Progress progress)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        checkTargets(file);
        claim(file, dir, resume);
        Counted counted = new Counted(file.targets());
        return switch (file.method()) {
            case ABC_REJECTION -> rejection(file, dir, threads, resume, invocation, progress, counted);
            case NSGA2 -> nsga2(file, dir, new Evaluator(file, dir, threads, resume, invocation, progress, counted), counted);
            case ABC_SMC -> smc(file, dir, new Evaluator(file, dir, threads, resume, invocation, progress, counted), counted);
        };
    }

    private static Report rejection(CalibrationFile file, Path dir, int threads, boolean resume, Invocation invocation,
                                    SweepRunner.Progress progress, Counted counted)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        SweepSpec spec = file.sweep();
        Path sweep = dir.resolve(SWEEP);
        new SweepRunner(spec, Evaluator.options(file, threads, sweep, resume), progress, invocation).run();
        Design design = spec.newDesign();
        int draws = (int) design.points();
        List<List<String>> values = new ArrayList<>();
        for (int d = 0; d < draws; d++) values.add(design.values(d));
        double[][] summaries = Evaluator.summaries(sweep, SWEEP, file.targets(), draws, counted);
        Rejection r = new Rejection(file, spec.keys(), values, summaries, Abc.reject(file.targets(), summaries, file.accept()));
        List<String> header = new ArrayList<>(List.of("draw"));
        header.addAll(r.keys());
        for (Target t : file.targets()) header.add(t.summary());
        header.addAll(counted.header());
        header.addAll(List.of("distance", "accepted"));
        List<Abc.Draw> closest = r.draws().stream().filter(Abc.Draw::accepted)
                .sorted(Comparator.comparingDouble(Abc.Draw::distance)).toList();
        writeCsv(dir.resolve("draws.csv"), file, header, r.draws().stream().map(d -> drawRow(r, d, counted)).toList());
        writeCsv(dir.resolve(POSTERIOR), file, header, closest.stream().map(d -> drawRow(r, d, counted)).toList());
        List<String> best = writeBest(dir, file, closest.stream().map(d -> values.get(d.id())).toList(),
                closest.stream().map(d -> "draw " + d.id() + ", distance " + Decimals.format(d.distance())).toList());
        return new Report(r.table() + counted.text(), files(List.of("draws.csv", POSTERIOR), best));
    }

    private static List<String> drawRow(Rejection r, Abc.Draw d, Counted counted) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(d.id())));
        cells.addAll(r.values().get(d.id()));
        for (double[] s : r.summaries()) cells.add(number(s[d.id()]));
        cells.addAll(counted.cells(SWEEP, d.id()));
        cells.add(number(d.distance()));
        cells.add(Boolean.toString(d.accepted()));
        return cells;
    }

    private static Report nsga2(CalibrationFile file, Path dir, BatchModel model, Counted counted)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        List<Parameter> parameters = file.sweep().parameters();
        List<Target> targets = file.targets();
        List<String> header = nsga2Header(file, counted);
        Nsga2.Listener write = all -> writeCsv(dir.resolve(EVALUATIONS), file, header, nsga2Rows(parameters, Nsga2.result(all, targets),
                counted));
        List<double[]> first = firstGeneration(file.sweep());
        Nsga2.Result r = Nsga2.run(first, targets, file.generations(), file.sweep().masterSeed(), model, write);
        List<Integer> front = new ArrayList<>();
        for (int e = 0; e < r.pareto().length; e++) if (r.pareto()[e]) front.add(e);
        front.sort(Comparator.<Integer>comparingDouble(e -> r.distances()[e]).thenComparingInt(e -> e));
        List<List<String>> rows = nsga2Rows(parameters, r, counted); // evaluations.csv holds them since the last generation
        writeCsv(dir.resolve(PARETO), file, header, front.stream().map(rows::get).toList());
        List<List<String>> frontValues = front.stream().map(e -> Evaluator.values(parameters, r.evaluations().get(e).unit())).toList();
        List<String> best = writeBest(dir, file, frontValues, front.stream().map(e -> "generation " + r.evaluations().get(e).generation()
                + " point " + r.evaluations().get(e).point() + ", on the Pareto front, distance " + shown(r.distances()[e])).toList());

        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "NSGA-II: %d generations of %d points (%d points of %d runs "
                        + "each); the Pareto front of all of them holds %d point%s for %s.%n%n  %-32s %-26s %-26s %s%n",
                file.generations() + 1, first.size(), r.evaluations().size(), file.sweep().replications(),
                front.size(), front.size() == 1 ? "" : "s", targetsText(file), "parameter", "all points", "Pareto front", "best-1"));
        List<List<String>> allValues = r.evaluations().stream().map(e -> Evaluator.values(parameters, e.unit())).toList();
        for (int p = 0; p < parameters.size(); p++) {
            int column = p;
            t.append(String.format(Locale.ROOT, "  %-32s %-26s %-26s %s%n", parameters.get(p).key(),
                    describe(allValues.stream().map(v -> v.get(column)).toList(), false),
                    describe(frontValues.stream().map(v -> v.get(column)).toList(), false), frontValues.get(0).get(column)));
        }
        t.append(String.format(Locale.ROOT, "%n  %-32s %-26s %-26s %s%n", "target", "all points (mean)", "Pareto front (mean)", "best-1"));
        for (int s = 0; s < targets.size(); s++) {
            int target = s;
            t.append(String.format(Locale.ROOT, "  %-32s %-26s %-26s %s%n", targets.get(s).text(),
                    shown(mean(r.evaluations().stream().mapToDouble(e -> e.summaries()[target]).toArray())),
                    shown(mean(front.stream().mapToDouble(e -> r.evaluations().get(e).summaries()[target]).toArray())),
                    number(r.evaluations().get(front.get(0)).summaries()[target])));
        }
        return new Report(t + counted.text(), files(List.of(EVALUATIONS, PARETO), best));
    }

    private static List<String> nsga2Header(CalibrationFile file, Counted counted) {
        List<String> header = new ArrayList<>(List.of("generation", "point"));
        header.addAll(file.sweep().keys());
        for (Target t : file.targets()) header.add(t.summary());
        header.addAll(counted.header());
        for (Target t : file.targets()) header.add("miss_" + t.summary());
        header.addAll(List.of("distance", "pareto"));
        return header;
    }

    private static List<List<String>> nsga2Rows(List<Parameter> parameters, Nsga2.Result r, Counted counted) {
        List<List<String>> rows = new ArrayList<>();
        for (int e = 0; e < r.evaluations().size(); e++) {
            Nsga2.Evaluation ev = r.evaluations().get(e);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(ev.generation()), Integer.toString(ev.point())));
            cells.addAll(Evaluator.values(parameters, ev.unit()));
            for (double s : ev.summaries()) cells.add(number(s));
            cells.addAll(counted.cells(Nsga2.batch(ev.generation()), ev.point()));
            for (double m : r.misses()[e]) cells.add(m >= Nsga2.NO_SUMMARY ? "" : number(m));
            cells.add(number(r.distances()[e]));
            cells.add(Boolean.toString(r.pareto()[e]));
            rows.add(cells);
        }
        return rows;
    }

    private static Report smc(CalibrationFile file, Path dir, BatchModel model, Counted counted)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        List<Parameter> parameters = file.sweep().parameters();
        List<String> header = new ArrayList<>(List.of("generation", "batch", "point"));
        header.addAll(file.sweep().keys());
        for (Target t : file.targets()) header.add(t.summary());
        header.addAll(counted.header());
        header.addAll(List.of("distance", "tolerance", "accepted"));
        AbcSmc.Listener write = all -> writeCsv(dir.resolve(EVALUATIONS), file, header, all.stream().map(p -> {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(p.generation()), Integer.toString(p.batch()),
                    Integer.toString(p.point())));
            cells.addAll(Evaluator.values(parameters, p.unit()));
            for (double s : p.summaries()) cells.add(number(s));
            cells.addAll(counted.cells(AbcSmc.batch(p.generation(), p.batch()), p.point()));
            cells.addAll(List.of(number(p.distance()), Double.isInfinite(p.tolerance()) ? "" : number(p.tolerance()),
                    Boolean.toString(p.accepted())));
            return cells;
        }).toList());
        AbcSmc.Result r = AbcSmc.run(firstGeneration(file.sweep()), file.targets(), file.generations(), file.quantile(),
                file.sweep().masterSeed(), model, write);
        List<String> posteriorHeader = new ArrayList<>(List.of("particle"));
        posteriorHeader.addAll(file.sweep().keys());
        for (Target t : file.targets()) posteriorHeader.add(t.summary());
        posteriorHeader.addAll(List.of("distance", "weight"));
        List<List<String>> values = r.posterior().stream().map(p -> Evaluator.values(parameters, p.unit())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            AbcSmc.Particle p = r.posterior().get(i);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(i)));
            cells.addAll(values.get(i));
            for (double s : p.summaries()) cells.add(number(s));
            cells.addAll(List.of(number(p.distance()), number(p.weight())));
            rows.add(cells);
        }
        writeCsv(dir.resolve(POSTERIOR), file, posteriorHeader, rows);
        List<Integer> closest = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) closest.add(i);
        closest.sort(Comparator.<Integer>comparingDouble(i -> r.posterior().get(i).distance()).thenComparingInt(i -> i));
        List<String> best = writeBest(dir, file, closest.stream().map(values::get).toList(),
                closest.stream().map(i -> "particle " + i + " of the posterior, distance " + number(r.posterior().get(i).distance())).toList());

        double[] weights = r.posterior().stream().mapToDouble(AbcSmc.Particle::weight).toArray();
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "ABC-SMC: %d particles, %d generations after the first%s; "
                        + "tolerances %s (distance in spreads of the first generation); %d proposals of %d runs each; effective "
                        + "sample size %.1f.%n%n  %-32s %-26s %s%n", values.size(), r.tolerances().size(),
                r.stopped() ? " (stopped early: the next tolerance was not met within " + AbcSmc.MAX_BATCHES + " batches)" : "",
                r.tolerances().isEmpty() ? "none" : String.join(", ", r.tolerances().stream().map(Calibration::number).toList()),
                r.proposals().size(), file.sweep().replications(), r.effectiveSize(), "parameter", "prior (first generation)",
                "posterior (weighted)"));
        List<List<String>> first = firstGeneration(file.sweep()).stream().map(u -> Evaluator.values(parameters, u)).toList();
        for (int p = 0; p < parameters.size(); p++) {
            int column = p;
            t.append(String.format(Locale.ROOT, "  %-32s %-26s %s%n", parameters.get(p).key(),
                    describe(first.stream().map(v -> v.get(column)).toList(), false),
                    describeWeighted(values.stream().map(v -> v.get(column)).toList(), weights)));
        }
        t.append(String.format(Locale.ROOT, "%n  %-32s %s%n", "target", "posterior (weighted mean)"));
        for (int s = 0; s < file.targets().size(); s++) {
            int target = s;
            double m = 0;
            for (int i = 0; i < weights.length; i++) m += weights[i] * r.posterior().get(i).summaries()[target];
            t.append(String.format(Locale.ROOT, "  %-32s %s%n", file.targets().get(target).text(), number(m)));
        }
        return new Report(t + counted.text(), files(List.of(EVALUATIONS, POSTERIOR), best));
    }

    /**
     * Makes {@code dir} this calibration's: a new or empty directory gets a copy of the calibration
     * file ({@value #COPY}); one that holds a calibration is continued only with {@code resume}, and
     * only when its copy is the same file, so a changed method or target never mixes with old batches.
     */
    private static void claim(CalibrationFile file, Path dir, boolean resume) throws IOException, SweepException {
        Path copy = dir.resolve(COPY);
        if (Files.isRegularFile(copy)) {
            if (!resume) {
                throw new SweepException(dir + " holds a calibration already; continue it with --resume, or use another --out");
            }
            if (!Files.readString(copy, java.nio.charset.StandardCharsets.UTF_8).equals(file.sweep().text())) {
                throw new SweepException(dir + " holds another calibration (its " + COPY + " differs from this file); resume it "
                        + "with the file it was made with, or use another --out");
            }
            return;
        }
        if (!resume && Files.isDirectory(dir)) { // with --resume, a calibration from before the copy: its sweeps check themselves
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new SweepException(dir + " is not empty and holds no calibration; use another --out");
                }
            }
        }
        Files.createDirectories(dir);
        AtomicFile.writeString(copy, file.sweep().text());
    }

    /** The design's points in the unit cube: the first generation of a search. */
    static List<double[]> firstGeneration(SweepSpec spec) {
        Design design = spec.newDesign();
        List<double[]> first = new ArrayList<>();
        for (long d = 0; d < design.points(); d++) {
            List<String> values = design.values(d);
            double[] u = new double[values.size()];
            for (int p = 0; p < u.length; p++) u[p] = spec.parameters().get(p).toUnit(values.get(p));
            first.add(u);
        }
        return first;
    }

    /**
     * Each target names an outcome share or a metric the runs report, or names a time-series feature
     * by a name that is neither (the feature's column of runs.csv sits beside the metrics).
     */
    private static void checkTargets(CalibrationFile file) throws ScenarioException, SweepException {
        Scenario base = ScenarioLoader.load(file.sweep().scenarioFile(), List.of());
        Set<String> metrics = Simulation.create(base.model(), base.seed()).run(0, List.of()).metrics().keySet();
        List<String> allowed = new ArrayList<>();
        for (Outcome o : Outcome.values()) allowed.add("share_" + o.key());
        allowed.addAll(metrics);
        for (Target t : file.targets()) {
            if (t.feature() == null && !allowed.contains(t.summary())) {
                throw new SweepException("targets." + t.summary() + ": not a summary of a draw; allowed: " + String.join(", ", allowed)
                        + ", or a name of your own with a time-series feature (" + String.join(", ", Feature.KEYS) + ")");
            }
            List<String> taken = SweepColumns.runs(List.of(), List.copyOf(metrics));
            if (t.feature() != null && taken.contains(t.summary())) {
                throw new SweepException("targets." + t.summary() + ": a time-series feature cannot take the name of a column of "
                        + "runs.csv; allowed: a name that is not one of " + String.join(", ", taken));
            }
        }
    }

    private static String targetsText(CalibrationFile file) {
        return String.join(", ", file.targets().stream().map(Target::text).toList());
    }

    /** The resolved scenarios of the first {@value #BEST} points, each headed by what it is. */
    private static List<String> writeBest(Path dir, CalibrationFile file, List<List<String>> values, List<String> what)
            throws IOException, ScenarioException {
        Path scenario = file.sweep().scenarioFile();
        ScenarioLoader.Prepared base = ScenarioLoader.prepare(ScenarioLoader.readText(scenario, scenario.toString()), scenario.toString());
        List<String> written = new ArrayList<>();
        for (int i = 0; i < Math.min(BEST, values.size()); i++) {
            List<String> overrides = new ArrayList<>();
            for (int p = 0; p < file.sweep().keys().size(); p++) overrides.add(file.sweep().keys().get(p) + "=" + values.get(i).get(p));
            String name = "best-" + (i + 1) + ".yaml";
            AtomicFile.writeString(dir.resolve(name), "# samen calibrate (" + file.method().key() + "): " + what.get(i) + " to "
                    + targetsText(file) + "\n" + base.with(overrides).toCanonicalYaml());
            written.add(name);
        }
        return written;
    }

    private static List<String> files(List<String> tables, List<String> best) {
        List<String> all = new ArrayList<>(tables);
        all.addAll(best);
        return all;
    }

    private static void writeCsv(Path file, CalibrationFile calibration, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#')
                .setHeaderComments("samen calibrate: " + calibration.sweep().name()).setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) p.printRecord(row);
        }
        AtomicFile.writeString(file, text.toString());
    }

    /** A number in a table for the terminal: "-" where there is none (no run of any point had a feature's value). */
    private static String shown(double x) {
        return Double.isNaN(x) ? "-" : Decimals.format(x);
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "" : Decimals.format(x);
    }

    /** Numbers: mean and 5% to 95% range; choices: how often each. */
    static String describe(List<String> values, boolean withMean) {
        double[] ones = new double[values.size()];
        Arrays.fill(ones, 1);
        return withMean ? describeWeighted(values, ones) : range(values);
    }

    private static String range(List<String> values) {
        try {
            double[] x = values.stream().mapToDouble(Double::parseDouble).toArray();
            if (x.length == 0) return "-";
            double[] w = new double[x.length];
            Arrays.fill(w, 1);
            return "90% in " + interval(x, w);
        } catch (NumberFormatException e) {
            return counts(values, null);
        }
    }

    /** Numbers: weighted mean and 5% to 95% weighted quantiles; choices: their weighted shares. */
    static String describeWeighted(List<String> values, double[] weights) {
        try {
            double[] x = values.stream().mapToDouble(Double::parseDouble).toArray();
            if (x.length == 0) return "-";
            double total = Arrays.stream(weights).sum();
            double m = 0;
            for (int i = 0; i < x.length; i++) m += weights[i] * x[i] / total;
            return "mean " + Decimals.format(m) + ", 90% in " + interval(x, weights);
        } catch (NumberFormatException e) {
            return counts(values, weights);
        }
    }

    private static String interval(double[] x, double[] w) {
        return "[" + Decimals.format(AbcSmc.weightedQuantile(x, w, 0.05)) + ", " + Decimals.format(AbcSmc.weightedQuantile(x, w, 0.95)) + "]";
    }

    /** How often each choice: counts, or weighted shares when there are weights. */
    private static String counts(List<String> values, double[] weights) {
        Map<String, Double> counts = new TreeMap<>();
        double total = weights == null ? values.size() : Arrays.stream(weights).sum();
        for (int i = 0; i < values.size(); i++) counts.merge(values.get(i), weights == null ? 1 : weights[i] / total, Double::sum);
        Map<String, Double> ordered = new LinkedHashMap<>(counts);
        return String.join(", ", ordered.entrySet().stream().map(en -> en.getKey() + " "
                + (weights == null ? Long.toString(Math.round(en.getValue())) : Decimals.format(en.getValue()))).toList());
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
