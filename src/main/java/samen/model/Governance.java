package samen.model;

import java.util.Locale;

/**
 * Who governs the collaboration (Provan &amp; Kenis 2008): who settles a grievance that would reopen
 * what was agreed, and who bears the cost of doing so. Under shared governance the partners
 * govern together at the table: every reopened agreement sets the whole table back, and nobody
 * coordinates. Under a lead organisation (the first partner) or a network administrative
 * organisation, a hub takes each grievance one to one first and settles it as far as the partner
 * trusts the hub; settling costs the hub a meeting's time with every partner it coordinates,
 * which the lead organisation carries alone and the administrative organisation charges to all.
 */
public enum Governance {
    /** The partners govern together (participant-governed network): the default, as before. */
    SHARED("gedeeld"),
    /** The first partner governs as lead organisation, and carries the coordination. */
    LEAD("leidende organisatie"),
    /** A separate network administrative organisation governs, paid for by all partners. */
    ADMINISTRATIVE("netwerkorganisatie");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Governance(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code shared}, {@code lead}, {@code administrative}. */
    public String key() {
        return key;
    }

    /** The Dutch term. */
    public String dutch() {
        return dutch;
    }
}
