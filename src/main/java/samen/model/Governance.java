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
 * A self-organising network (seed 004, van Wendel de Joode) has no hub: work is split into modules,
 * so a reopened agreement sets back only its module; partners vote with their feet; reputation for
 * what one brought, not power or this step's contribution, sets what each takes (so one can
 * free-ride on its record); the partners of a module work on competing solutions, of which the
 * best is taken up; and no shared course is set beforehand (docs/MODEL.md §7.19).
 */
public enum Governance {
    /** The partners govern together (participant-governed network): the default, as before. */
    SHARED("gedeeld"),
    /** The first partner governs as lead organisation, and carries the coordination. */
    LEAD("leidende organisatie"),
    /** A separate network administrative organisation governs, paid for by all partners. */
    ADMINISTRATIVE("netwerkorganisatie"),
    /** Nobody governs: a self-organising network of modules, reputation and voting with one's feet (seed 004). */
    SELF_ORGANISING("zelforganiserend");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Governance(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code shared}, {@code lead}, {@code administrative}, {@code self_organising}. */
    public String key() {
        return key;
    }

    /** Whether a hub (a lead or administrative organisation) takes grievances first and coordinates. */
    public boolean hub() {
        return this == LEAD || this == ADMINISTRATIVE;
    }

    /** The Dutch term. */
    public String dutch() {
        return dutch;
    }
}
