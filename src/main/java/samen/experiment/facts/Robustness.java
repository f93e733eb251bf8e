package samen.experiment.facts;

import java.util.List;
import samen.engine.Simulation;
import samen.model.Collaboration;
import samen.model.Outcome;
import samen.model.OutcomeRules;
import samen.model.Standing;
import samen.scenario.Scenario;

/**
 * Issue #10, item 1: does a scenario's outcome depend on where the run stops or on the band of the
 * outcome rules? Runs seeds 0..reps-1 to the scenario's {@code steps} and to {@code 2 × steps};
 * compares the outcome shares by their total-variation distance, and judges each run's final state
 * at {@code steps} again with the band halved and raised by half. Each run lands in its own slot, so
 * the result is the same for any thread count.
 */
public final class Robustness {

    /** Largest total-variation distance between the shares at the two horizons that issue #10 allows. */
    public static final double MAX_DISTANCE = 0.10;
    /** Largest share of runs that scaling the band may reclassify. */
    public static final double MAX_RECLASSIFIED = 0.10;
    static final double[] BAND_SCALES = {0.5, 1.5};

    private Robustness() {
    }

    /**
     * One scenario's check.
     *
     * @param atSteps      runs per outcome (in {@link Outcome} order) at {@code steps}
     * @param atTwice      runs per outcome at {@code 2 × steps}
     * @param reclassified runs whose outcome changes when the band is halved or raised by half
     */
    public record Result(String scenario, int steps, int reps, long[] atSteps, long[] atTwice, long reclassified) {

        public double share(long[] counts, Outcome o) {
            return (double) counts[o.ordinal()] / reps;
        }

        public double failure(long[] counts) {
            long n = 0;
            for (Outcome o : Failure.FAMILY) n += counts[o.ordinal()];
            return (double) n / reps;
        }

        /** Half the summed absolute differences of the shares: the share of runs that would have to move. */
        public double distance() {
            long moved = 0;
            for (int i = 0; i < atSteps.length; i++) moved += Math.abs(atSteps[i] - atTwice[i]);
            return moved / (2.0 * reps);
        }

        public double reclassifiedShare() {
            return (double) reclassified / reps;
        }

        public boolean holds() {
            return distance() <= MAX_DISTANCE && reclassifiedShare() <= MAX_RECLASSIFIED;
        }
    }

    public static Result of(String name, Scenario scenario, int reps, int threads) {
        if (reps < 1 || threads < 1) throw new IllegalArgumentException("reps and threads must be at least 1");
        int steps = scenario.steps();
        Outcome[] atSteps = new Outcome[reps];
        Outcome[] atTwice = new Outcome[reps];
        boolean[] moved = new boolean[reps];
        Batch.forEach(2 * reps, threads, i -> {
            int seed = i % reps;
            Simulation sim = Simulation.create(scenario.model(), seed);
            if (i >= reps) {
                atTwice[seed] = sim.run(2 * steps, List.of()).outcome();
                return;
            }
            atSteps[seed] = sim.run(steps, List.of()).outcome();
            Collaboration c = sim.model();
            for (double scale : BAND_SCALES) {
                moved[seed] |= OutcomeRules.classify(c, scale * Standing.BAND).outcome() != atSteps[seed];
            }
        });
        long reclassified = 0;
        for (boolean m : moved) if (m) reclassified++;
        return new Result(name, steps, reps, counts(atSteps), counts(atTwice), reclassified);
    }

    private static long[] counts(Outcome[] outcomes) {
        long[] counts = new long[Outcome.values().length];
        for (Outcome o : outcomes) counts[o.ordinal()]++;
        return counts;
    }
}
