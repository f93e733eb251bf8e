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

    /**
     * The 2.5% and 97.5% percentiles of {@code statistic} over resamples of {@code units} indices;
     * resamples where it is undefined (NaN: no variance in the resample) are left out.
     */
    double[] interval(int units, ToDoubleFunction<int[]> statistic) {
        double[] values = new double[RESAMPLES];
        int defined = 0;
        int[] pick = new int[units];
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < units; i++) pick[i] = random.nextInt(units);
            double v = statistic.applyAsDouble(pick);
            if (!Double.isNaN(v)) values[defined++] = v;
        }
        if (defined == 0) return new double[] {Double.NaN, Double.NaN};
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.025 * (defined - 1))], sorted[(int) Math.ceil(0.975 * (defined - 1))]};
    }
}
