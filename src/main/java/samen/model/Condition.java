package samen.model;

import java.util.Locale;

/**
 * The five conditions of promising collaboration, the "common eye" of seed 003 (§3, figure 1):
 * each can be attended to or neglected, and neglect of each has its own named dynamic (§4,
 * figure 2). The collaboration holds one level per condition in [0,1], see {@link Conditions}.
 */
public enum Condition {
    AMBITION("ambitie", "sham collaboration: partners keep meeting while contributions fall, and the 'why' question returns"),
    INTERESTS("belangen", "defensive behaviour and permanent negotiation: agreements are reopened and the partners cannot get past agree"),
    RELATION("relatie", "a blocking undercurrent: vigilance rises, trust splits into factions, enemy images and power games"),
    ORGANISATION("organisatie", "under-organisation: partners start to over-control, control costs rise and trust falls"),
    PROCESS("proces", "energy drains away: stagnation and destabilisation");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);
    private final String neglect;

    Condition(String dutch, String neglect) {
        this.dutch = dutch;
        this.neglect = neglect;
    }

    /** The scenario-file and CSV spelling: {@code ambition}, ... */
    public String key() {
        return key;
    }

    /** The seed's Dutch term. */
    public String dutch() {
        return dutch;
    }

    /** The dynamic neglect of this condition produces (seed 003 §4), in one clause. */
    public String neglectDynamic() {
        return neglect;
    }
}
