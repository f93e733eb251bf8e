package samen.experiment.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import samen.engine.RunResult;
import samen.engine.Simulation;
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
        List<String> overrides = new ArrayList<>(first);
        overrides.addAll(then);
        return base.with(overrides);
    }

    public static List<Sample> run(List<Scenario> cells, int reps, int threads) {
        if (reps < 1 || threads < 1) throw new IllegalArgumentException("reps and threads must be at least 1");
        RunResult[] results = new RunResult[cells.size() * reps];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, results.length).parallel().forEach(i -> {
                Scenario cell = cells.get(i / reps);
                results[i] = Simulation.create(cell.model(), i % reps).run(cell.steps(), List.of());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Sample> samples = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) samples.add(Sample.of(List.of(results).subList(c * reps, (c + 1) * reps)));
        return samples;
    }
}
