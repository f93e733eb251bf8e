package samen.model;

import java.util.Locale;

/**
 * Whether a partner chose to be at the table. Seed 004 names why organisations collaborate: market
 * development and position, cost advantages, knowledge development, and external pressure (political
 * pressure, a legal obligation to collaborate or consult, a moral appeal). Of these only the legal
 * obligation closes the way out: it cannot simply leave. The others are its {@link Motive}. Where a voluntary partner that
 * is worse off or pulled away walks out (seed 002: "Zodra gemeenten het idee krijgen dat ze zonder
 * de ander hun doel kunnen bereiken, zullen ze dat niet nalaten"), a mandated one stays, keeps to
 * what it must and withdraws inwardly as the changes become concrete (seed 000, Passend Onderwijs:
 * "Hoe meer de echte wijzigingen duidelijk werden ... hoe meer sprake was van halfhartig
 * commitment"; "Ze moeten zich aan een aantal financiële afspraken houden, maar daar blijft het
 * bij").
 */
public enum Participation {
    /** At the table by its own choice, for whichever motive: it leaves when it no longer pays or binds. */
    VOLUNTARY("vrijwillig"),
    /** At the table by law: it cannot leave, and withdraws inwardly instead. */
    MANDATED("verplicht");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Participation(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file and CSV spelling: {@code voluntary}, {@code mandated}. */
    public String key() {
        return key;
    }

    /** The seed's Dutch term. */
    public String dutch() {
        return dutch;
    }
}
