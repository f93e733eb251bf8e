package samen.model;

import java.util.Locale;

/**
 * Phases of a collaboration (seed 004, "Zorgvuldig in de fasering"): explore, share (the pivot),
 * agree, shape, execute and renew. Order matters: a collaboration advances one phase at a time
 * and can fall back.
 */
public enum Phase {
    EXPLORE("verkennen", 0.2, 0.2),
    SHARE("delen", 0.3, 0.35),
    AGREE("overeenkomen", 0.5, 0.5),
    SHAPE("vormgeven", 0.7, 0.7),
    EXECUTE("uitvoeren en vernieuwen", 1.0, 1.0);

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);
    private final double intensity;
    private final double productivity;

    Phase(String dutch, double intensity, double productivity) {
        this.dutch = dutch;
        this.intensity = intensity;
        this.productivity = productivity;
    }

    /**
     * Share of its resources a fully committed partner puts in during this phase. Early phases ask
     * time and talk, execute asks the real contribution (seed 004: in "vormgeven" "de schop gaat
     * de grond in").
     */
    public double intensity() {
        return intensity;
    }

    /**
     * How much of the collaboration's synergy the work of this phase already realises: products
     * become visible only in execute (seed 004, "uitvoeren": "'producten' van de samenwerking
     * worden zichtbaar"), so the early phases are an investment.
     */
    public double productivity() {
        return productivity;
    }

    /** The scenario-file and CSV spelling: {@code explore}, {@code share}, ... */
    public String key() {
        return key;
    }

    /** The seed's Dutch term, for labels a Dutch trainer expects. */
    public String dutch() {
        return dutch;
    }

    public Phase next() {
        return this == EXECUTE ? EXECUTE : values()[ordinal() + 1];
    }

    public Phase previous() {
        return this == EXPLORE ? EXPLORE : values()[ordinal() - 1];
    }
}
