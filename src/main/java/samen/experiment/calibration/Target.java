package samen.experiment.calibration;

/**
 * A pattern a calibrated model should reproduce, on one summary of a draw: the share of its runs
 * ending in an outcome ({@code share_stagnation}) or the mean of a final metric over its runs
 * ({@code mean_trust}), either a value or a range.
 *
 * @param summary {@code share_<outcome>} or a metric's name
 * @param low     the value, or the low end of the range
 * @param high    the same as {@code low} for a value, else the high end
 */
public record Target(String summary, double low, double high) {

    public Target {
        if (low > high) throw new IllegalArgumentException(summary + ": low > high");
    }

    /** How far {@code s} is from the target: 0 inside a range or at the value; NaN for no summary. */
    double miss(double s) {
        if (Double.isNaN(s)) return Double.NaN;
        return s < low ? low - s : s > high ? s - high : 0;
    }

    public String text() {
        return low == high ? summary + " = " + low : summary + " in [" + low + ", " + high + "]";
    }
}
