package samen.experiment.facts;

import java.util.Locale;
import samen.output.Decimals;

/** Numbers as facts files and tables write them: shares and z with six decimals, p-values in three significant digits. */
final class Numbers {

    private Numbers() {
    }

    /** Six decimals ({@link Decimals}); empty for NaN (a test without variance has no z). */
    static String decimal(double x) {
        return Double.isNaN(x) ? "" : Decimals.format(x);
    }

    /** {@code 0.0123}, {@code 4.56e-09}: small p-values keep their size; empty for NaN (a check). */
    static String p(double p) {
        if (Double.isNaN(p)) return "";
        return p >= 0.001 || p == 0 ? Decimals.format(Math.round(p * 1e4) / 1e4) : String.format(Locale.ROOT, "%.2e", p);
    }
}
