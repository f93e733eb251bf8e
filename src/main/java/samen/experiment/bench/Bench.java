package samen.experiment.bench;

import java.nio.file.Path;
import java.util.List;
import samen.engine.Simulation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The single-threaded measurements behind {@code samen bench} (cost per organisation-step, scaling,
 * building a point's scenario), in this JVM. Each one runs for a time budget after a warm-up (so the
 * JIT has compiled the hot paths) and reports rates, never pass/fail. Throughput on several threads
 * is measured in JVMs of their own ({@link Forks}), the command-line pipeline in a {@code samen
 * sweep} process ({@link Pipeline}).
 */
public final class Bench {

    /** Warm-up time, in measurement times. */
    static final int WARM_UP = 3;

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

    /**
     * How time per step grows with the partners over a series of sizes measured in one run: the
     * exponent of the least-squares line through log(time per step) against log(partners), and each
     * size's time per step against {@code n log n}, both relative to the smallest size (1 means it
     * grew exactly as n log n; above 1, faster).
     */
    public static double growthExponent(List<Scaling> series) {
        int m = series.size();
        double mx = 0;
        double my = 0;
        for (Scaling s : series) {
            mx += Math.log(s.partners()) / m;
            my += Math.log(s.microsPerStep()) / m;
        }
        double sxy = 0;
        double sxx = 0;
        for (Scaling s : series) {
            double dx = Math.log(s.partners()) - mx;
            sxy += dx * (Math.log(s.microsPerStep()) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    /** {@code s}'s time per step against n log n, relative to {@code base}: 1 grows as n log n. */
    public static double againstNLogN(Scaling s, Scaling base) {
        double n = s.partners();
        double n0 = base.partners();
        return (s.microsPerStep() / base.microsPerStep()) / ((n * Math.log(n)) / (n0 * Math.log(n0)));
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

    /**
     * Microseconds to build the scenario of a sweep point (one override): from the YAML text, as
     * {@code samen run} does, and from the tree read once, as a sweep does.
     */
    public double[] pointMicros() {
        long[] count = {0};
        double fromText = nanosPer(() -> {
            ScenarioLoader.parse(text, scenarioFile.toString(), List.of("trust.loss_rate=0.0" + (++count[0] % 9 + 1)));
            return 1;
        }, budgetSeconds / 2);
        double fromTree = nanosPer(() -> {
            prepared.with(List.of("trust.loss_rate=0.0" + (++count[0] % 9 + 1)));
            return 1;
        }, budgetSeconds / 2);
        return new double[] {fromText / 1e3, fromTree / 1e3};
    }

    /** The model against the bare loop at {@code partners} (0: the scenario's own; else a generated population). */
    public StepCost stepCost(int partners) throws ScenarioException {
        Scenario s = partners == 0 ? scenario() : scenario("organisations={count: " + partners + "}");
        int n = s.model().organisations().size();
        long[] seed = {0};
        double model = nanosPer(() -> Simulation.create(s.model(), ++seed[0]).run(s.steps(), List.of()).stepsRun() * n, budgetSeconds);
        double[] sink = {0};
        double bare = nanosPer(() -> {
            BareLoop loop = new BareLoop(n, ++seed[0]);
            for (int step = 0; step < s.steps(); step++) sink[0] += loop.step();
            return (long) s.steps() * n;
        }, budgetSeconds);
        if (Double.isNaN(sink[0])) throw new IllegalStateException("the bare loop went wrong");
        return new StepCost(n, model, bare);
    }

    /** Time per run of a generated population of {@code partners}, all in the core, for {@code steps} steps. */
    public Scaling scaling(int partners, int steps) throws ScenarioException {
        return scaling(scenario("organisations={count: " + partners + "}", "steps=" + steps), partners);
    }

    /**
     * Time per run of a generated population of {@code partners}, all in the complementary ring with
     * {@code contacts} contacts each (the interaction network), for {@code steps} steps.
     */
    public Scaling ringScaling(int partners, int contacts, int steps) throws ScenarioException {
        return scaling(scenario("organisations={count: " + partners + ", circle: ring}", "collaboration.contacts=" + contacts,
                "steps=" + steps), partners);
    }

    private Scaling scaling(Scenario s, int partners) {
        long[] runs = {0};
        long[] stepsRun = {0};
        double nanosPerRun = nanosPer(() -> {
            stepsRun[0] += Simulation.create(s.model(), ++runs[0]).run(s.steps(), List.of()).stepsRun();
            return 1;
        }, budgetSeconds);
        return new Scaling(partners, s.steps(), (double) stepsRun[0] / runs[0], nanosPerRun / 1e6);
    }

    /** A piece of work that says how many units (runs, organisation-steps) it did. */
    @FunctionalInterface
    private interface Work {
        long units() throws ScenarioException;
    }

    /**
     * Repeats {@code work} (at least once) for {@code 3 × seconds} to warm up the JIT (scenario
     * reading needs a few thousand calls before it is compiled), then for {@code seconds}, and gives
     * the nanoseconds per unit of the second round.
     */
    private static double nanosPer(Work work, double seconds) {
        double nanos = 0;
        for (int round = 0; round < 2; round++) {
            long units = 0;
            long start = System.nanoTime();
            long deadline = start + (long) ((round == 0 ? WARM_UP : 1) * seconds * 1e9);
            try {
                do {
                    units += work.units();
                } while (System.nanoTime() < deadline);
            } catch (ScenarioException e) {
                throw new IllegalStateException("the bench's own overrides are valid", e);
            }
            nanos = (System.nanoTime() - start) / (double) units;
        }
        return nanos;
    }
}
