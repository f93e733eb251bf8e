package samen.experiment;

import java.util.ArrayList;
import java.util.List;
import samen.output.TimeseriesRecorder;

/**
 * Whether and how a sweep writes its runs' time series ({@code --timeseries}): every {@code every}-th
 * step (from step 0) and always the last, only the chosen {@code columns} (all when empty), plain
 * or gzip-compressed. Compressed, the file is one gzip member for the header and one per run, so
 * its bytes do not depend on the thread count, a resume can cut it back to a checkpoint between
 * two members, and pandas reads it as it is ({@code pd.read_csv("timeseries.csv.gz", comment="#")}).
 *
 * @param on      write the time series at all
 * @param every   keep steps that are a multiple of it, and the last (1: every step)
 * @param gzip    write {@code timeseries.csv.gz} instead of {@code timeseries.csv}
 * @param columns the columns of a run's {@code timeseries.csv} to keep, in its order; empty: all
 */
public record TimeseriesOptions(boolean on, int every, boolean gzip, List<String> columns) {

    public static final TimeseriesOptions NONE = new TimeseriesOptions(false, 1, false, List.of());
    public static final TimeseriesOptions ALL = new TimeseriesOptions(true, 1, false, List.of());
    /** The most steps between two kept rows. */
    public static final int MAX_EVERY = 1_000_000;

    public TimeseriesOptions {
        columns = List.copyOf(columns);
    }

    /**
     * @throws IllegalArgumentException with a message for the user when {@code every} is out of
     *                                  range or a column is unknown (naming the allowed ones)
     */
    public static TimeseriesOptions of(boolean on, int every, boolean gzip, List<String> columns) {
        if (every < 1 || every > MAX_EVERY) {
            throw new IllegalArgumentException("--every " + every + ": expected 1 to " + MAX_EVERY);
        }
        List<String> allowed = TimeseriesRecorder.HEADER;
        List<String> unknown = columns.stream().filter(c -> !allowed.contains(c) || c.equals("step")).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--timeseries-columns: unknown column " + String.join(", ", unknown)
                    + "; allowed: " + String.join(", ", allowed.subList(1, allowed.size())) + " (step is always kept)");
        }
        List<String> inOrder = new ArrayList<>();
        for (String c : allowed) if (columns.contains(c) && !c.equals("step")) inOrder.add(c);
        return new TimeseriesOptions(on, every, gzip, inOrder);
    }

    /** {@code timeseries.csv} or {@code timeseries.csv.gz}. */
    public String file() {
        return gzip ? SweepRunner.TIMESERIES + ".gz" : SweepRunner.TIMESERIES;
    }

    /** The columns written after {@code run_id}: {@code step} and the chosen ones, or all. */
    List<String> header() {
        if (columns.isEmpty()) return TimeseriesRecorder.HEADER;
        List<String> header = new ArrayList<>(List.of("step"));
        header.addAll(columns);
        return header;
    }

    /** Positions of {@link #header()} in a full row of {@link TimeseriesRecorder#cells}. */
    int[] picks() {
        return header().stream().mapToInt(TimeseriesRecorder.HEADER::indexOf).toArray();
    }

    /** Rows per run at most, for a run of {@code steps} steps. */
    long rows(long steps) {
        return steps / every + 1 + (steps % every == 0 ? 0 : 1);
    }

    /** What makes two sweeps' time series differ, for the sweep's identity. */
    String identity() {
        return !on ? "false" : "every=" + every + " gzip=" + gzip + " columns=" + String.join(",", columns);
    }
}
