package samen.experiment.calibration;

/**
 * A pattern a calibrated model should reproduce, on one summary of a draw: the share of its runs
 * ending in an outcome ({@code share_stagnation}), the mean of a final metric over its runs
 * ({@code mean_trust}), or the mean over its runs of a time-series {@link Feature} the file names
 * ({@code trust_falls_after_reopening}); either a value or a range.
 *
 * @param summary {@code share_<outcome>}, a metric's name, or the name of a feature's summary
 * @param low     the value, or the low end of the range
 * @param high    the same as {@code low} for a value, else the high end
 * @param feature the time-series feature summarised, or null for an outcome share or a final metric
 */
public record Target(String summary, double low, double high, Feature feature) {

    public Target {
        if (low > high) throw new IllegalArgumentException(summary + ": low > high");
    }

    /** A target on an outcome share or a final metric. */
    public Target(String summary, double low, double high) {
        this(summary, low, high, null);
    }

    /** How far {@code s} is from the target: 0 inside a range or at the value; NaN for no summary. */
    double miss(double s) {
        if (Double.isNaN(s)) return Double.NaN;
        return s < low ? low - s : s > high ? s - high : 0;
    }

    /** As the summary prints it: {@code mean_trust = 0.5}, {@code trust_trend in [-0.002, 0.0]} (no exponents). */
    public String text() {
        return low == high ? summary + " = " + plain(low) : summary + " in [" + plain(low) + ", " + plain(high) + "]";
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).toPlainString();
    }
}
