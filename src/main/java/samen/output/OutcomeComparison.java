package samen.output;

import java.util.List;
import java.util.Locale;

/**
 * Two sets of runs compared (two sweeps, or two scenarios over the same seeds), as the analysis
 * hands it to the text, the CSV files, the chart and the report page: per outcome both shares with
 * their 95% Wilson intervals, the difference B - A with its interval and a two-proportion z-test;
 * a chi-square test of the whole outcome distribution; per metric both means and Welch's t-test.
 *
 * @param nameA     what A is (a sweep's name)
 * @param nameB     what B is
 * @param runsA     runs in A
 * @param runsB     runs in B
 * @param outcomes  one row per outcome, in the model's order, then failed runs ({@code error})
 * @param chiSquare the chi-square statistic of homogeneity of the outcome distributions
 * @param df        its degrees of freedom (outcomes seen - 1)
 * @param p         its p-value
 * @param sameSeeds whether both ran the same seeds (their runs pair up)
 * @param metrics   one row per final metric
 */
public record OutcomeComparison(String nameA, String nameB, long runsA, long runsB, List<Share> outcomes,
                                double chiSquare, int df, double p, boolean sameSeeds, List<Metric> metrics) {

    /** A share with its interval, all as fractions of 1. */
    public record Estimate(long count, double share, double low, double high) {
    }

    /**
     * One outcome: A's and B's share, the difference B - A with Newcombe's interval, and the pooled
     * two-proportion z-statistic with its two-sided p-value (NaN and 1 when neither side has it or both have only it).
     */
    public record Share(String outcome, Estimate a, Estimate b, double difference, double differenceLow,
                       double differenceHigh, double z, double p) {

        /** Whether any run of A or B ended so. */
        public boolean occurs() {
            return a.count() + b.count() > 0;
        }

        /** Whether the interval of the difference leaves out 0. */
        public boolean differs() {
            return differenceLow > 0 || differenceHigh < 0;
        }
    }

    /** One final metric: both means over the runs that did not fail, and Welch's t-test (NaN when it cannot say). */
    public record Metric(String metric, double meanA, double meanB, double p) {
    }

    /** The same comparison with A and B named otherwise (two scenarios by their files rather than their sweeps). */
    public OutcomeComparison named(String a, String b) {
        return new OutcomeComparison(a, b, runsA, runsB, outcomes, chiSquare, df, p, sameSeeds, metrics);
    }

    /** A p-value as people read it; below what a double resolves, {@code < 1e-16}. */
    public static String p(double p) {
        if (p < 1e-16) return "< 1e-16";
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    /** {@code p = 0.0024}, or {@code p < 1e-16}. */
    public static String pIs(double p) {
        String text = p(p);
        return text.startsWith("<") ? "p " + text : "p = " + text;
    }

    /** The chi-square test as one line: {@code chi2 = 12.30, df = 3, p = 0.0064}. */
    public String test() {
        return String.format(Locale.ROOT, "chi2 = %.2f, df = %d, %s", chiSquare, df, pIs(p));
    }
}
