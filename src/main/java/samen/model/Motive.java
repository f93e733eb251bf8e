package samen.model;

import java.util.Locale;

/**
 * Why a partner is at the table. Seed 004, *Motieven voor samenwerken*, names four: market
 * development and position, cost advantages, knowledge development and external pressure; seed
 * 001 gives the same reasons in prose ("omdat je te klein bent om een concurrerend product of
 * dienst te leveren, of omdat je behoefte hebt aan bepaalde kennis", "Juist van partijen met een
 * andere achtergrond en denkwereld kun je veel leren", "En tot slot vraagt ook de buitenwereld dat
 * je zaken op elkaar afstemt"). Each motive changes what the partner counts as its gain, or what
 * leaving costs it; the legal obligation, the one pressure that closes the exit, is
 * {@link Participation#MANDATED}, not a motive.
 */
public enum Motive {
    /**
     * Market development and position: it weighs its own gain against its own road (as every partner did before),
     * counts the markets it reaches through partners on other terrains ({@link MarketAccess}), and judges its road
     * alone without what its rivals at the table would take once it left them free to compete ({@link Protection}).
     */
    MARKET("markt"),
    /** Cost advantages: it came for the scale the others give it, so each partner who walks away takes some of its gain. */
    COST("kosten"),
    /** Knowledge development: it learns from partners unlike itself while they explore and share. */
    KNOWLEDGE("kennis"),
    /** External pressure (political pressure, a moral appeal): leaving costs face, so it holds back inwardly before it leaves. */
    PRESSURE("druk");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Motive(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code market}, {@code cost}, {@code knowledge}, {@code pressure}. */
    public String key() {
        return key;
    }

    /** The seed's Dutch term. */
    public String dutch() {
        return dutch;
    }
}
