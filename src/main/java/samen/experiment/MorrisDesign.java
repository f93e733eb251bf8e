package samen.experiment;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris's one-at-a-time trajectories (Morris 1991) on a grid of p levels in the unit cube: each
 * trajectory starts at a random grid point and moves every parameter once, in random order, by
 * ±Δ with Δ = p / (2 (p - 1)). Points {@code t (k + 1) .. t (k + 1) + k} form trajectory t, so
 * consecutive points differ in one parameter and give one elementary effect each (Campolongo,
 * Cariboni and Saltelli 2007 use their absolute values, μ*). Each trajectory is drawn from its own
 * stream of the master seed, so a point is computed from its id alone.
 */
public final class MorrisDesign implements Design {

    private final List<Parameter> parameters;
    private final int trajectories;
    private final int levels;
    private final long masterSeed;

    MorrisDesign(List<Parameter> parameters, int trajectories, int levels, long masterSeed) {
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels must be even and at least 2");
        this.parameters = List.copyOf(parameters);
        this.trajectories = trajectories;
        this.levels = levels;
        this.masterSeed = masterSeed;
    }

    /** The step in unit terms. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    @Override
    public long points() {
        return (long) trajectories * (parameters.size() + 1);
    }

    @Override
    public List<String> values(long id) {
        return UnitPoints.values(parameters, unit(id));
    }

    /** Point {@code id} in the unit cube. */
    public double[] unit(long id) {
        int k = parameters.size();
        Trajectory t = trajectory((int) (id / (k + 1)));
        double[] x = t.start.clone();
        for (int m = 0; m < id % (k + 1); m++) x[t.order[m]] += t.direction[t.order[m]] * delta();
        return x;
    }

    /**
     * The parameter that changed from point {@code id - 1} to {@code id}, or -1 for a trajectory's
     * first point.
     */
    public int changed(long id) {
        int k = parameters.size();
        int m = (int) (id % (k + 1));
        return m == 0 ? -1 : trajectory((int) (id / (k + 1))).order[m - 1];
    }

    /** The signed step in unit terms from point {@code id - 1} to {@code id} (see {@link #changed}). */
    public double step(long id) {
        int k = parameters.size();
        int factor = changed(id);
        return factor < 0 ? 0 : trajectory((int) (id / (k + 1))).direction[factor] * delta();
    }

    private record Trajectory(double[] start, int[] order, int[] direction) {
    }

    private Trajectory trajectory(int t) {
        RandomGenerator random = new MersenneTwister(RunSeeds.stream(masterSeed, "morris", t));
        int k = parameters.size();
        double[] start = new double[k];
        int[] direction = new int[k];
        double delta = delta();
        for (int i = 0; i < k; i++) {
            // A base level from which +Δ stays inside [0, 1]; a downward move starts Δ above it.
            double base = random.nextInt(levels / 2) / (double) (levels - 1);
            direction[i] = random.nextBoolean() ? 1 : -1;
            start[i] = direction[i] > 0 ? base : base + delta;
        }
        int[] order = MathArrays.natural(k);
        MathArrays.shuffle(order, random);
        return new Trajectory(start, order, direction);
    }
}
