package samen.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way numbers are written to files: six decimals, half-even rounding, no trailing zeros, no
 * exponent. Goes through {@link BigDecimal} rather than {@link Double#toString}, whose shortest-repr
 * output changed between JDK versions, so the same run gives the same bytes on any JDK.
 */
public final class Decimals {

    /** Decimals kept. */
    public static final int SCALE = 6;

    private Decimals() {
    }

    /**
     * {@code 0.1 -> "0.1"}, {@code 2.0 -> "2"}, {@code 1e-7 -> "0"}, {@code -0.0 -> "0"}.
     *
     * @throws IllegalStateException for NaN or an infinity: a model that produces one has a bug,
     *                               and writing it would hide that
     */
    public static String format(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalStateException("refusing to write " + x + ": the model produced a non-finite number");
        }
        String s = new BigDecimal(x).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
