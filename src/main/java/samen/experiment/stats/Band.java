package samen.experiment.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Whether a share lies inside a band, tested as an equivalence (two one-sided exact binomial tests,
 * Schuirmann 1987): p is the larger of P(X >= x | share = low) and P(X <= x | share = high), small
 * only when the share is clearly above the band's low end and clearly below its high end.
 *
 * @param low  the band's lower end
 * @param high the band's upper end
 */
public record Band(double low, double high) {

    public Band {
        if (!(0 <= low && low < high && high <= 1)) throw new IllegalArgumentException("need 0 <= low < high <= 1");
    }

    /** The equivalence p-value for {@code events} of {@code runs}. */
    public double p(long events, long runs) {
        int n = Math.toIntExact(runs);
        int x = Math.toIntExact(events);
        double aboveLow = low == 0 ? 0 : 1 - new BinomialDistribution(null, n, low).cumulativeProbability(x - 1);
        double belowHigh = high == 1 ? 0 : new BinomialDistribution(null, n, high).cumulativeProbability(x);
        return Math.max(aboveLow, belowHigh);
    }
}
