package samen.experiment.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.model.Outcome;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * Runs seeds 0..reps-1 of each cell in-process on a pool of {@code threads} (facts, response curves
 * and the claim tests all run this way). Each run depends on its
 * scenario and seed only and lands in its own slot, so the samples are the same for any thread count.
 */
public final class Batch {

    private Batch() {
    }

    /** The base scenario with {@code first}, then {@code then} applied as {@code --set} overrides. */
    static Scenario cell(ScenarioLoader.Prepared base, List<String> first, List<String> then) throws ScenarioException {
        return base.with(overrides(base, first, then));
    }

    /**
     * {@code first}, then {@code then}; an override of every history line ({@link Level#startingTrust},
     * {@link Level#startingHistory}) only where the base carries a history, since without one the
     * scenario's initial trust and vigilance are what every pair starts with.
     */
    private static List<String> overrides(ScenarioLoader.Prepared base, List<String> first, List<String> then) {
        List<String> overrides = new ArrayList<>(first);
        overrides.addAll(then);
        if (!base.has(Level.HISTORY)) overrides.removeIf(o -> o.startsWith(Level.EVERY_HISTORY_LINE));
        return overrides;
    }

    /**
     * True when some of {@code cells}, after {@code first}, replace the partners a line of the
     * base scenario's history names, so that line is left out there (the partner-count levels of
     * a scenario with a history); the output says so.
     */
    static boolean leavesOutHistory(ScenarioLoader.Prepared base, List<String> first, List<List<String>> cells) {
        return cells.stream().anyMatch(cell -> base.historyLeftOut(overrides(base, first, cell)) > 0);
    }

    /**
     * Runs {@code task} for 0..n-1 on a pool of {@code threads}; each task writes its own slot, so
     * the result does not depend on the order the pool runs them in.
     */
    static void forEach(int n, int threads, IntConsumer task) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Seeds 0..reps-1 of every cell; keeps each run's outcome and final metrics only (a response
     * curve has tens of thousands of runs).
     */
    public static List<Sample> run(List<Scenario> cells, int reps, int threads) {
        if (reps < 1 || threads < 1) throw new IllegalArgumentException("reps and threads must be at least 1");
        if (cells.isEmpty()) return List.of();
        // The engine reports the same metrics, in the same order, for every run.
        List<String> names = List.copyOf(Simulation.create(cells.get(0).model(), 0).run(0, List.of()).metrics().keySet());
        int runs = cells.size() * reps;
        Outcome[] outcomes = new Outcome[runs];
        double[][] metrics = new double[names.size()][runs];
        forEach(runs, threads, i -> {
            Scenario cell = cells.get(i / reps);
            RunResult r = Simulation.create(cell.model(), i % reps).run(cell.steps(), List.of());
            outcomes[i] = r.outcome();
            for (int m = 0; m < names.size(); m++) metrics[m][i] = r.metrics().get(names.get(m));
        });
        List<Sample> samples = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            int from = c * reps;
            Map<String, double[]> values = new LinkedHashMap<>();
            for (int m = 0; m < names.size(); m++) values.put(names.get(m), Arrays.copyOfRange(metrics[m], from, from + reps));
            samples.add(new Sample(Arrays.copyOfRange(outcomes, from, from + reps), values));
        }
        return samples;
    }
}
