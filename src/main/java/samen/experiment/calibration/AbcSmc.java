package samen.experiment.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import samen.experiment.RunSeeds;
import samen.experiment.SweepException;
import samen.scenario.ScenarioException;

/**
 * Approximate Bayesian computation by sequential Monte Carlo: population Monte Carlo ABC (Beaumont,
 * Cornuet, Marin and Robert 2009; Toni et al. 2009) with tolerances that adapt (each one a quantile of
 * the last population's distances, as Drovandi and Pettitt 2011 and Del Moral et al. 2012 choose them).
 *
 * <p>The prior is uniform on the unit cube (each parameter uniform over its range or its levels);
 * generation 0 is the design's points, all kept with equal weights. Generation t draws particles of
 * generation t - 1 by weight, moves each with a Gaussian kernel whose covariance is twice the
 * population's weighted covariance (Beaumont et al.), proposals outside the prior are drawn again,
 * and keeps those within tolerance until the population is full again. A kept particle's importance
 * weight is its prior density over the mixture it was proposed from,
 * {@code 1 / sum_j w_j K(theta | theta_j)}. Distances are the norm of the targets' misses, each scaled
 * by its spread over generation 0 ({@link Abc}), fixed for the whole run so tolerances compare.
 *
 * <p>Proposals go to the model in batches of the population's size, so they run in parallel; they
 * are drawn from one generator seeded from the master seed, and kept in proposal order, so the result
 * is the same for any thread count, and a search run again after a kill replays the batches already
 * run. A generation that has not filled after {@value #MAX_BATCHES} batches ends the search (the
 * tolerance has become too tight for the model's noise): the last full population is the posterior.
 */
public final class AbcSmc {

    static final int MAX_BATCHES = 10;
    private static final int MAX_REDRAWS = 1000;
    private static final double RIDGE = 1e-10;

    /** A point proposed: where, what the model gave, its distance, the tolerance it faced and whether it was kept. */
    public record Proposal(int generation, int batch, int point, double[] unit, double[] summaries, double distance,
                           double tolerance, boolean accepted) {
    }

    /** A member of a population, with its normalised importance weight. */
    public record Particle(double[] unit, double[] summaries, double distance, double weight) {
    }

    /** Told after each batch, with every proposal so far. */
    @FunctionalInterface
    public interface Listener {
        void batch(List<Proposal> all) throws IOException;
    }

    /**
     * @param tolerances the tolerance of each generation after the first that filled
     * @param stopped    a generation did not fill within its batches, so the search ended early
     */
    public record Result(List<Proposal> proposals, List<Particle> posterior, List<Double> tolerances, boolean stopped) {

        /** Effective sample size of the posterior, {@code 1 / sum w^2}. */
        public double effectiveSize() {
            return 1 / posterior.stream().mapToDouble(p -> p.weight() * p.weight()).sum();
        }
    }

    private AbcSmc() {
    }

    public static Result run(List<double[]> first, List<Target> targets, int generations, double quantile, long masterSeed,
                             BatchModel model, Listener listener)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        int size = first.size();
        List<Proposal> proposals = new ArrayList<>();
        double[][] summaries = model.evaluate(batch(0, 0), first);
        double[] scales = Abc.scales(summaries);
        double[] distances = Abc.distances(targets, summaries, scales);
        List<Particle> population = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double[] s = column(summaries, i);
            boolean known = !Double.isNaN(distances[i]);
            proposals.add(new Proposal(0, 0, i, first.get(i), s, distances[i], Double.POSITIVE_INFINITY, known));
            if (known) population.add(new Particle(first.get(i), s, distances[i], 0));
        }
        population = normalised(population, population.stream().mapToDouble(p -> 1).toArray());
        listener.batch(List.copyOf(proposals));
        RandomGenerator random = new MersenneTwister(RunSeeds.stream(masterSeed, "abc-smc", 0));
        List<Double> tolerances = new ArrayList<>();
        for (int g = 1; g <= generations; g++) {
            if (population.size() < 2) return new Result(List.copyOf(proposals), population, tolerances, true);
            double tolerance = quantile(population.stream().mapToDouble(Particle::distance).toArray(), quantile);
            Kernel kernel = new Kernel(population);
            List<Particle> kept = new ArrayList<>();
            for (int b = 0; b < MAX_BATCHES && kept.size() < size; b++) {
                List<double[]> batch = new ArrayList<>();
                for (int j = 0; j < size; j++) batch.add(kernel.propose(population, random));
                double[][] s = model.evaluate(batch(g, b), batch);
                double[] d = Abc.distances(targets, s, scales);
                for (int j = 0; j < size; j++) {
                    boolean accepted = !Double.isNaN(d[j]) && d[j] <= tolerance && kept.size() < size;
                    proposals.add(new Proposal(g, b, j, batch.get(j), column(s, j), d[j], tolerance, accepted));
                    if (accepted) kept.add(new Particle(batch.get(j), column(s, j), d[j], 0));
                }
                listener.batch(List.copyOf(proposals));
            }
            if (kept.size() < size) return new Result(List.copyOf(proposals), population, tolerances, true);
            double[] weights = new double[size];
            for (int j = 0; j < size; j++) weights[j] = 1 / Math.max(Double.MIN_NORMAL, kernel.mixture(kept.get(j).unit(), population));
            population = normalised(kept, weights);
            tolerances.add(tolerance);
        }
        return new Result(List.copyOf(proposals), population, tolerances, false);
    }

    static String batch(int generation, int batch) {
        return String.format(Locale.ROOT, "gen-%02d-batch-%03d", generation, batch);
    }

    private static double[] column(double[][] summaries, int point) {
        double[] s = new double[summaries.length];
        for (int t = 0; t < summaries.length; t++) s[t] = summaries[t][point];
        return s;
    }

    private static List<Particle> normalised(List<Particle> particles, double[] weights) {
        double total = Arrays.stream(weights).sum();
        List<Particle> result = new ArrayList<>();
        for (int i = 0; i < particles.size(); i++) {
            Particle p = particles.get(i);
            result.add(new Particle(p.unit(), p.summaries(), p.distance(), weights[i] / total));
        }
        return result;
    }

    /** The {@code q} quantile of {@code x} (linear between order statistics). */
    static double quantile(double[] x, double q) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double h = q * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The weighted {@code q} quantile: the smallest value whose cumulative weight reaches {@code q}. */
    public static double weightedQuantile(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double total = Arrays.stream(w).sum();
        double cumulative = 0;
        for (Integer i : order) {
            cumulative += w[i] / total;
            if (cumulative >= q - 1e-12) return x[i];
        }
        return x[order[order.length - 1]];
    }

    /** The Gaussian perturbation kernel of one generation: covariance twice the population's weighted covariance. */
    private static final class Kernel {
        private final RealMatrix lower;
        private final RealMatrix inverse;
        private final double[] cumulative;

        Kernel(List<Particle> population) {
            int k = population.get(0).unit().length;
            double[] mean = new double[k];
            for (Particle p : population) for (int a = 0; a < k; a++) mean[a] += p.weight() * p.unit()[a];
            double[][] cov = new double[k][k];
            for (Particle p : population) {
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) cov[a][b] += 2 * p.weight() * (p.unit()[a] - mean[a]) * (p.unit()[b] - mean[b]);
                }
            }
            for (int a = 0; a < k; a++) cov[a][a] += RIDGE;
            CholeskyDecomposition cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(cov), 1e-6, 1e-300);
            lower = cholesky.getL();
            inverse = cholesky.getSolver().getInverse();
            cumulative = new double[population.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) cumulative[i] = sum += population.get(i).weight();
        }

        /** A particle drawn by weight and moved; moves that leave the unit cube are drawn again. */
        double[] propose(List<Particle> population, RandomGenerator random) {
            double[] from = population.get(pick(random.nextDouble())).unit();
            int k = from.length;
            for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
                double[] z = new double[k];
                for (int a = 0; a < k; a++) z[a] = random.nextGaussian();
                double[] moved = lower.operate(z);
                boolean inside = true;
                for (int a = 0; a < k; a++) {
                    moved[a] += from[a];
                    inside &= moved[a] >= 0 && moved[a] <= 1;
                }
                if (inside) return moved;
            }
            return from.clone(); // a population pressed into a corner: stay put rather than leave the prior
        }

        private int pick(double u) {
            double total = cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) if (u * total < cumulative[i]) return i;
            return cumulative.length - 1;
        }

        /** {@code sum_j w_j K(theta | theta_j)}, without the kernel's constant (the same for every particle). */
        double mixture(double[] theta, List<Particle> population) {
            double sum = 0;
            for (Particle p : population) {
                double[] diff = new double[theta.length];
                for (int a = 0; a < theta.length; a++) diff[a] = theta[a] - p.unit()[a];
                double[] solved = inverse.operate(diff);
                double q = 0;
                for (int a = 0; a < theta.length; a++) q += diff[a] * solved[a];
                sum += p.weight() * Math.exp(-0.5 * q);
            }
            return sum;
        }
    }
}
