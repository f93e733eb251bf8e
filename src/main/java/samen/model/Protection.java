package samen.model;

/**
 * What a partner at the table for its market position keeps by staying: its rivals held to the
 * table's agreements. Seed 004, *Motieven voor samenwerken*, column *Marktontwikkeling en
 * -positie*: "Bescherming tegen concurrentie" (protection against competition); its strategic core
 * makes "Afspraken over exclusiviteit doelgroepen" and "Bepalen samen de spelregels". Seed 003:
 * partners on the same terrain compete ("Naarmate samenwerkende partijen zich meer op hetzelfde
 * terrein bewegen, is de kans op competitie tussen hen groter"; {@link Organisation#rivals}). Seed
 * 002: territories are guarded ("in het onderwijs worden territoria hard bewaakt"), and partners
 * leave "zodra [ze] het idee krijgen dat ze zonder de ander hun doel kunnen bereiken". A partner
 * that walks away frees every rival at the table to compete against it, so its road alone is worth
 * less than its alternative by the shield: in execute it judges whether it would do better alone
 * against that smaller road ({@link Round}, docs/MODEL.md §7.12). What it actually takes and earns
 * stays measured against its alternative. A rival who leaves takes its part of the shield with it.
 * A partner that names no terrain has no rivals, so where no terrain is shared nothing changes.
 */
final class Protection {

    /**
     * Share of its road alone a market partner expects its rivals to take once it has left, when
     * every other partner who joined is a rival still at the table: half, as pressure closes half
     * the way out ({@link Organisation#FACE}). The model's reading, not calibrated.
     */
    static final double SHIELD = 0.5;

    private Protection() {
    }

    /**
     * The shield {@code o} holds this step, in [0, {@link #SHIELD}]: its share of the market motive
     * times the share of the partners who ever joined it (free space and candidates aside, as in the
     * break-up count) that are its rivals at the table now.
     */
    static double shield(Collaboration c, Organisation o) {
        return c.marketWeight(o, SHIELD, o::rivals);
    }
}
