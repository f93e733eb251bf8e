package samen.experiment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The measurements behind {@code samen bench}. Each one runs for a time budget after a warm-up
 * (so the JIT has compiled the hot paths) and reports rates, never pass/fail.
 */
public final class Bench {

    /** Runs per second on some threads. */
    public record Throughput(int threads, long runs, double seconds) {
        public double perSecond() {
            return runs / seconds;
        }
    }

    /** Nanoseconds per organisation-step of the model and of the bare loop, at {@code partners}. */
    public record StepCost(int partners, double modelNanos, double bareNanos) {
        public double ratio() {
            return modelNanos / bareNanos;
        }
    }

    /** One run's time at a size; {@code stepsRun} may be below {@code steps} when it broke up. */
    public record Scaling(int partners, int steps, double stepsRun, double millisPerRun) {
        public double microsPerStep() {
            return millisPerRun * 1000 / stepsRun;
        }
    }

    private final Path scenarioFile;
    private final String text;
    private final ScenarioLoader.Prepared prepared;
    private final double budgetSeconds;

    /** @param budgetSeconds time per measurement (warm-ups take as long again) */
    public Bench(Path scenarioFile, double budgetSeconds) throws ScenarioException {
        this.scenarioFile = scenarioFile;
        this.text = ScenarioLoader.readText(scenarioFile, scenarioFile.toString());
        this.prepared = ScenarioLoader.prepare(text, scenarioFile.toString());
        this.budgetSeconds = budgetSeconds;
    }

    private Scenario scenario(String... overrides) throws ScenarioException {
        return prepared.with(List.of(overrides));
    }

    /** Default-scenario runs, each with its own seed, on {@code threads} threads; no I/O. */
    public Throughput throughput(int threads) throws Exception {
        Scenario s = scenario();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            measureRuns(pool, threads, s, budgetSeconds); // warm-up
            return measureRuns(pool, threads, s, budgetSeconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throughput measureRuns(ExecutorService pool, int threads, Scenario s, double seconds) throws Exception {
        AtomicLong seeds = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long runs = 0;
                while (System.nanoTime() < deadline) {
                    Simulation.create(s.model(), seeds.incrementAndGet()).run(s.steps(), List.of());
                    runs++;
                }
                return runs;
            }));
        }
        long runs = 0;
        for (Future<Long> w : workers) runs += w.get();
        return new Throughput(threads, runs, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Microseconds to build the scenario of a sweep point (one override): from the YAML text, as
     * {@code samen run} does, and from the tree read once, as a sweep does.
     */
    public double[] pointMicros() throws ScenarioException {
        double[] micros = new double[2];
        for (int way = 0; way < 2; way++) {
            for (int round = 0; round < 2; round++) { // the first round warms up
                long count = 0;
                long start = System.nanoTime();
                long deadline = start + (long) (budgetSeconds / 2 * 1e9);
                while (System.nanoTime() < deadline) {
                    List<String> override = List.of("trust.loss_rate=0.0" + (count % 9 + 1));
                    if (way == 0) ScenarioLoader.parse(text, scenarioFile.toString(), override);
                    else prepared.with(override);
                    count++;
                }
                micros[way] = (System.nanoTime() - start) / 1e3 / count;
            }
        }
        return micros;
    }

    /** The model against the bare loop at {@code partners} (generated population of the base). */
    public StepCost stepCost(int partners) throws ScenarioException {
        Scenario s = partners == 0 ? scenario() : scenario("organisations={count: " + partners + "}");
        int n = s.model().organisations().size();
        double model = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            long orgSteps = 0;
            long seed = 0;
            long start = System.nanoTime();
            long deadline = start + (long) (budgetSeconds * 1e9);
            while (System.nanoTime() < deadline) {
                RunResult r = Simulation.create(s.model(), ++seed).run(s.steps(), List.of());
                orgSteps += r.stepsRun() * n;
            }
            model = (System.nanoTime() - start) / (double) orgSteps;
        }
        double bare = 0;
        double sink = 0;
        for (int round = 0; round < 2; round++) {
            long orgSteps = 0;
            long seed = 0;
            long start = System.nanoTime();
            long deadline = start + (long) (budgetSeconds * 1e9);
            while (System.nanoTime() < deadline) {
                BareLoop loop = new BareLoop(n, ++seed);
                for (int step = 0; step < s.steps(); step++) sink += loop.step();
                orgSteps += (long) s.steps() * n;
            }
            bare = (System.nanoTime() - start) / (double) orgSteps;
        }
        if (Double.isNaN(sink)) throw new IllegalStateException("the bare loop went wrong");
        return new StepCost(n, model, bare);
    }

    /** Time per run of a generated population of {@code partners} for {@code steps} steps. */
    public Scaling scaling(int partners, int steps) throws ScenarioException {
        Scenario s = scenario("organisations={count: " + partners + "}", "steps=" + steps);
        double perRun = 0;
        double stepsRun = 0;
        for (int round = 0; round < 2; round++) {
            long runs = 0;
            long stepsTotal = 0;
            long start = System.nanoTime();
            long deadline = start + (long) (budgetSeconds * 1e9);
            while (runs == 0 || System.nanoTime() < deadline) {
                stepsTotal += Simulation.create(s.model(), runs + 1).run(s.steps(), List.of()).stepsRun();
                runs++;
            }
            perRun = (System.nanoTime() - start) / 1e6 / runs;
            stepsRun = (double) stepsTotal / runs;
        }
        return new Scaling(partners, steps, stepsRun, perRun);
    }
}
