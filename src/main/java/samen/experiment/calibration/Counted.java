package samen.experiment.calibration;

import java.util.List;
import java.util.Locale;

/**
 * How many of the runs evaluated had a value for each time-series target: a run without one (the
 * event never came, no step before it) is left out of its draw's mean, and the summary says how many
 * were, so a target that few runs can speak to is seen as such.
 */
final class Counted {

    private final List<Target> targets;
    private final long[] withValue;
    private long runs;

    Counted(List<Target> targets) {
        this.targets = targets;
        this.withValue = new long[targets.size()];
    }

    /** One run that did not fail; {@code has[t]}: whether target t had a value in it. */
    void run(boolean[] has) {
        runs++;
        for (int t = 0; t < has.length; t++) if (has[t]) withValue[t]++;
    }

    /** A line per time-series target: how many runs had a value; "" without such targets. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).feature() == null) continue;
            if (text.isEmpty()) text.append(String.format(Locale.ROOT, "%nTime-series targets (runs without a value are left out of "
                    + "their point's mean):%n"));
            text.append(String.format(Locale.ROOT, "  %-32s %s: %d of %d runs had a value%s%n", targets.get(t).summary(),
                    targets.get(t).feature().text(), withValue[t], runs, withValue[t] == 0 ? " (the target cannot be met: "
                            + "no run has it)" : ""));
        }
        return text.toString();
    }
}
