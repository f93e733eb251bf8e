package samen.experiment.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import samen.experiment.SweepColumns;
import samen.experiment.SweepException;
import samen.experiment.SweepJson;
import samen.experiment.SweepRunner;
import samen.model.Outcome;
import samen.output.Decimals;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;

/**
 * Two finished sweeps side by side ({@code samen compare A B}): a scenario against its remedy, two
 * designs, two versions of the model. Per outcome the share in each with its Wilson interval and the
 * difference B - A with Newcombe's interval (method 10, from the two Wilson intervals); a
 * chi-square test of homogeneity of the outcome distributions; per metric the means with Student t
 * intervals and Welch's t-test. Written as {@code outcome_shares.csv} and {@code metrics.csv} into
 * the output directory. When both sweeps ran the same seeds (two scenarios over the same master
 * seed), it says so: their runs pair up, and these unpaired tests are then conservative.
 */
public final class Comparison {

    /** One side: its name, seeds, outcome counts and metric values. */
    record Side(String name, List<String> seeds, long[] outcomes, List<String> metrics, List<double[]> values) {
        long runs() {
            long n = 0;
            for (long c : outcomes) n += c;
            return n;
        }
    }

    /** The comparison, for people ({@link #table()}) and files. */
    public record Result(Side a, Side b, List<String> outcomes, double chiSquare, int df, double p, boolean sameSeeds) {

        public String table() {
            StringBuilder t = new StringBuilder();
            t.append(String.format(Locale.ROOT, "A: %s, %d runs%nB: %s, %d runs%n%s%n%nOutcome shares (95%% Wilson intervals) and "
                            + "B - A (95%% Newcombe interval):%n  %-12s %-24s %-24s %s%n", a.name(), a.runs(), b.name(), b.runs(),
                    sameSeeds ? "Both ran the same seeds: the runs pair up (the tests below treat them as independent, which is conservative)."
                            : "The sweeps ran different seeds.", "outcome", "A", "B", "B - A"));
            for (int o = 0; o < outcomes.size(); o++) {
                if (a.outcomes()[o] == 0 && b.outcomes()[o] == 0) continue;
                Interval sa = Interval.share(a.runs(), a.outcomes()[o]);
                Interval sb = Interval.share(b.runs(), b.outcomes()[o]);
                double[] d = difference(sa, sb);
                t.append(String.format(Locale.ROOT, "  %-12s %5.1f%% [%5.1f, %5.1f]    %5.1f%% [%5.1f, %5.1f]    %+6.1f [%+6.1f, %+6.1f]%s%n",
                        outcomes.get(o), 100 * sa.estimate(), 100 * sa.low(), 100 * sa.high(), 100 * sb.estimate(), 100 * sb.low(),
                        100 * sb.high(), 100 * d[0], 100 * d[1], 100 * d[2], d[1] > 0 || d[2] < 0 ? "  *" : ""));
            }
            t.append(String.format(Locale.ROOT, "%nChi-square test that both have the same outcome distribution: chi2 = %.2f, df = %d, p = %s%n",
                    chiSquare, df, p(p)));
            t.append("(* the 95% interval of the difference excludes 0)\n");
            t.append(String.format(Locale.ROOT, "%nMetrics (mean over the runs), Welch's t-test of B against A:%n  %-24s %12s %12s %12s  %s%n",
                    "metric", "A", "B", "B - A", "p"));
            for (int m = 0; m < a.metrics().size(); m++) {
                double[] va = a.values().get(m);
                double[] vb = b.values().get(m);
                double ma = mean(va);
                double mb = mean(vb);
                double pt = welch(va, vb);
                t.append(String.format(Locale.ROOT, "  %-24s %12.4f %12.4f %+12.4f  %s%n", a.metrics().get(m), ma, mb, mb - ma,
                        Double.isNaN(pt) ? "-" : p(pt)));
            }
            return t.toString();
        }

        /** A p-value as people read it; below what a double resolves, {@code < 1e-16}. */
        private static String p(double p) {
            if (p < 1e-16) return "< 1e-16";
            return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
        }
    }

    private Comparison() {
    }

    /** @throws SweepException when a directory is no finished sweep, or the two record different metrics */
    public static Result run(Path a, Path b, Path out) throws SweepException, IOException, OutputExistsException {
        List<String> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) outcomes.add(o.key());
        outcomes.add(SweepColumns.ERROR_OUTCOME);
        Side sa = read(a, outcomes);
        Side sb = read(b, outcomes);
        if (!sa.metrics().equals(sb.metrics())) {
            throw new SweepException(b + " records other metrics than " + a + "; allowed: two sweeps of one samen version");
        }
        List<Integer> seen = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) if (sa.outcomes()[o] + sb.outcomes()[o] > 0) seen.add(o);
        double chi = 0;
        double p = 1;
        int df = seen.size() - 1;
        if (df > 0) {
            long[][] table = new long[2][seen.size()];
            for (int i = 0; i < seen.size(); i++) {
                table[0][i] = sa.outcomes()[seen.get(i)];
                table[1][i] = sb.outcomes()[seen.get(i)];
            }
            chi = new ChiSquareTest().chiSquare(table);
            p = new ChiSquareTest().chiSquareTest(table);
        }
        Result r = new Result(sa, sb, outcomes, chi, Math.max(df, 0), p, sa.seeds().equals(sb.seeds()));
        try (OutputDirectory dir = OutputDirectory.create(out, true)) {
            write(dir.dir(), r);
            dir.commit();
        }
        return r;
    }

    /** Newcombe's hybrid score interval of {@code b - a} from the two Wilson intervals: estimate, low, high. */
    static double[] difference(Interval a, Interval b) {
        double d = b.estimate() - a.estimate();
        double low = d - Math.sqrt(Math.pow(b.estimate() - b.low(), 2) + Math.pow(a.high() - a.estimate(), 2));
        double high = d + Math.sqrt(Math.pow(b.high() - b.estimate(), 2) + Math.pow(a.estimate() - a.low(), 2));
        return new double[] {d, low, high};
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    private static double welch(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) return Double.NaN;
        if (java.util.Arrays.stream(a).distinct().count() == 1 && java.util.Arrays.stream(b).distinct().count() == 1) {
            return a[0] == b[0] ? 1 : 0;
        }
        return new TTest().tTest(a, b);
    }

    private static Side read(Path dir, List<String> outcomes) throws SweepException, IOException {
        String name = SweepJson.read(dir).name();
        long[] counts = new long[outcomes.size()];
        List<String> seeds = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        List<String> metrics;
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(dir.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            metrics = List.copyOf(header.subList(header.indexOf(SweepColumns.PHASE_REACHED) + 1, header.indexOf(SweepColumns.ERROR)));
            for (int m = 0; m < metrics.size(); m++) values.add(new ArrayList<>());
            for (CSVRecord row : parser) {
                int o = outcomes.indexOf(row.get(SweepColumns.OUTCOME));
                if (o < 0) throw new IOException(dir + "/runs.csv: unknown outcome '" + row.get(SweepColumns.OUTCOME) + "'");
                counts[o]++;
                seeds.add(row.get(SweepColumns.SEED));
                if (outcomes.get(o).equals(SweepColumns.ERROR_OUTCOME)) continue;
                for (int m = 0; m < metrics.size(); m++) values.get(m).add(Double.parseDouble(row.get(metrics.get(m))));
            }
        }
        List<double[]> arrays = values.stream().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        return new Side(name, seeds, counts, metrics, arrays);
    }

    private static void write(Path dir, Result r) throws IOException {
        String comment = "samen compare: A=" + r.a().name() + " B=" + r.b().name();
        try (CSVPrinter p = printer(dir.resolve("outcome_shares.csv"), comment, "outcome", "n_a", "count_a", "share_a", "ci_low_a",
                "ci_high_a", "n_b", "count_b", "share_b", "ci_low_b", "ci_high_b", "difference", "difference_ci_low", "difference_ci_high")) {
            for (int o = 0; o < r.outcomes().size(); o++) {
                Interval sa = Interval.share(r.a().runs(), r.a().outcomes()[o]);
                Interval sb = Interval.share(r.b().runs(), r.b().outcomes()[o]);
                double[] d = difference(sa, sb);
                p.printRecord(r.outcomes().get(o), r.a().runs(), r.a().outcomes()[o], n(sa.estimate()), n(sa.low()), n(sa.high()),
                        r.b().runs(), r.b().outcomes()[o], n(sb.estimate()), n(sb.low()), n(sb.high()), n(d[0]), n(d[1]), n(d[2]));
            }
        }
        try (CSVPrinter p = printer(dir.resolve("metrics.csv"), comment, "metric", "mean_a", "mean_b", "difference", "welch_p")) {
            for (int m = 0; m < r.a().metrics().size(); m++) {
                double ma = mean(r.a().values().get(m));
                double mb = mean(r.b().values().get(m));
                p.printRecord(r.a().metrics().get(m), n(ma), n(mb), n(mb - ma), n(welch(r.a().values().get(m), r.b().values().get(m))));
            }
        }
        try (CSVPrinter p = printer(dir.resolve("test.csv"), comment, "test", "statistic", "df", "p", "same_seeds")) {
            p.printRecord("chi_square_homogeneity", n(r.chiSquare()), r.df(), n(r.p()), r.sameSeeds());
        }
    }

    private static String n(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "" : Decimals.format(x);
    }

    private static CSVPrinter printer(Path file, String comment, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#')
                .setHeaderComments(comment).setHeader(header).get());
    }
}
