package samen.experiment.analysis;

import static samen.output.OutcomeComparison.p;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import samen.experiment.stats.ZTest;
import samen.model.Outcome;
import samen.output.Decimals;
import samen.output.OutcomeComparison;
import samen.output.OutcomeComparison.Estimate;
import samen.output.OutcomeComparison.Metric;
import samen.output.OutcomeComparison.Share;

/**
 * Two finished sweeps side by side ({@code samen compare A B}): a scenario against its remedy, two
 * designs, two versions of the model. Per outcome the share in each with its Wilson interval, the
 * difference B - A with Newcombe's interval (method 10, from the two Wilson intervals) and a pooled
 * two-proportion z-test; a chi-square test of homogeneity of the outcome distributions; per metric
 * the means and Welch's t-test. When both sweeps ran the same seeds (two scenarios over the same
 * master seed), it says so: their runs pair up, and these unpaired tests are then conservative.
 */
public final class Comparison {

    /** The files {@link #write} writes. */
    public static final List<String> FILES = List.of("outcome_shares.csv", "metrics.csv", "test.csv");

    /** One side as read: its name, seeds, outcome counts and metric values. */
    private record Side(String name, List<String> seeds, long[] outcomes, List<String> metrics, List<double[]> values) {
        long runs() {
            return Arrays.stream(outcomes).sum();
        }
    }

    private Comparison() {
    }

    /** @throws SweepException when a directory is no finished sweep, or the two record different metrics */
    public static OutcomeComparison of(Path a, Path b) throws SweepException, IOException {
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
        List<Share> shares = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) shares.add(share(outcomes.get(o), sa.runs(), sa.outcomes()[o], sb.runs(), sb.outcomes()[o]));
        List<Metric> metrics = new ArrayList<>();
        for (int m = 0; m < sa.metrics().size(); m++) {
            double[] va = sa.values().get(m);
            double[] vb = sb.values().get(m);
            metrics.add(new Metric(sa.metrics().get(m), mean(va), mean(vb), welch(va, vb)));
        }
        return new OutcomeComparison(sa.name(), sb.name(), sa.runs(), sb.runs(), shares, chi, Math.max(df, 0), p,
                sa.seeds().equals(sb.seeds()), metrics);
    }

    /** One outcome's row: both Wilson intervals, Newcombe's interval of the difference, the two-proportion z-test. */
    static Share share(String outcome, long na, long ca, long nb, long cb) {
        Interval a = Interval.share(na, ca);
        Interval b = Interval.share(nb, cb);
        double[] d = difference(a, b);
        double pooled = (double) (ca + cb) / (na + nb);
        double z = pooled <= 0 || pooled >= 1 ? Double.NaN
                : (b.estimate() - a.estimate()) / Math.sqrt(pooled * (1 - pooled) * (1.0 / na + 1.0 / nb));
        return new Share(outcome, new Estimate(ca, a.estimate(), a.low(), a.high()), new Estimate(cb, b.estimate(), b.low(), b.high()),
                d[0], d[1], d[2], z, new ZTest("two-proportion", z).pTwoSided());
    }

    /** Newcombe's hybrid score interval of {@code b - a} from the two Wilson intervals: estimate, low, high. */
    static double[] difference(Interval a, Interval b) {
        double d = b.estimate() - a.estimate();
        double low = d - Math.sqrt(Math.pow(b.estimate() - b.low(), 2) + Math.pow(a.high() - a.estimate(), 2));
        double high = d + Math.sqrt(Math.pow(b.high() - b.estimate(), 2) + Math.pow(a.estimate() - a.low(), 2));
        return new double[] {d, low, high};
    }

    /** The comparison for people: shares, differences, tests, metrics. */
    public static String table(OutcomeComparison r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "A: %s, %d runs%nB: %s, %d runs%n%s%n%nOutcome shares (95%% Wilson intervals), "
                        + "B - A (95%% Newcombe interval) and the two-proportion z-test:%n  %-12s %-24s %-24s %-26s %s%n",
                r.nameA(), r.runsA(), r.nameB(), r.runsB(),
                r.sameSeeds() ? "Both ran the same seeds: the runs pair up (the tests below treat them as independent, which is conservative)."
                        : "The sweeps ran different seeds.", "outcome", "A", "B", "B - A", "z, p"));
        for (Share s : r.outcomes()) {
            if (!s.occurs()) continue;
            t.append(String.format(Locale.ROOT, "  %-12s %5.1f%% [%5.1f, %5.1f]    %5.1f%% [%5.1f, %5.1f]    %+6.1f [%+6.1f, %+6.1f]    %s%s%n",
                    s.outcome(), 100 * s.a().share(), 100 * s.a().low(), 100 * s.a().high(), 100 * s.b().share(), 100 * s.b().low(),
                    100 * s.b().high(), 100 * s.difference(), 100 * s.differenceLow(), 100 * s.differenceHigh(),
                    Double.isNaN(s.z()) ? "-" : String.format(Locale.ROOT, "z = %+.2f, %s", s.z(), OutcomeComparison.pIs(s.p())), s.differs() ? "  *" : ""));
        }
        t.append("\nChi-square test that both have the same outcome distribution: ").append(r.test()).append('\n');
        t.append("(* the 95% interval of the difference excludes 0; with several outcomes, read single p-values with care)\n");
        t.append(String.format(Locale.ROOT, "%nMetrics (mean over the runs), Welch's t-test of B against A:%n  %-24s %12s %12s %12s  %s%n",
                "metric", "A", "B", "B - A", "p"));
        for (Metric m : r.metrics()) {
            t.append(String.format(Locale.ROOT, "  %-24s %12.4f %12.4f %+12.4f  %s%n", m.metric(), m.meanA(), m.meanB(),
                    m.meanB() - m.meanA(), Double.isNaN(m.p()) ? "-" : p(m.p())));
        }
        return t.toString();
    }

    private static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : Arrays.stream(v).sum() / v.length;
    }

    private static double welch(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) return Double.NaN;
        if (Arrays.stream(a).distinct().count() == 1 && Arrays.stream(b).distinct().count() == 1) {
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

    /** Writes {@link #FILES} into {@code dir}. */
    public static void write(OutcomeComparison r, Path dir) throws IOException {
        String comment = "samen compare: A=" + r.nameA() + " B=" + r.nameB();
        try (CSVPrinter p = printer(dir.resolve(FILES.get(0)), comment, "outcome", "n_a", "count_a", "share_a", "ci_low_a",
                "ci_high_a", "n_b", "count_b", "share_b", "ci_low_b", "ci_high_b", "difference", "difference_ci_low", "difference_ci_high",
                "z", "p")) {
            for (Share s : r.outcomes()) {
                p.printRecord(s.outcome(), r.runsA(), s.a().count(), n(s.a().share()), n(s.a().low()), n(s.a().high()),
                        r.runsB(), s.b().count(), n(s.b().share()), n(s.b().low()), n(s.b().high()), n(s.difference()),
                        n(s.differenceLow()), n(s.differenceHigh()), n(s.z()), n(s.p()));
            }
        }
        try (CSVPrinter p = printer(dir.resolve(FILES.get(1)), comment, "metric", "mean_a", "mean_b", "difference", "welch_p")) {
            for (Metric m : r.metrics()) p.printRecord(m.metric(), n(m.meanA()), n(m.meanB()), n(m.meanB() - m.meanA()), n(m.p()));
        }
        try (CSVPrinter p = printer(dir.resolve(FILES.get(2)), comment, "test", "statistic", "df", "p", "same_seeds")) {
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
