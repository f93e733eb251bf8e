package samen.experiment.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import samen.experiment.Damaged;
import samen.experiment.MorrisDesign;
import samen.experiment.Parameter;
import samen.experiment.RunSeeds;
import samen.experiment.SweepColumns;
import samen.experiment.SweepException;
import samen.experiment.SweepJson;
import samen.experiment.SweepRunner;
import samen.model.Outcome;
import samen.output.Decimals;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;

/**
 * Analyses a finished sweep directory in one streaming pass over {@code runs.csv} and writes
 * {@code analysis/outcome_shares.csv}, {@code analysis/metrics.csv} and, for those designs,
 * {@code analysis/morris.csv} or {@code analysis/sobol.csv}.
 *
 * <p>Groups: {@code all} runs; each parameter value ({@code parameter=<key>}; a sampled numeric
 * range in {@value #BINS} equal bins written {@code [a, b)}); each point ({@code parameter=point_id}).
 * Morris and Sobol indices are computed on each metric's mean per point over its replications,
 * and on each outcome's share per point ({@code share_<outcome>}). {@code analysis/notes.csv} lists
 * the outputs that never vary (no indices, no chart) and warnings where the sample is too small for
 * stable indices ({@link SampleSize}).
 */
public final class SweepAnalysis {

    public static final String DIR = "analysis";
    static final int BINS = 5;
    static final String ALL = "all";

    /** The results; {@link #table()} renders them for people. */
    public static final class Result {
        final String design;
        final List<String> outcomes;
        final List<String> metrics;
        final Tally all;
        final Map<String, Map<String, Tally>> byValue;
        final List<Indices> morris;
        final List<Indices> sobol;
        final List<Note> notes;

        Result(String design, List<String> outcomes, List<String> metrics, Tally all,
               Map<String, Map<String, Tally>> byValue, List<Indices> morris, List<Indices> sobol, List<Note> notes) {
            this.design = design;
            this.outcomes = outcomes;
            this.metrics = metrics;
            this.all = all;
            this.byValue = byValue;
            this.morris = morris;
            this.sobol = sobol;
            this.notes = notes;
        }

        /** A readable plain-text summary. */
        public String table() {
            return AnalysisTable.render(this);
        }
    }

    /** Indices of one output for every parameter, as printed and written. */
    public record Indices(String output, List<String> parameters, List<double[]> rows) {
    }

    private SweepAnalysis() {
    }

    public static Result run(Path sweepDir) throws SweepException, IOException, OutputExistsException {
        SweepJson.Description d = SweepJson.read(sweepDir);
        return Damaged.reading(sweepDir.resolve(SweepRunner.RUNS).toString(), () -> analyse(sweepDir, d));
    }

    private static Result analyse(Path sweepDir, SweepJson.Description d) throws SweepException, IOException, OutputExistsException {
        List<String> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) outcomes.add(o.key());
        outcomes.add(SweepColumns.ERROR_OUTCOME);
        List<String> keys = d.parameters().stream().map(Parameter::key).toList();
        boolean indices = d.design().type() == samen.experiment.DesignSpec.Type.MORRIS
                || d.design().type() == samen.experiment.DesignSpec.Type.SOBOL;

        Path runs = sweepDir.resolve(SweepRunner.RUNS);
        String provenance;
        try (java.io.BufferedReader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) throw new IllegalArgumentException("empty");
            provenance = first.replaceFirst("^# ", "");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
             OutputDirectory out = OutputDirectory.create(sweepDir.resolve(DIR), true)) {
            List<String> header = parser.getHeaderNames();
            int phase = header.indexOf(SweepColumns.PHASE_REACHED);
            List<String> metrics = header.subList(phase + 1, header.indexOf(SweepColumns.ERROR));
            int firstMetric = phase + 1;
            Tally all = new Tally(outcomes.size(), metrics.size());
            Map<String, Map<String, Tally>> byValue = new LinkedHashMap<>();
            for (String key : keys) byValue.put(key, new LinkedHashMap<>());
            initialiseLevels(d.parameters(), byValue, outcomes.size(), metrics.size());
            int outputs = metrics.size() + outcomes.size();
            double[][] perPoint = indices ? new double[outputs][(int) d.points()] : null;
            if (perPoint != null) for (double[] output : perPoint) java.util.Arrays.fill(output, Double.NaN); // a shard lacks points

            Path pointShares = out.dir().resolve("points-shares.tmp");
            Path pointMetrics = out.dir().resolve("points-metrics.tmp");
            try (CSVPrinter shares = printer(pointShares, null, null); CSVPrinter means = printer(pointMetrics, null, null)) {
                long point = -1;
                Tally current = null;
                double[] values = new double[metrics.size()];
                for (CSVRecord row : parser) {
                    long id = Long.parseLong(row.get(SweepColumns.POINT_ID));
                    if (id != point) {
                        if (current != null) flushPoint(point, current, outcomes, metrics, shares, means, perPoint);
                        point = id;
                        current = new Tally(outcomes.size(), metrics.size());
                    }
                    int outcome = outcomes.indexOf(row.get(SweepColumns.OUTCOME));
                    if (outcome < 0) throw new IllegalArgumentException("runs.csv: unknown outcome '" + row.get(SweepColumns.OUTCOME) + "' in run " + row.get(0));
                    for (int m = 0; m < values.length; m++) {
                        String cell = row.get(firstMetric + m);
                        values[m] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                    }
                    all.add(outcome, values);
                    current.add(outcome, values);
                    for (int i = 0; i < keys.size(); i++) {
                        String group = group(d.parameters().get(i), row.get(keys.get(i)));
                        byValue.get(keys.get(i)).computeIfAbsent(group, g -> new Tally(outcomes.size(), metrics.size()))
                                .add(outcome, values);
                    }
                }
                if (current != null) flushPoint(point, current, outcomes, metrics, shares, means, perPoint);
            }

            List<String> outputNames = new ArrayList<>(metrics);
            for (String o : outcomes) outputNames.add("share_" + o);
            List<Indices> morris = new ArrayList<>();
            List<Indices> sobol = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (int m = 0; m < metrics.size(); m++) {
                if (all.constant(m)) notes.add(Note.constant(metrics.get(m), all.min[m]));
            }
            if (indices) notes.addAll(SampleSize.ofDesign(d.design()));
            long seed = RunSeeds.stream(d.masterSeed(), "bootstrap", 0);
            for (int o = 0; indices && o < outputs; o++) {
                if (all.runs == 0 || (o >= metrics.size() && all.outcomes[o - metrics.size()] == 0)) continue;
                if (o < metrics.size() ? all.constant(o) : constant(perPoint[o])) {
                    if (o >= metrics.size()) notes.add(Note.constant(outputNames.get(o), firstKnown(perPoint[o])));
                    continue;
                }
                List<double[]> rows = new ArrayList<>();
                if (d.design().type() == samen.experiment.DesignSpec.Type.MORRIS) {
                    for (MorrisIndices.Row r : MorrisIndices.of((MorrisDesign) d.newDesign(), keys.size(), perPoint[o], seed)) {
                        rows.add(new double[] {r.mu(), r.muStar(), r.sigma(), r.muStarLow(), r.muStarHigh()});
                    }
                    morris.add(new Indices(outputNames.get(o), keys, rows));
                    notes.addAll(SampleSize.ofMorris(outputNames.get(o), rows));
                } else {
                    for (SobolIndices.Row r : SobolIndices.of(keys.size(), perPoint[o], seed)) {
                        rows.add(new double[] {r.s1(), r.s1Low(), r.s1High(), r.st(), r.stLow(), r.stHigh()});
                    }
                    sobol.add(new Indices(outputNames.get(o), keys, rows));
                    notes.addAll(SampleSize.ofSobol(outputNames.get(o), rows));
                }
            }
            writeShares(out.dir(), provenance, all, byValue, outcomes, pointShares);
            writeMetrics(out.dir(), provenance, all, byValue, metrics, pointMetrics);
            if (!morris.isEmpty()) writeIndices(out.dir().resolve("morris.csv"), morris,
                    List.of("metric", "parameter", "mu", "mu_star", "sigma", "mu_star_ci_low", "mu_star_ci_high"), new int[] {0, 1, 2, 3, 4}, provenance);
            if (!sobol.isEmpty()) writeIndices(out.dir().resolve("sobol.csv"), sobol,
                    List.of("metric", "parameter", "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high"), new int[] {0, 1, 2, 3, 4, 5}, provenance);
            writeNotes(out.dir().resolve(Note.FILE), notes, provenance);
            out.commit();
            return new Result(d.design().type().key(), outcomes, metrics, all, byValue, morris, sobol, notes);
        }
    }

    /** True when every known value is the same (an output that gives indices nothing to apportion). */
    private static boolean constant(double[] values) {
        double first = firstKnown(values);
        for (double v : values) if (!Double.isNaN(v) && v != first) return false;
        return true;
    }

    private static double firstKnown(double[] values) {
        for (double v : values) if (!Double.isNaN(v)) return v;
        return Double.NaN;
    }

    private static void writeNotes(Path file, List<Note> notes, String provenance) throws IOException {
        try (CSVPrinter p = printer(file, List.of("kind", "subject", "note"), provenance)) {
            for (Note n : notes) p.printRecord(n.kind(), n.subject(), n.text());
        }
    }

    /** Grid levels and choices appear in file order, even a level no run reached. */
    private static void initialiseLevels(List<Parameter> parameters, Map<String, Map<String, Tally>> byValue, int o, int m) {
        for (Parameter p : parameters) {
            if (p instanceof Parameter.Levels levels) {
                for (String v : levels.values()) byValue.get(p.key()).put(v, new Tally(o, m));
            } else {
                for (int b = 0; b < BINS; b++) byValue.get(p.key()).put(bin((Parameter.Range) p, b), new Tally(o, m));
            }
        }
    }

    private static String group(Parameter p, String value) {
        if (!(p instanceof Parameter.Range r)) return value;
        double min = r.min().doubleValue();
        double width = (r.max().doubleValue() - min) / BINS;
        int b = width > 0 ? (int) Math.min(BINS - 1, Math.max(0, Math.floor((Double.parseDouble(value) - min) / width))) : 0;
        return bin(r, b);
    }

    private static String bin(Parameter.Range r, int b) {
        double min = r.min().doubleValue();
        double width = (r.max().doubleValue() - min) / BINS;
        return "[" + Decimals.format(min + b * width) + ", " + Decimals.format(min + (b + 1) * width) + (b == BINS - 1 ? "]" : ")");
    }

    private static void flushPoint(long point, Tally t, List<String> outcomes, List<String> metrics, CSVPrinter shares,
                                   CSVPrinter means, double[][] perPoint) throws IOException {
        String id = Long.toString(point);
        shareRows(shares, SweepColumns.POINT_ID, id, t, outcomes);
        metricRows(means, SweepColumns.POINT_ID, id, t, metrics);
        if (perPoint == null || point >= perPoint[0].length) return;
        for (int m = 0; m < metrics.size(); m++) perPoint[m][(int) point] = t.mean(m).estimate();
        for (int o = 0; o < outcomes.size(); o++) {
            perPoint[metrics.size() + o][(int) point] = t.runs == t.outcomes[outcomes.indexOf(SweepColumns.ERROR_OUTCOME)]
                    ? Double.NaN : (double) t.outcomes[o] / t.runs;
        }
    }

    private static void shareRows(CSVPrinter p, String parameter, String value, Tally t, List<String> outcomes) throws IOException {
        for (int o = 0; o < outcomes.size(); o++) {
            Interval s = t.share(o);
            p.printRecord(parameter, value, outcomes.get(o), t.runs, t.outcomes[o], number(s.estimate()), number(s.low()), number(s.high()));
        }
    }

    private static void metricRows(CSVPrinter p, String parameter, String value, Tally t, List<String> metrics) throws IOException {
        for (int m = 0; m < metrics.size(); m++) {
            Interval i = t.mean(m);
            p.printRecord(parameter, value, metrics.get(m), t.metricRuns[m], number(i.estimate()), number(i.low()), number(i.high()));
        }
    }

    private static void writeShares(Path dir, String provenance, Tally all, Map<String, Map<String, Tally>> byValue, List<String> outcomes,
                                    Path points) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("outcome_shares.csv"),
                List.of("parameter", "value", "outcome", "n", "count", "share", "ci_low", "ci_high"), provenance)) {
            shareRows(p, ALL, "", all, outcomes);
            for (var e : byValue.entrySet()) for (var v : e.getValue().entrySet()) shareRows(p, e.getKey(), v.getKey(), v.getValue(), outcomes);
            p.flush();
            appendAndDelete(p, points);
        }
    }

    private static void writeMetrics(Path dir, String provenance, Tally all, Map<String, Map<String, Tally>> byValue, List<String> metrics,
                                     Path points) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("metrics.csv"), List.of("parameter", "value", "metric", "n", "mean", "ci_low", "ci_high"), provenance)) {
            metricRows(p, ALL, "", all, metrics);
            for (var e : byValue.entrySet()) for (var v : e.getValue().entrySet()) metricRows(p, e.getKey(), v.getKey(), v.getValue(), metrics);
            p.flush();
            appendAndDelete(p, points);
        }
    }

    private static void appendAndDelete(CSVPrinter p, Path part) throws IOException {
        Appendable out = p.getOut();
        try (java.io.BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) out.append(line).append('\n');
        }
        Files.delete(part);
    }

    private static void writeIndices(Path file, List<Indices> all, List<String> header, int[] columns, String provenance) throws IOException {
        try (CSVPrinter p = printer(file, header, provenance)) {
            for (Indices idx : all) {
                for (int i = 0; i < idx.parameters().size(); i++) {
                    List<String> cells = new ArrayList<>(List.of(idx.output(), idx.parameters().get(i)));
                    for (int c : columns) cells.add(number(idx.rows().get(i)[c]));
                    p.printRecord(cells);
                }
            }
        }
    }

    /** A CSV file; with a header, it starts with the sweep's provenance line, as runs.csv does. */
    private static CSVPrinter printer(Path file, List<String> header, String provenance) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVFormat.Builder f = CSVFormat.DEFAULT.builder().setRecordSeparator("\n");
        if (header != null) f.setHeader(header.toArray(String[]::new)).setCommentMarker('#').setHeaderComments(provenance);
        return new CSVPrinter(w, f.get());
    }

    /** Six decimals as every samen file; empty where undefined. */
    static String number(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "" : Decimals.format(x);
    }
}
