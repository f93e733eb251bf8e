package samen.model;

import java.util.Locale;

/**
 * What kind of resource a partner brings (operational fit; issue #11, item 2). Seed 004, Douma's
 * *Operationele fit*, lists the resources a partner is chosen for: *"Financiële resources"*,
 * *"Productie resources"*, *"R&amp;D technische resources"*, *"Marketing resources"* (with *"Toegang tot
 * markt / marktkennis"*). These four make a closed set, so that how fully a table covers them can be
 * measured against the most it could ({@link Complementarity}); a free label, as {@code culture} is,
 * would give no maximum. {@link #NONE} names no kind: a table where nobody names one creates as before.
 */
public enum Resource {
    /** Money: Douma's financial resources (in care, the funder's and the insurer's budgets). */
    FINANCE("financien"),
    /** Hands that deliver: production resources (in care, the people who give the care). */
    PRODUCTION("productie"),
    /** Know-how and technique: R&amp;D and technical resources. */
    KNOWLEDGE("kennis"),
    /** Access to the people served: marketing resources, access to the market and knowledge of it. */
    MARKET("markt"),
    /** Names no kind: it is left out of the table's mix. */
    NONE("geen");

    /** How many kinds there are to bring, {@link #NONE} not counted: the most a table can cover. */
    static final int KINDS = values().length - 1;

    private final String dutch;

    Resource(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code finance}, {@code production}, {@code knowledge}, {@code market}, {@code none}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The seed's Dutch term (without accents). */
    public String dutch() {
        return dutch;
    }
}
