package samen.model;

import java.util.Locale;

/**
 * How a partner comes to the table. Planned: at the step the scenario gives ({@code joins_at}; 0 for
 * a founding partner), as before. Invited: a candidate nobody planned, drawn by what the
 * collaboration visibly yields and let in when there is room (seed 002 advice 5: "Bied ruimte voor
 * nieuwe partners. Samenwerking is organisch. Dus ook samenwerking heeft regelmatig nieuw bloed
 * nodig om in leven te blijven"; seed 000, the Energiefabriek: "is de Energiefabriek van iedereen en
 * voor iedereen – en wordt haar succes steeds groter"). See {@link Context}.
 */
public enum Joining {
    /** At the step the scenario gives: a founding partner, or a planned newcomer. */
    PLANNED("gepland"),
    /** A candidate: it joins when the collaboration draws it and a seat is free. */
    INVITED("uitgenodigd");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Joining(String dutch) {
        this.dutch = dutch;
    }

    /** The scenario-file spelling: {@code planned}, {@code invited}. */
    public String key() {
        return key;
    }

    /** The Dutch term. */
    public String dutch() {
        return dutch;
    }
}
