package samen.model;

import java.util.Locale;

/**
 * Where a run left one partner against its stand-alone alternative: better off, worse off, or
 * even (relative gain within {@value #EVEN_BAND} of zero). The outcome rules count partners by it.
 */
public enum Standing {
    GAIN, LOSS, EVEN;

    /** Relative gain within this band of zero counts as breaking even. */
    public static final double EVEN_BAND = 0.02;

    public static Standing of(double relativeGain) {
        if (relativeGain > EVEN_BAND) return GAIN;
        if (relativeGain < -EVEN_BAND) return LOSS;
        return EVEN;
    }

    /** The file spelling: {@code gain}, {@code loss}, {@code even}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
