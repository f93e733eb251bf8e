package samen.model;

import java.util.Locale;

/**
 * Where a partner stands in the collaboration (seed 004, "Welke partijen vormen de strategische
 * kern, wie zijn complementair?"): the strategic core, the complementary ring or the free space.
 * It decides whom the partner works with ({@link Network}), whether it takes part in the
 * decisions at the gates and whether it sets, and so can reopen, the rules ({@link #decides}).
 *
 * <ul>
 * <li>Core: "Hebben collectieve visie", "Bereidheid om samen risico te nemen", "Bepalen samen de
 * spelregels, normen en waarden van de groep", "Consensus over strategie en visie".
 * <li>Ring: "Vult 'gaten' in processen, doelgroepen of sleutel-activiteiten", "Wil op specifieke
 * terreinen risico's delen of samen investeren", "Consent over strategie en visie (mag verschillen;
 * is geen bezwaar)".
 * <li>Free space: "'Markttransacties'", "Geen langdurige wederzijdse verplichtingen", "Krijg ik wat
 * ik nodig heb op een goede manier tegen een verantwoorde prijs?".
 * </ul>
 */
public enum Circle {
    /** Shares vision, risk and rule-setting; works with every other core partner. */
    CORE("strategische kern"),
    /** Fills gaps on themes; works with a few partners on its themes; consents, does not decide. */
    RING("complementaire ring"),
    /** Only transacts: one tie, to the core partner it deals with; no lasting obligations. */
    FREE("vrije ruimte");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Circle(String dutch) {
        this.dutch = dutch;
    }

    /** Whether partners of this circle decide at the gates and set (and so can reopen) the rules. */
    public boolean decides() {
        return this == CORE;
    }

    /** The scenario-file spelling: {@code core}, {@code ring}, {@code free}. */
    public String key() {
        return key;
    }

    /** The seed's Dutch term. */
    public String dutch() {
        return dutch;
    }
}
