package samen.model;

import java.util.Locale;

/**
 * Trust and vigilance (distrust) as two dimensions, after Lewicki (seed 004, "Hoeveel vertrouwen?
 * Hoeveel waakzaamheid?"). Each ordered pair of partners sits in one quadrant.
 */
public enum LewickiQuadrant {
    /** High trust, low vigilance: "gaan met die banaan". */
    UNHINDERED_COLLABORATION("onbelemmerd samenwerken"),
    /** High trust, high vigilance: "ieder staat voor zijn zaak". */
    CALCULATED_CONNECTING("berekenend verbinden"),
    /** Low trust, low vigilance: "de kat uit de boom kijken". */
    EXPLORATORY_EXCHANGE("onderzoekend uitwisselen"),
    /** Low trust, high vigilance: "je vingers natellen". */
    WATCHFUL_CONTRACTING("waakzaam contracteren");

    /** Trust or vigilance at or above this counts as high. */
    public static final double HIGH = 0.5;

    private final String dutch;

    LewickiQuadrant(String dutch) {
        this.dutch = dutch;
    }

    public static LewickiQuadrant of(double trust, double vigilance) {
        boolean highTrust = trust >= HIGH;
        boolean highVigilance = vigilance >= HIGH;
        if (highTrust) return highVigilance ? CALCULATED_CONNECTING : UNHINDERED_COLLABORATION;
        return highVigilance ? WATCHFUL_CONTRACTING : EXPLORATORY_EXCHANGE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String dutch() {
        return dutch;
    }
}
