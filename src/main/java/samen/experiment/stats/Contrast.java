package samen.experiment.stats;

/** Two groups, or a weighted combination of independent groups, compared. */
public final class Contrast {

    private Contrast() {
    }

    /**
     * Two-proportion z test with the pooled share: positive when group a's share is larger. Its
     * square is Pearson's chi-square of the 2x2 table (without continuity correction).
     */
    public static ZTest proportions(long eventsA, long runsA, long eventsB, long runsB) {
        double pooled = (double) (eventsA + eventsB) / (runsA + runsB);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / runsA + 1.0 / runsB));
        double difference = (double) eventsA / runsA - (double) eventsB / runsB;
        return new ZTest("chi-square 2x2", se > 0 ? difference / se : Double.NaN);
    }

    /**
     * Mann-Whitney U test (normal approximation, corrected for ties): positive when a's values tend
     * to be larger. It is the Jonckheere-Terpstra test of two levels, b below a.
     */
    public static ZTest mannWhitney(double[] a, double[] b) {
        return new ZTest("mann-whitney", Trend.jonckheereTerpstra(new double[][] {b, a}).z());
    }

    /**
     * Wald test of a linear contrast of independent shares, {@code Σ w_i p_i - c}, with
     * standard error {@code sqrt(Σ w_i² p_i (1 - p_i) / n_i)}. A difference of differences (an
     * interaction of two factors in a 2x2 design) has weights +1, -1, -1, +1; "the share at least
     * halves" has weights 1, -2.
     */
    public static ZTest linear(long[] events, long[] runs, double[] weights, double constant) {
        if (events.length != runs.length || events.length != weights.length) {
            throw new IllegalArgumentException("need events, runs and weights of equal length");
        }
        double estimate = -constant;
        double variance = 0;
        for (int i = 0; i < events.length; i++) {
            double p = (double) events[i] / runs[i];
            estimate += weights[i] * p;
            variance += weights[i] * weights[i] * p * (1 - p) / runs[i];
        }
        return new ZTest("wald contrast", variance > 0 ? estimate / Math.sqrt(variance) : Double.NaN);
    }
}
