package samen.model;

import java.util.Locale;

/**
 * Who may be at the table. Open: every planned newcomer joins and nobody is sent away, as before
 * issue #11. Selective: the partners choose their partners by reputation (seed 004, *Partnerselectie
 * en fit*: *"Status / reputatie partner"*, *"Relationele historie partners"*, *"Track record op
 * samenwerking"*): they let a newcomer in as far as they trust it, as they open up at the gate of
 * exploring, and send away a partner whose trust they have lost, as a collaboration falls back when
 * trust collapses ({@link Context}). By fit: as selective, and they let a newcomer in as far as it also fits the
 * table (seed 004, Douma's fits: *"Complementaire bijdrage"*, *"Overeenkomstige waarden en normen"*, *"Strategische
 * positie"*; {@link PartnerFit}).
 */
public enum Membership {
    /** Every planned newcomer joins; nobody is sent away. */
    OPEN("open"),
    /** Newcomers are admitted, and partners kept, by the trust the others have in them. */
    SELECTIVE("selectief"),
    /**
     * As selective, and a newcomer is let in as far as it also fits: the chance is the reputation's times its
     * {@link PartnerFit} (seed 003: "Het is altijd een zoektocht naar de passende partners").
     */
    BY_FIT("passend");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Membership(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code open}, {@code selective}, {@code by_fit}. */
    public String key() {
        return key;
    }

    /** The Dutch term. */
    public String dutch() {
        return dutch;
    }
}
