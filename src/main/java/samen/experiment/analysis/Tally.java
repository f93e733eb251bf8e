package samen.experiment.analysis;

/** Counts of outcomes and sums of metrics over a group of runs (a point, a parameter value, all). */
final class Tally {

    long runs;
    final long[] outcomes;
    final long[] metricRuns;
    final double[] sums;
    final double[] squares;
    final double[] min;
    final double[] max;

    Tally(int outcomeCount, int metricCount) {
        outcomes = new long[outcomeCount];
        metricRuns = new long[metricCount];
        sums = new double[metricCount];
        squares = new double[metricCount];
        min = new double[metricCount];
        max = new double[metricCount];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** @param metrics NaN where the run has no value (an error) */
    void add(int outcome, double[] metrics) {
        runs++;
        outcomes[outcome]++;
        for (int m = 0; m < metrics.length; m++) {
            if (Double.isNaN(metrics[m])) continue;
            metricRuns[m]++;
            sums[m] += metrics[m];
            squares[m] += metrics[m] * metrics[m];
            min[m] = Math.min(min[m], metrics[m]);
            max[m] = Math.max(max[m], metrics[m]);
        }
    }

    Interval share(int outcome) {
        return Interval.share(runs, outcomes[outcome]);
    }

    Interval mean(int metric) {
        return Interval.mean(metricRuns[metric], sums[metric], squares[metric], min[metric], max[metric]);
    }

    /** True when the metric took one value in every run that has it. */
    boolean constant(int metric) {
        return metricRuns[metric] > 0 && min[metric] == max[metric];
    }
}
