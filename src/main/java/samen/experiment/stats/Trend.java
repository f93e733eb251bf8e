package samen.experiment.stats;

import java.util.Arrays;

/**
 * Dose-response trend tests over ordered levels of one factor. Both are rank- or score-based and
 * need no model of the response: they ask only whether it tends to rise (or fall) along the
 * levels, which is what a stylised fact of the form "more X, more Y" claims.
 */
public final class Trend {

    private Trend() {
    }

    /**
     * Cochran-Armitage test for a trend in a share across levels (Armitage 1955; Agresti 2002,
     * §5.3.5): {@code z = Σ s_i (x_i - n_i p) / sqrt(p (1 - p) [Σ n_i s_i² - (Σ n_i s_i)² / N])},
     * with {@code p} the overall share. Equals {@code sqrt(N) r} for the Pearson correlation
     * {@code r} of score and 0/1 outcome over all runs.
     *
     * @param runs   runs at each level
     * @param events runs at each level that ended in the event counted (e.g. failure)
     * @param scores the levels' scores, in order (usually the factor's values)
     */
    public static ZTest cochranArmitage(long[] runs, long[] events, double[] scores) {
        if (runs.length != events.length || runs.length != scores.length || runs.length < 2) {
            throw new IllegalArgumentException("need runs, events and scores for at least two levels, of equal length");
        }
        double total = 0;
        double hits = 0;
        double weighted = 0;
        double weightedSquares = 0;
        for (int i = 0; i < runs.length; i++) {
            if (events[i] < 0 || events[i] > runs[i]) throw new IllegalArgumentException("events must lie in 0..runs at level " + i);
            total += runs[i];
            hits += events[i];
            weighted += runs[i] * scores[i];
            weightedSquares += runs[i] * scores[i] * scores[i];
        }
        double share = hits / total;
        double t = 0;
        for (int i = 0; i < runs.length; i++) t += scores[i] * (events[i] - runs[i] * share);
        double variance = share * (1 - share) * (weightedSquares - weighted * weighted / total);
        return new ZTest("cochran-armitage", variance > 0 ? t / Math.sqrt(variance) : Double.NaN);
    }

    /**
     * Jonckheere-Terpstra test for an ordered alternative (Jonckheere 1954; Hollander and Wolfe
     * 1999, §6.2): {@code J} counts the pairs of observations from a lower and a higher level in
     * which the higher level's is larger (ties count one half); its normal approximation uses the
     * variance corrected for ties.
     *
     * @param groups the observations at each level, levels in increasing order
     */
    public static ZTest jonckheereTerpstra(double[][] groups) {
        if (groups.length < 2) throw new IllegalArgumentException("need at least two levels");
        double[][] sorted = new double[groups.length][];
        for (int i = 0; i < groups.length; i++) {
            sorted[i] = groups[i].clone();
            Arrays.sort(sorted[i]); // NaN sorts last; the tie count below would never pass one
            if (sorted[i].length > 0 && Double.isNaN(sorted[i][sorted[i].length - 1])) {
                throw new IllegalArgumentException("level " + (i + 1) + " has a value that is not a number");
            }
        }
        double j = 0;
        for (int a = 0; a < sorted.length; a++) {
            for (int b = a + 1; b < sorted.length; b++) j += pairsAbove(sorted[a], sorted[b]);
        }
        return new ZTest("jonckheere-terpstra", standardise(j, sorted));
    }

    /** Pairs (x from low, y from high) with y > x, plus half the ties; both arrays sorted. */
    private static double pairsAbove(double[] low, double[] high) {
        double count = 0;
        int below = 0; // low values < current y
        int notAbove = 0; // low values <= current y
        for (double y : high) {
            while (below < low.length && low[below] < y) below++;
            while (notAbove < low.length && low[notAbove] <= y) notAbove++;
            count += below + 0.5 * (notAbove - below);
        }
        return count;
    }

    private static double standardise(double j, double[][] groups) {
        double n = 0;
        double sumSquares = 0;
        double groupTerm = 0; // Σ n_i (n_i - 1)(2 n_i + 5)
        double groupPairs = 0; // Σ n_i (n_i - 1)
        double groupTriples = 0; // Σ n_i (n_i - 1)(n_i - 2)
        for (double[] g : groups) {
            double m = g.length;
            n += m;
            sumSquares += m * m;
            groupTerm += m * (m - 1) * (2 * m + 5);
            groupPairs += m * (m - 1);
            groupTriples += m * (m - 1) * (m - 2);
        }
        double[] all = Arrays.stream(groups).flatMapToDouble(Arrays::stream).sorted().toArray();
        double tieTerm = 0;
        double tiePairs = 0;
        double tieTriples = 0;
        for (int i = 0; i < all.length; ) {
            int k = i;
            while (k < all.length && all[k] == all[i]) k++;
            double t = k - i;
            tieTerm += t * (t - 1) * (2 * t + 5);
            tiePairs += t * (t - 1);
            tieTriples += t * (t - 1) * (t - 2);
            i = k;
        }
        double mean = (n * n - sumSquares) / 4;
        double variance = (n * (n - 1) * (2 * n + 5) - groupTerm - tieTerm) / 72
                + groupTriples * tieTriples / (36 * n * (n - 1) * (n - 2))
                + groupPairs * tiePairs / (8 * n * (n - 1));
        return variance > 0 ? (j - mean) / Math.sqrt(variance) : Double.NaN;
    }
}
