package samen.model;

import java.util.Locale;

/**
 * Whether the interaction network ({@link Network}) stays as the scenario lays it out or changes
 * during the run. Fixed: as before issue #11's item 3 was taken up. Evolving: a ring partner that
 * adds as much value as the core and is trusted by the core partners it works with moves into the
 * core (seed 004, self-organising networks: "Stel geen grenzen; ze worden bepaald door de waarde
 * die iemand toevoegt"; {@link CoreGrowth}). Evolving ties: besides, partners outside the core meet
 * the trusted contacts of a partner they trust and stop working with one they have come to distrust
 * (seed 004's relation checklist: "wie kent wie?", "Verdiepen van relaties"; {@link TieChange}).
 */
public enum NetworkChange {
    /** Who works with whom, and who is in the core, is fixed for the run: the default, as before. */
    FIXED("vast"),
    /** A ring partner that has earned it moves into the core during the run. */
    EVOLVING("in beweging"),
    /**
     * As {@link #EVOLVING}, and partners outside the core add contacts through partners they trust
     * and drop contacts they have come to distrust ({@link TieChange}).
     */
    EVOLVING_TIES("banden in beweging");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    NetworkChange(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code fixed}, {@code evolving}, {@code evolving_ties}. */
    public String key() {
        return key;
    }

    /** The Dutch term. */
    public String dutch() {
        return dutch;
    }
}
