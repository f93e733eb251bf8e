package samen.model;

import java.util.Locale;

/**
 * Where a partner stands against its stand-alone alternative, judged on its recent surplus rate
 * ({@link Organisation#surplusRate}): better off, worse off, or even (within {@link #BAND} of what
 * it puts at stake). The outcome rules count partners by it.
 */
public enum Standing {
    GAIN, LOSS, EVEN;

    /**
     * A surplus within this share of what a partner puts at stake counts as breaking even: a tenth
     * of one's stake is the smallest gain or loss a partner reliably notices against the noise of a
     * phase of work (docs/MODEL.md §8; set to the pattern that outcomes do not move when it is
     * halved or raised by half, docs/VALIDATION.md).
     */
    public static final double BAND = 0.10;

    public static Standing of(double surplusRate) {
        return of(surplusRate, BAND);
    }

    static Standing of(double surplusRate, double band) {
        if (surplusRate > band) return GAIN;
        if (surplusRate < -band) return LOSS;
        return EVEN;
    }

    /** The file spelling: {@code gain}, {@code loss}, {@code even}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
