package samen.experiment.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A test statistic that is standard normal under the null hypothesis (exactly or by its normal
 * approximation), positive when the response rises with the factor or the first group is larger.
 * NaN when the data cannot say (no variance: every run alike); its p-values are then 1.
 *
 * @param name the test, for tables: {@code cochran-armitage}, {@code jonckheere-terpstra}, ...
 * @param z    the standardised statistic
 */
public record ZTest(String name, double z) {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** One-sided p-value for an effect in {@code direction}. */
    public double p(Direction direction) {
        if (Double.isNaN(z)) return 1;
        return direction == Direction.UP ? NORMAL.cumulativeProbability(-z) : NORMAL.cumulativeProbability(z);
    }

    /** Two-sided p-value. */
    public double pTwoSided() {
        if (Double.isNaN(z)) return 1;
        return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
    }
}
