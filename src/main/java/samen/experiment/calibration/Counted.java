package samen.experiment.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many runs had a value for each time-series target: a run without one (the event never came,
 * no step before it) is left out of its point's mean, so the tables give each point's count
 * ({@code runs_<name>}) and the summary the total, and a target few runs can speak to is seen as such.
 * Told of every batch, those a resume reads back too.
 */
final class Counted {

    private final List<Target> targets;
    /** Per batch, per target, per point: the runs with a value. */
    private final Map<String, int[][]> batches = new HashMap<>();
    private final long[] withValue;
    private long runs;

    Counted(List<Target> targets) {
        this.targets = targets;
        this.withValue = new long[targets.size()];
    }

    /** One run of {@code point} in {@code batch} that did not fail; {@code has[t]}: whether target t had a value in it. */
    void run(String batch, int points, int point, boolean[] has) {
        int[][] counts = batches.computeIfAbsent(batch, b -> new int[targets.size()][points]);
        runs++;
        for (int t = 0; t < has.length; t++) {
            if (!has[t]) continue;
            withValue[t]++;
            counts[t][point]++;
        }
    }

    /** The columns {@code runs_<name>}, one per time-series target. */
    List<String> header() {
        List<String> header = new ArrayList<>();
        for (Target t : targets) if (t.feature() != null) header.add("runs_" + t.summary());
        return header;
    }

    /** A point's cells under {@link #header()}: per time-series target, its runs with a value. */
    List<String> cells(String batch, int point) {
        int[][] counts = batches.get(batch);
        List<String> cells = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).feature() != null) cells.add(Integer.toString(counts == null ? 0 : counts[t][point]));
        }
        return cells;
    }

    /** A line per time-series target: how many runs had a value; "" without such targets. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).feature() == null) continue;
            if (text.isEmpty()) text.append(String.format(Locale.ROOT, "%nTime-series targets (runs without a value are left out of "
                    + "their point's mean; runs_<name> in the tables counts those with one):%n"));
            text.append(String.format(Locale.ROOT, "  %-32s %s: %d of %d runs had a value%s%n", targets.get(t).summary(),
                    targets.get(t).feature().text(), withValue[t], runs, withValue[t] == 0 ? " (the target cannot be met: "
                            + "no run has it)" : ""));
        }
        return text.toString();
    }
}
