package samen.experiment.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** An estimate with its 95% interval; NaN parts where it is undefined (no data, one value). */
public record Interval(double estimate, double low, double high) {

    static final double LEVEL = 0.95;

    /** A share {@code count / n} with the Wilson score interval (good near 0 and 1 and for small n). */
    public static Interval share(long n, long count) {
        if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN);
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) Math.min(n, Integer.MAX_VALUE),
                (int) Math.min(count, Integer.MAX_VALUE), LEVEL);
        return new Interval((double) count / n, ci.getLowerBound(), ci.getUpperBound());
    }

    /**
     * A mean from n, the sum and the sum of squares, with Student's t interval cut to the range the
     * values took ({@code min} to {@code max}): the mean of a bounded variable (a level or share in
     * [0, 1], a count that cannot be negative) cannot lie outside the values seen, and a t interval of
     * a few skewed values otherwise reaches past the bound (a mean trust of 0.02 with an interval
     * from -0.01).
     */
    public static Interval mean(long n, double sum, double sumOfSquares, double min, double max) {
        if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN);
        double mean = sum / n;
        if (n == 1) return new Interval(mean, Double.NaN, Double.NaN);
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2) * Math.sqrt(variance / n);
        return new Interval(mean, Math.min(mean, Math.max(min, mean - half)), Math.max(mean, Math.min(max, mean + half)));
    }
}
