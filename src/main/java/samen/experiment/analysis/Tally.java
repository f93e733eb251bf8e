package samen.experiment.analysis;

/** Counts of outcomes and sums of metrics over a group of runs (a point, a parameter value, all). */
final class Tally {

    long runs;
    final long[] outcomes;
    final long[] metricRuns;
    final double[] sums;
    final double[] squares;

    Tally(int outcomeCount, int metricCount) {
        outcomes = new long[outcomeCount];
        metricRuns = new long[metricCount];
        sums = new double[metricCount];
        squares = new double[metricCount];
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
        }
    }

    Interval share(int outcome) {
        return Interval.share(runs, outcomes[outcome]);
    }

    Interval mean(int metric) {
        return Interval.mean(metricRuns[metric], sums[metric], squares[metric]);
    }
}
