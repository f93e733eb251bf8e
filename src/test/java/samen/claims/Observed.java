package samen.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.engine.StepListener;
import samen.experiment.facts.Sample;
import samen.model.Collaboration;
import samen.model.Outcome;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * Runs for claims that need more than the engine's metrics: a run may be treated before its first
 * step (its partners decide by a policy, as workshop players' seats do) and is watched by probes
 * that read the model after every step. A probe's value joins the run's metrics under its name, so
 * these claims use the same {@link samen.experiment.facts.Response}s and trend tests as {@link Runs}.
 * Seeds 0..n-1 per arm, run in parallel; each run depends on its scenario, treatment and seed only.
 */
final class Observed {

    /** Done to a run's model before its first step; draws come from its own stream, seeded by the run's seed. */
    @FunctionalInterface
    interface Treatment {
        Treatment NONE = (model, seed) -> { };

        void apply(Collaboration model, long seed);
    }

    /** A scenario cell and what is done to its runs. */
    record Arm(Runs.Cell cell, Treatment treatment) {
        static List<Arm> untreated(List<Runs.Cell> cells) {
            return cells.stream().map(c -> new Arm(c, Treatment.NONE)).toList();
        }
    }

    /** One number per run, from what the model shows after each step. */
    interface Probe {
        String name();

        /** A fresh reading for one run. */
        Watch watch();

        /** The value after the last step. */
        static Probe last(String name, ToDoubleFunction<Collaboration> read) {
            return of(name, () -> new Reading(read, false));
        }

        /** The mean over the steps run (step 0, the initial state, and steps where it is NaN left out). */
        static Probe mean(String name, ToDoubleFunction<Collaboration> read) {
            return of(name, () -> new Reading(read, true));
        }

        static Probe of(String name, Supplier<Watch> watch) {
            return new Probe() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Watch watch() {
                    return watch.get();
                }
            };
        }
    }

    /** One run's reading of a probe: it sees step 0 and every step, and gives one number at the end. */
    interface Watch extends StepListener {
        double value();
    }

    /** A quantity read after every step: its last value, or its mean over the steps. */
    private static final class Reading implements Watch {
        private final ToDoubleFunction<Collaboration> read;
        private final boolean averaged;
        private double sum;
        private long steps;
        private double last = Double.NaN;

        Reading(ToDoubleFunction<Collaboration> read, boolean averaged) {
            this.read = read;
            this.averaged = averaged;
        }

        @Override
        public void afterStep(Collaboration model) {
            if (model.step() == 0) return;
            double value = read.applyAsDouble(model);
            if (Double.isNaN(value)) return; // undefined at this step (nobody to ask): left out
            last = value;
            sum += value;
            steps++;
        }

        @Override
        public double value() {
            if (!averaged) return last;
            return steps == 0 ? Double.NaN : sum / steps;
        }
    }

    private Observed() {
    }

    /**
     * Each named factor's arms, in dose order, all run in one parallel batch: the samples of each
     * factor's levels under its name, in the order given.
     */
    static Map<String, List<Sample>> byFactor(int seeds, Map<String, List<Arm>> factors, List<Probe> probes) {
        List<Sample> samples = run(seeds, factors.values().stream().flatMap(List::stream).toList(), probes);
        Map<String, List<Sample>> byFactor = new LinkedHashMap<>();
        int from = 0;
        for (Map.Entry<String, List<Arm>> f : factors.entrySet()) {
            byFactor.put(f.getKey(), samples.subList(from, from + f.getValue().size()));
            from += f.getValue().size();
        }
        return byFactor;
    }

    /** Seeds 0..seeds-1 of every arm, each run watched by every probe. */
    static List<Sample> run(int seeds, List<Arm> arms, List<Probe> probes) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Arm a : arms) {
            try {
                scenarios.add(ScenarioLoader.load(Path.of(a.cell().file()), a.cell().overrides()));
            } catch (ScenarioException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        RunResult[] results = new RunResult[arms.size() * seeds];
        double[][] readings = new double[results.length][];
        IntStream.range(0, results.length).parallel().forEach(i -> {
            Scenario scenario = scenarios.get(i / seeds);
            long seed = i % seeds;
            Simulation simulation = Simulation.create(scenario.model(), seed);
            arms.get(i / seeds).treatment().apply(simulation.model(), seed);
            List<Watch> watches = probes.stream().map(Probe::watch).toList();
            results[i] = simulation.run(scenario.steps(), List.copyOf(watches));
            readings[i] = watches.stream().mapToDouble(Watch::value).toArray();
        });
        List<Sample> samples = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            Outcome[] outcomes = new Outcome[seeds];
            Map<String, double[]> metrics = new LinkedHashMap<>();
            for (int s = 0; s < seeds; s++) {
                int run = a * seeds + s;
                int at = s;
                outcomes[s] = results[run].outcome();
                results[run].metrics().forEach((name, v) -> metrics.computeIfAbsent(name, n -> new double[seeds])[at] = v);
                for (int p = 0; p < probes.size(); p++) {
                    metrics.computeIfAbsent(probes.get(p).name(), n -> new double[seeds])[at] = readings[run][p];
                }
            }
            samples.add(new Sample(outcomes, metrics));
        }
        return samples;
    }
}
