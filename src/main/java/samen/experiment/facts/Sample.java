package samen.experiment.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import samen.model.Outcome;

/**
 * The runs of one cell (one level of a factor), seeds 0..n-1: each run's outcome and final
 * metrics, in seed order.
 */
public final class Sample {

    private final Outcome[] outcomes;
    private final Map<String, double[]> metrics;

    /** Runs in seed order: each run's outcome, and each metric's values in the same order. */
    public Sample(Outcome[] outcomes, Map<String, double[]> metrics) {
        this.outcomes = outcomes.clone();
        this.metrics = new LinkedHashMap<>(metrics);
    }

    public int runs() {
        return outcomes.length;
    }

    /** Runs that ended in one of {@code family}. */
    public long count(Set<Outcome> family) {
        long n = 0;
        for (Outcome o : outcomes) if (family.contains(o)) n++;
        return n;
    }

    public double share(Set<Outcome> family) {
        return (double) count(family) / runs();
    }

    /** Each run's final value of {@code metric}. */
    public double[] metric(String name) {
        double[] values = metrics.get(name);
        if (values == null) throw new IllegalArgumentException("no metric '" + name + "'; the runs report " + metrics.keySet());
        return values.clone();
    }

    public double mean(String metric) {
        return java.util.Arrays.stream(metric(metric)).average().orElse(Double.NaN);
    }
}
