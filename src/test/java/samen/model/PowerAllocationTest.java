package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import samen.model.config.PowerSettings;
import samen.model.config.PowerSettings.PowerDistribution;

/** Each power distribution produces the shares it promises (scenario key power.distribution). */
class PowerAllocationTest {

    private static final double ALPHA = 0.01;

    private static PowerAllocation draw(PowerDistribution d, int n, long seed) {
        return PowerAllocation.draw(new PowerSettings(d, 0.6, 1.16, 0.5, 0.3), n, new MersenneTwisterFast(seed));
    }

    @ParameterizedTest
    @EnumSource(PowerDistribution.class)
    void sharesArePositiveAndSumToOne(PowerDistribution d) {
        for (long seed = 0; seed < 200; seed++) {
            PowerAllocation p = draw(d, 7, seed);
            for (double[] shares : new double[][] {p.actual(), p.perceived()}) {
                assertThat(Arrays.stream(shares).sum()).isCloseTo(1.0, within(1e-12));
                assertThat(Arrays.stream(shares).min().orElseThrow()).isPositive();
            }
        }
    }

    @Test
    void equalGivesEveryoneTheSameShareAndSeesItRightly() {
        PowerAllocation p = draw(PowerDistribution.EQUAL, 5, 1);
        assertThat(p.actual()).containsOnly(0.2);
        assertThat(p.perceived()).containsExactly(p.actual());
    }

    @Test
    void dominantGivesTheFirstPartnerItsShareAndSplitsTheRest() {
        PowerAllocation p = draw(PowerDistribution.DOMINANT, 5, 1);
        assertThat(p.actual()[0]).isEqualTo(0.6);
        for (int i = 1; i < 5; i++) assertThat(p.actual()[i]).isCloseTo(0.1, within(1e-12));
    }

    /** Kolmogorov-Smirnov against Pareto(x_min 1, alpha 1.16), at significance level 0.01. */
    @Test
    void skewedDrawsFollowTheParetoDistribution() {
        double[] draws = PowerAllocation.paretoDraws(5_000, 1.16, new MersenneTwisterFast(42));
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ParetoDistribution(1, 1.16), draws);
        assertThat(p).as("KS p-value").isGreaterThan(ALPHA);
    }

    /** The KS test has power: the same draws are rejected against a clearly different shape. */
    @Test
    void theParetoTestWouldCatchAWrongShape() {
        double[] draws = PowerAllocation.paretoDraws(5_000, 1.16, new MersenneTwisterFast(42));
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ParetoDistribution(1, 2.5), draws);
        assertThat(p).isLessThan(ALPHA);
    }

    @Test
    void skewedConcentratesPowerLikeEightyTwenty() {
        // With 10 partners, the top 2 hold on average well over half the power (equal would be 20%).
        double topTwo = 0;
        int runs = 2_000;
        for (long seed = 0; seed < runs; seed++) {
            double[] s = draw(PowerDistribution.SKEWED, 10, seed).actual().clone();
            Arrays.sort(s);
            topTwo += s[9] + s[8];
        }
        assertThat(topTwo / runs).isBetween(0.5, 0.8);
    }

    /** Under unclear, log(perceived/actual), centred per run, has the configured spread. */
    @Test
    void unclearPerceivesPowerWithTheConfiguredNoise() {
        int n = 6;
        double sumSq = 0;
        int df = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            PowerAllocation p = draw(PowerDistribution.UNCLEAR, n, seed);
            double[] logRatio = new double[n];
            for (int i = 0; i < n; i++) logRatio[i] = Math.log(p.perceived()[i] / p.actual()[i]);
            double mean = Arrays.stream(logRatio).average().orElseThrow();
            for (double v : logRatio) sumSq += (v - mean) * (v - mean);
            df += n - 1;
        }
        // Pooled variance estimates sigma^2 = 0.25 with 10,000 degrees of freedom: sd of the estimate ~0.0035.
        assertThat(sumSq / df).isCloseTo(0.25, within(0.015));
    }
}
