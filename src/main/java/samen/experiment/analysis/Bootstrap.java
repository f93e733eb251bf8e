package samen.experiment.analysis;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Percentile bootstrap: the statistic recomputed on resamples (with replacement) of the units it
 * averages over (Morris: trajectories; Sobol: base samples). Seeded, so an analysis is reproducible.
 */
final class Bootstrap {

    static final int RESAMPLES = 1000;

    private final RandomGenerator random;

    Bootstrap(long seed) {
        this.random = new MersenneTwister(seed);
    }

    /** The 2.5% and 97.5% percentiles of {@code statistic} over resamples of {@code units} indices. */
    double[] interval(int units, ToDoubleFunction<int[]> statistic) {
        double[] values = new double[RESAMPLES];
        int[] pick = new int[units];
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < units; i++) pick[i] = random.nextInt(units);
            values[b] = statistic.applyAsDouble(pick);
        }
        Arrays.sort(values);
        return new double[] {values[(int) Math.floor(0.025 * (RESAMPLES - 1))], values[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }
}
