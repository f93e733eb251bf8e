package samen.model;

import java.util.Locale;

/**
 * Where a partner starts from when it defines the collaboration (seed 004, slide *Er is altijd
 * spraakverwarring en ambiguïteit!*: "Betrokkenen definiëren vraagstuk, oplossing, kans en vorm
 * verschillend. Sommige betrokkenen zoeken de vraag bij hun oplossing,
 * anderen zijn op zoek naar de oplossing voor hun vraagstuk, voor weer anderen is de vorm of juist
 * de kans het startpunt"). Partners who start from different points speak at cross purposes until
 * exploring and sharing has brought their pictures together ({@link Ambiguity}).
 */
public enum StartingPoint {
    /** Looks for the solution to its problem. */
    PROBLEM("vraagstuk"),
    /** Looks for the question that fits its solution. */
    SOLUTION("oplossing"),
    /** Starts from an opportunity it sees. */
    OPPORTUNITY("kans"),
    /** Starts from the form the collaboration should take. */
    FORM("vorm");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    StartingPoint(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code problem}, {@code solution}, {@code opportunity}, {@code form}. */
    public String key() {
        return key;
    }

    /** The seed's Dutch term. */
    public String dutch() {
        return dutch;
    }
}
