package samen.experiment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;
import samen.experiment.analysis.Interval;

/**
 * The toolkit against published values, hand counts and independent computations: Agresti's
 * alcohol and malformation table, exact permutation moments, Commons Math's own tests.
 */
class StatisticsTest {

    /**
     * Agresti, Categorical Data Analysis (2002), table 2.7 and §3.4.6: infant malformation by
     * mother's alcohol consumption, scores 0, 0.5, 1.5, 4, 7; the trend statistic is z = 2.56
     * (M² = 6.57, one-sided P = 0.005).
     */
    @Test
    void cochranArmitageMatchesAgrestisMalformationExample() {
        long[] present = {48, 38, 5, 1, 1};
        long[] absent = {17066, 14464, 788, 126, 37};
        long[] runs = new long[5];
        for (int i = 0; i < 5; i++) runs[i] = present[i] + absent[i];
        ZTest trend = Trend.cochranArmitage(runs, present, new double[] {0, 0.5, 1.5, 4, 7});
        assertThat(trend.z()).isCloseTo(2.56, within(0.01));
        assertThat(trend.p(Direction.UP)).isCloseTo(0.0052, within(0.0005));
        assertThat(trend.p(Direction.DOWN)).isCloseTo(1 - trend.p(Direction.UP), within(1e-12));
    }

    /** z = sqrt(N) r, r the Pearson correlation of score and 0/1 outcome over all runs. */
    @Test
    void cochranArmitageEqualsScaledPearsonCorrelation() {
        long[] runs = {20, 25, 30, 18, 22};
        long[] events = {3, 7, 9, 10, 15};
        double[] scores = {0.1, 0.3, 0.5, 0.7, 0.9};
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            for (int r = 0; r < runs[i]; r++) rows.add(new double[] {scores[i], r < events[i] ? 1 : 0});
        }
        double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] y = rows.stream().mapToDouble(r -> r[1]).toArray();
        double r = new PearsonsCorrelation().correlation(x, y);
        assertThat(Trend.cochranArmitage(runs, events, scores).z()).isCloseTo(Math.sqrt(x.length) * r, within(1e-9));
    }

    @Test
    void noVarianceMeansNoEvidence() {
        ZTest none = Trend.cochranArmitage(new long[] {10, 10, 10}, new long[] {0, 0, 0}, new double[] {1, 2, 3});
        assertThat(none.z()).isNaN();
        assertThat(none.p(Direction.UP)).isEqualTo(1);
        assertThat(Trend.jonckheereTerpstra(new double[][] {{1, 1}, {1, 1}}).p(Direction.DOWN)).isEqualTo(1);
    }

    /** J counted by hand: (1,2 | 3,4 | 5) has 4 + 2 + 2 = 8 pairs, every one rising; reversed, none. */
    /** A NaN is refused; its tie count would otherwise never move on. */
    @Test
    @org.junit.jupiter.api.Timeout(10)
    void jonckheereRefusesANaN() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Trend.jonckheereTerpstra(new double[][] {{1, 2}, {3, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 2");
    }

    @Test
    void jonckheereCountsOrderedPairs() {
        double[][] increasing = {{1, 2}, {3, 4}, {5}};
        // No ties: E(J) = (N² - Σ n²)/4 = (25 - 9)/4 = 4, Var = (N²(2N+3) - Σ n²(2n+3))/72.
        double variance = (25.0 * 13 - (4 * 7 + 4 * 7 + 1 * 5)) / 72;
        assertThat(Trend.jonckheereTerpstra(increasing).z()).isCloseTo((8 - 4) / Math.sqrt(variance), within(1e-12));
        double[][] decreasing = {{5}, {3, 4}, {1, 2}};
        assertThat(Trend.jonckheereTerpstra(decreasing).z()).isCloseTo(-(4 - 0) / Math.sqrt(variance), within(1e-12));
    }

    /**
     * With ties, the variance the normal approximation uses equals the exact permutation variance
     * of J: every one of the 7!/(2! 2! 3!) = 210 ways to give the labels to the values, enumerated.
     */
    @Test
    void jonckheereTieCorrectedVarianceIsTheExactPermutationVariance() {
        double[] values = {1, 1, 2, 3, 3, 3, 4};
        int[] sizes = {2, 2, 3};
        List<Double> js = new ArrayList<>();
        enumerate(values, sizes, new int[values.length], 0, new int[sizes.length], js);
        assertThat(js).hasSize((int) (CombinatoricsUtils.factorial(7) / (2 * 2 * 6)));
        double mean = js.stream().mapToDouble(d -> d).average().orElseThrow();
        double variance = js.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / js.size();
        double[][] observed = {{1, 1}, {2, 3}, {3, 3, 4}};
        double j = jByHand(observed);
        assertThat(Trend.jonckheereTerpstra(observed).z()).isCloseTo((j - mean) / Math.sqrt(variance), within(1e-9));
    }

    private static void enumerate(double[] values, int[] sizes, int[] label, int at, int[] used, List<Double> out) {
        if (at == values.length) {
            double[][] groups = new double[sizes.length][];
            int[] fill = new int[sizes.length];
            for (int g = 0; g < sizes.length; g++) groups[g] = new double[sizes[g]];
            for (int i = 0; i < values.length; i++) groups[label[i]][fill[label[i]]++] = values[i];
            out.add(jByHand(groups));
            return;
        }
        for (int g = 0; g < sizes.length; g++) {
            if (used[g] == sizes[g]) continue;
            used[g]++;
            label[at] = g;
            enumerate(values, sizes, label, at + 1, used, out);
            used[g]--;
        }
    }

    private static double jByHand(double[][] groups) {
        double j = 0;
        for (int a = 0; a < groups.length; a++) {
            for (int b = a + 1; b < groups.length; b++) {
                for (double x : groups[a]) for (double y : groups[b]) j += y > x ? 1 : y == x ? 0.5 : 0;
            }
        }
        return j;
    }

    /** Without ties, Mann-Whitney's two-sided p agrees with Commons Math's. */
    @Test
    void mannWhitneyAgreesWithCommonsMath() {
        Random random = new Random(7);
        double[] a = random.doubles(30).map(v -> v + 0.2).toArray();
        double[] b = random.doubles(40).toArray();
        ZTest test = Contrast.mannWhitney(a, b);
        assertThat(test.z()).isPositive();
        assertThat(test.pTwoSided()).isCloseTo(new MannWhitneyUTest().mannWhitneyUTest(a, b), within(1e-9));
    }

    /** z² is Pearson's chi-square of the 2x2 table. */
    @Test
    void twoProportionZSquaredIsTheChiSquare() {
        ZTest z = Contrast.proportions(70, 200, 45, 200);
        double chi = new ChiSquareTest().chiSquare(new long[][] {{70, 130}, {45, 155}});
        assertThat(z.z() * z.z()).isCloseTo(chi, within(1e-9));
        assertThat(z.z()).isPositive();
        assertThat(z.pTwoSided()).isCloseTo(new ChiSquareTest().chiSquareTest(new long[][] {{70, 130}, {45, 155}}), within(1e-9));
    }

    /** (0.6 - 0.2) - (0.5 - 0.4) = 0.3 over sqrt(Σ p(1-p)/n), by hand. */
    @Test
    void differenceOfDifferences() {
        ZTest did = Contrast.linear(new long[] {60, 20, 50, 40}, new long[] {100, 100, 100, 100},
                new double[] {1, -1, -1, 1}, 0);
        double se = Math.sqrt((0.24 + 0.16 + 0.25 + 0.24) / 100);
        assertThat(did.z()).isCloseTo(0.3 / se, within(1e-12));
        ZTest halves = Contrast.linear(new long[] {240, 60}, new long[] {300, 300}, new double[] {1, -2}, 0);
        assertThat(halves.z()).isCloseTo((0.8 - 0.4) / Math.sqrt(0.16 / 300 + 4 * 0.16 / 300), within(1e-12));
    }

    /** The textbook example: 0.01, 0.04, 0.03, 0.005 become 0.03, 0.06, 0.06, 0.02. */
    @Test
    void holmStepsDownAndStaysMonotone() {
        assertThat(Holm.adjust(0.01, 0.04, 0.03, 0.005)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
        assertThat(Holm.adjust(0.5, 0.9)).containsExactly(1.0, 1.0);
        assertThat(Holm.adjust()).isEmpty();
    }

    /** A band holds a share when the share's whole interval lies inside it. */
    @Test
    void aBandContainsAnIntervalWhollyInsideIt() {
        Band band = new Band(0.3, 0.6);
        assertThat(band.contains(Interval.share(200, 90))).isTrue(); // 0.45, 0.38 to 0.52
        assertThat(band.contains(Interval.share(200, 66))).isFalse(); // 0.33, but the interval reaches 0.27
        assertThat(band.contains(Interval.share(200, 20))).isFalse();
    }

    /** Wilson's interval for 5 of 20 by its closed form: 0.1119 to 0.4687. */
    @Test
    void wilsonIntervalOfAShare() {
        Interval share = Interval.share(20, 5);
        assertThat(share.low()).isCloseTo(0.1119, within(1e-4));
        assertThat(share.high()).isCloseTo(0.4687, within(1e-4));
    }
}
