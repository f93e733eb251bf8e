package samen.experiment.facts;

import samen.experiment.stats.ZTest;

/**
 * What the runs say about one fact.
 *
 * @param effect the response where the factor is lowest and highest (or the share and its
 *               interval, or the effect under each condition), for people
 * @param from   the response at the first level (or the first effect compared)
 * @param to     the response at the last level (or the second effect compared)
 * @param test   the test statistic; {@code null} for a check (a base rate), which has none
 * @param p      the one-sided p-value in the expected direction; NaN for a check
 * @param cells  the response in every cell, {@code level=response} separated by {@code ; }
 */
public record Evaluation(String effect, double from, double to, ZTest test, double p, String cells) {

    /** The test's name, for tables. */
    public String statistic() {
        return test == null ? "wilson interval" : test.name();
    }

    /** The z value; NaN for a check. */
    public double z() {
        return test == null ? Double.NaN : test.z();
    }
}
