package samen.experiment;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each parameter's range is cut into N
 * equal strata, each stratum is sampled once, and the strata are paired at random. Holds one
 * N × k table of the design's own samples (not per run).
 */
public final class LatinHypercube implements Design {

    private final List<Parameter> parameters;
    private final double[][] unit;

    LatinHypercube(List<Parameter> parameters, int samples, long masterSeed) {
        this.parameters = List.copyOf(parameters);
        RandomGenerator random = new MersenneTwister(RunSeeds.stream(masterSeed, "lhs", 0));
        int k = parameters.size();
        unit = new double[samples][k];
        for (int j = 0; j < k; j++) {
            int[] strata = MathArrays.natural(samples);
            MathArrays.shuffle(strata, random);
            for (int i = 0; i < samples; i++) unit[i][j] = (strata[i] + random.nextDouble()) / samples;
        }
    }

    @Override
    public long points() {
        return unit.length;
    }

    @Override
    public List<String> values(long id) {
        return UnitPoints.values(parameters, unit[(int) id]);
    }
}
