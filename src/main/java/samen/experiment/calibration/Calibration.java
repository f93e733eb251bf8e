package samen.experiment.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import samen.engine.Simulation;
import samen.experiment.SweepColumns;
import samen.experiment.SweepException;
import samen.experiment.SweepRunner;
import samen.experiment.SweepSpec;
import samen.model.Outcome;
import samen.output.Decimals;
import samen.output.Invocation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * {@code samen calibrate}: the calibration file's prior draws run as a sweep into {@code DIR/sweep}
 * (parallel, deterministic for the master seed, resumable after a kill with {@code --resume}), each
 * draw summarised over its replications (outcome shares, metric means), and the draws closest to the
 * targets kept by {@link Abc} rejection. Writes {@code draws.csv} (every draw, its summaries, distance
 * and whether it was kept), {@code posterior.csv} (the kept draws, closest first) and
 * {@code best-1.yaml} .. {@code best-3.yaml}, the resolved scenarios of the three closest draws.
 */
public final class Calibration {

    public static final String SWEEP = "sweep";
    static final int BEST = 3;

    /** What was found. */
    public record Result(CalibrationFile file, List<String> keys, List<List<String>> values, double[][] summaries,
                         List<Abc.Draw> draws) {

        /** Per parameter: prior range or levels, and what the kept draws hold. */
        public String table() {
            List<Abc.Draw> kept = draws.stream().filter(Abc.Draw::accepted).toList();
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%d draws of %d runs each; kept the %d closest to %s "
                            + "(ABC rejection, accept %.2f).%n%n  %-32s %-26s %s%n", draws.size(), file.sweep().replications(),
                    kept.size(), String.join(", ", file.targets().stream().map(Target::text).toList()), file.accept(), "parameter",
                    "prior (all draws)", "posterior (kept draws)"));
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
                t.append(String.format(Locale.ROOT, "  %-32s %-26s %s%n", file.targets().get(s).text(), Decimals.format(mean(all)),
                        Decimals.format(mean(post))));
            }
            return t.toString();
        }
    }

    private Calibration() {
    }

    public static Result run(CalibrationFile file, Path dir, int threads, boolean resume, Invocation invocation,
                             SweepRunner.Progress progress)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        SweepSpec spec = file.sweep();
        checkTargets(file);
        Path sweep = dir.resolve(SWEEP);
        Files.createDirectories(dir);
        new SweepRunner(spec, new SweepRunner.Options(threads, sweep, resume, samen.experiment.Shard.ALL, false, false),
                progress, invocation).run();
        int draws = (int) spec.newDesign().points();
        List<List<String>> values = new ArrayList<>();
        for (int d = 0; d < draws; d++) values.add(spec.newDesign().values(d));
        double[][] summaries = summaries(sweep, file.targets(), draws);
        List<Abc.Draw> result = Abc.reject(file.targets(), summaries, file.accept());
        Result r = new Result(file, spec.keys(), values, summaries, result);
        write(dir, r);
        return r;
    }

    /** Each target names an outcome share or a metric the runs report. */
    private static void checkTargets(CalibrationFile file) throws ScenarioException, SweepException {
        Scenario base = ScenarioLoader.load(file.sweep().scenarioFile(), List.of());
        Set<String> metrics = Simulation.create(base.model(), base.seed()).run(0, List.of()).metrics().keySet();
        List<String> allowed = new ArrayList<>();
        for (Outcome o : Outcome.values()) allowed.add("share_" + o.key());
        allowed.addAll(metrics);
        for (Target t : file.targets()) {
            if (!allowed.contains(t.summary())) {
                throw new SweepException("targets." + t.summary() + ": not a summary of a draw; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** Per target, per draw: the share of its runs ending so, or the mean of the metric over its runs. */
    private static double[][] summaries(Path sweep, List<Target> targets, int draws) throws IOException {
        double[][] sum = new double[targets.size()][draws];
        int[][] n = new int[targets.size()][draws];
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(sweep.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                int point = Integer.parseInt(row.get(SweepColumns.POINT_ID));
                String outcome = row.get(SweepColumns.OUTCOME);
                if (outcome.equals(SweepColumns.ERROR_OUTCOME)) continue;
                for (int t = 0; t < targets.size(); t++) {
                    String s = targets.get(t).summary();
                    sum[t][point] += s.startsWith("share_") ? (outcome.equals(s.substring("share_".length())) ? 1 : 0)
                            : Double.parseDouble(row.get(s));
                    n[t][point]++;
                }
            }
        }
        for (int t = 0; t < targets.size(); t++) {
            for (int d = 0; d < draws; d++) sum[t][d] = n[t][d] == 0 ? Double.NaN : sum[t][d] / n[t][d];
        }
        return sum;
    }

    private static void write(Path dir, Result r) throws IOException, ScenarioException {
        List<String> header = new ArrayList<>(List.of("draw"));
        header.addAll(r.keys());
        for (Target t : r.file().targets()) header.add(t.summary());
        header.addAll(List.of("distance", "accepted"));
        List<Abc.Draw> closest = r.draws().stream().filter(Abc.Draw::accepted)
                .sorted((a, b) -> Double.compare(a.distance(), b.distance())).toList();
        writeRows(dir.resolve("draws.csv"), header, r, r.draws());
        writeRows(dir.resolve("posterior.csv"), header, r, closest);
        ScenarioLoader.Prepared base = ScenarioLoader.prepare(
                ScenarioLoader.readText(r.file().sweep().scenarioFile(), r.file().sweep().scenarioFile().toString()),
                r.file().sweep().scenarioFile().toString());
        for (int i = 0; i < Math.min(BEST, closest.size()); i++) {
            List<String> overrides = new ArrayList<>();
            List<String> values = r.values().get(closest.get(i).id());
            for (int p = 0; p < r.keys().size(); p++) overrides.add(r.keys().get(p) + "=" + values.get(p));
            String yaml = "# samen calibrate: draw " + closest.get(i).id() + ", distance " + Decimals.format(closest.get(i).distance())
                    + " to " + String.join(", ", r.file().targets().stream().map(Target::text).toList()) + "\n"
                    + base.with(overrides).toCanonicalYaml();
            Path temp = dir.resolve("best-" + (i + 1) + ".yaml.tmp");
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve("best-" + (i + 1) + ".yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeRows(Path file, List<String> header, Result r, List<Abc.Draw> draws) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#')
                     .setHeaderComments("samen calibrate: " + r.file().sweep().name()).setHeader(header.toArray(String[]::new)).get())) {
            for (Abc.Draw d : draws) {
                List<String> cells = new ArrayList<>(List.of(Integer.toString(d.id())));
                cells.addAll(r.values().get(d.id()));
                for (double[] s : r.summaries()) cells.add(Double.isNaN(s[d.id()]) ? "" : Decimals.format(s[d.id()]));
                cells.add(Double.isNaN(d.distance()) ? "" : Decimals.format(d.distance()));
                cells.add(Boolean.toString(d.accepted()));
                p.printRecord(cells);
            }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Numbers: mean and 5% to 95% range; choices: how often each. */
    static String describe(List<String> values, boolean withMean) {
        try {
            double[] x = values.stream().mapToDouble(Double::parseDouble).sorted().toArray();
            if (x.length == 0) return "-";
            String range = "[" + Decimals.format(quantile(x, 0.05)) + ", " + Decimals.format(quantile(x, 0.95)) + "]";
            return withMean ? "mean " + Decimals.format(mean(x)) + ", 90% in " + range : "90% in " + range;
        } catch (NumberFormatException e) {
            Map<String, Integer> counts = new TreeMap<>();
            for (String v : values) counts.merge(v, 1, Integer::sum);
            Map<String, Integer> ordered = new LinkedHashMap<>(counts);
            return String.join(", ", ordered.entrySet().stream().map(en -> en.getKey() + " " + en.getValue()).toList());
        }
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
