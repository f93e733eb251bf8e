package samen.output;

import java.util.Locale;

/**
 * How a run ended for one partner, judged on its relative gain (cumulative payoff over what its
 * stand-alone alternative was worth): within {@link #EVEN_BAND} of zero counts as even.
 */
public enum PartnerOutcome {
    GAIN, LOSS, EVEN;

    /** |relative gain| below this (2%) is "even". */
    public static final double EVEN_BAND = 0.02;

    public static PartnerOutcome of(double relativeGain) {
        if (Math.abs(relativeGain) < EVEN_BAND) return EVEN;
        return relativeGain > 0 ? GAIN : LOSS;
    }

    /** The file spelling: {@code gain}, {@code loss}, {@code even}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
