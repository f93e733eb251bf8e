package samen.model;

/**
 * What a partner at the table for market development gains of its own: access, through the
 * others, to markets it is not on. Seed 004, *Motieven voor samenwerken*, column
 * *Marktontwikkeling en -positie*: "Verkrijgen van toegang tot nieuwe markten", "Ontwikkelen van
 * nieuwe markten en producten", "Verbeteren en vergroten van de distributiekraft". That access
 * lies with the partners on other terrains and leaves with them: seed 002, "Zodra gemeenten het
 * idee krijgen dat ze zonder de ander hun doel kunnen bereiken, zullen ze dat niet nalaten", read
 * the other way round: a market it cannot reach alone keeps it at the table as long as the
 * partner who opens it stays. Rivals on its own terrain open no new market (they compete,
 * {@link Organisation#rivals}), and a partner that names no terrain of its own has no market the
 * model could call new, so where no terrains are named nothing changes (docs/MODEL.md §7.12).
 */
final class MarketAccess {

    /**
     * What access to every other partner's market adds to a market partner's organisational interest:
     * as much as the best real returns do in execute (their bound, docs/MODEL.md §7.7). The model's
     * reading, not calibrated.
     */
    static final double WORTH = 0.5;

    private MarketAccess() {
    }

    /**
     * The access {@code o} holds this step, in [0, {@link #WORTH}]: its share of the market motive
     * times the share of the partners who ever joined it (free space and candidates aside, as in the
     * break-up count) that are at the table now on a named terrain other than its own. A partner on
     * another market who walks away takes its market with it.
     */
    static double reached(Collaboration c, Organisation o) {
        return c.marketWeight(o, WORTH, j -> !j.terrain().isEmpty() && !j.terrain().equals(o.terrain()));
    }
}
