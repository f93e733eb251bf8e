package samen.experiment.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.initialization.InjectedInitialization;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;
import samen.experiment.RunSeeds;
import samen.experiment.SweepException;
import samen.scenario.ScenarioException;

/**
 * A multi-objective search for the targets with NSGA-II (Deb et al. 2002), as the MOEA Framework
 * implements it: one objective per target, its miss (0 inside a range), so a point that meets one
 * pattern and a point that meets another both stay on the front rather than being averaged away.
 * The search runs in the unit cube (one coordinate per parameter); the design's points are its first
 * generation, and each later generation is one batch of offspring.
 *
 * <p>Deterministic and resumable: the MOEA Framework draws every random number from its one global
 * generator ({@link PRNG}), which is seeded from the master seed and used by this search alone (a lock
 * keeps two searches in one JVM apart), and the model's answers come from batches that are evaluated
 * whole. Run again after a kill, the search replays: the batches already run are read back, so the
 * algorithm passes through the same states and asks for the same points as before.
 */
public final class Nsga2 {

    /** The miss of a point without summaries (all its runs failed): worse than any real one. */
    static final double NO_SUMMARY = 1e12;
    private static final Object GLOBAL_GENERATOR = new Object();

    /** A point evaluated: its generation and place in it, its coordinates and its summaries, one per target. */
    public record Evaluation(int generation, int point, double[] unit, double[] summaries) {
    }

    /** Told after each generation, with every evaluation so far. */
    @FunctionalInterface
    public interface Listener {
        void generation(List<Evaluation> all) throws IOException;
    }

    /**
     * Every point evaluated, in order, and which of them are on the Pareto front of all of them.
     *
     * @param misses    per evaluation, per target its miss
     * @param distances per evaluation, the misses' norm with each target scaled by its spread ({@link Abc})
     */
    public record Result(List<Evaluation> evaluations, double[][] misses, double[] distances, boolean[] pareto) {

        public long paretoSize() {
            int n = 0;
            for (boolean p : pareto) if (p) n++;
            return n;
        }
    }

    private Nsga2() {
    }

    /**
     * @param first       the first generation's points (the design), at least 4
     * @param generations generations after the first
     */
    public static Result run(List<double[]> first, List<Target> targets, int generations, long masterSeed, BatchModel model,
                             Listener listener) throws ScenarioException, SweepException, IOException, InterruptedException {
        int k = first.get(0).length;
        List<Evaluation> all = new ArrayList<>();
        synchronized (GLOBAL_GENERATOR) {
            PRNG.setRandom(new Random(RunSeeds.stream(masterSeed, "nsga2", 0)));
            Unit problem = new Unit(k, targets.size());
            List<Solution> injected = new ArrayList<>();
            for (double[] u : first) {
                Solution s = problem.newSolution();
                RealVariable.setReal(s, u);
                injected.add(s);
            }
            Batched algorithm = new Batched(problem, targets, model, listener, all);
            algorithm.setInitialPopulationSize(first.size());
            algorithm.setInitialization(new InjectedInitialization(problem, injected));
            try {
                for (int g = 0; g <= generations; g++) algorithm.step();
            } catch (ModelFailure e) {
                e.rethrow();
            }
        }
        return result(all, targets);
    }

    static Result result(List<Evaluation> all, List<Target> targets) {
        int n = all.size();
        double[][] summaries = new double[targets.size()][n];
        double[][] misses = new double[n][targets.size()];
        for (int e = 0; e < n; e++) {
            for (int t = 0; t < targets.size(); t++) {
                summaries[t][e] = all.get(e).summaries()[t];
                misses[e][t] = objective(targets.get(t), summaries[t][e]);
            }
        }
        double[] distances = Abc.distances(targets, summaries, Abc.scales(summaries));
        return new Result(List.copyOf(all), misses, distances, nondominated(misses));
    }

    static double objective(Target target, double summary) {
        double miss = target.miss(summary);
        return Double.isNaN(miss) ? NO_SUMMARY : miss;
    }

    /** Which rows no other row dominates (at most as large in every column and smaller in one). */
    static boolean[] nondominated(double[][] rows) {
        boolean[] front = new boolean[rows.length];
        Arrays.fill(front, true);
        for (int a = 0; a < rows.length; a++) {
            for (int b = 0; b < rows.length && front[a]; b++) {
                if (b != a && dominates(rows[b], rows[a])) front[a] = false;
            }
        }
        return front;
    }

    private static boolean dominates(double[] x, double[] y) {
        boolean better = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > y[i]) return false;
            if (x[i] < y[i]) better = true;
        }
        return better;
    }

    static String batch(int generation) {
        return String.format(Locale.ROOT, "gen-%03d", generation);
    }

    /** The unit cube with one objective per target; evaluation happens in batches, never one by one. */
    private static final class Unit extends AbstractProblem {
        Unit(int variables, int objectives) {
            super(variables, objectives);
        }

        @Override
        public void evaluate(Solution solution) {
            throw new UnsupportedOperationException("evaluated in batches");
        }

        @Override
        public Solution newSolution() {
            Solution s = new Solution(numberOfVariables, numberOfObjectives);
            for (int i = 0; i < numberOfVariables; i++) s.setVariable(i, new RealVariable(0, 1));
            return s;
        }
    }

    /** NSGA-II whose offspring go to the model as one batch per generation. */
    private static final class Batched extends NSGAII {
        private final List<Target> targets;
        private final BatchModel model;
        private final Listener listener;
        private final List<Evaluation> all;
        private int generation;

        Batched(Unit problem, List<Target> targets, BatchModel model, Listener listener, List<Evaluation> all) {
            super(problem);
            this.targets = targets;
            this.model = model;
            this.listener = listener;
            this.all = all;
        }

        @Override
        public void evaluateAll(Solution[] solutions) {
            evaluateAll(Arrays.asList(solutions));
        }

        @Override
        public void evaluateAll(Iterable<Solution> solutions) {
            List<Solution> batch = new ArrayList<>();
            solutions.forEach(batch::add);
            List<double[]> units = batch.stream().map(RealVariable::getReal).toList();
            try {
                double[][] summaries = model.evaluate(batch(generation), units);
                for (int i = 0; i < batch.size(); i++) {
                    double[] s = new double[targets.size()];
                    for (int t = 0; t < targets.size(); t++) {
                        s[t] = summaries[t][i];
                        batch.get(i).setObjectiveValue(t, objective(targets.get(t), s[t]));
                    }
                    all.add(new Evaluation(generation, i, units.get(i), s));
                }
                numberOfEvaluations += batch.size();
                generation++;
                listener.generation(List.copyOf(all));
            } catch (ScenarioException | SweepException | IOException | InterruptedException e) {
                throw new ModelFailure(e);
            }
        }
    }

    /** Carries a checked exception of the model out through the MOEA Framework's unchecked calls. */
    private static final class ModelFailure extends RuntimeException {
        ModelFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws ScenarioException, SweepException, IOException, InterruptedException {
            Throwable cause = getCause();
            if (cause instanceof ScenarioException e) throw e;
            if (cause instanceof SweepException e) throw e;
            if (cause instanceof IOException e) throw e;
            if (cause instanceof InterruptedException e) throw e;
            throw this;
        }
    }
}
