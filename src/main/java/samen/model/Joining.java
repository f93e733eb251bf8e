package samen.model;

import java.util.Locale;

/**
 * How a partner comes to the table. Planned: at the step the scenario gives ({@code joins_at}; 0 for
 * a founding partner), as before. Invited: a candidate nobody planned, drawn by what the
 * collaboration visibly yields and let in when there is room (seed 002 advice 5: "Bied ruimte voor
 * nieuwe partners. Samenwerking is organisch. Dus ook samenwerking heeft regelmatig nieuw bloed
 * nodig om in leven te blijven"; seed 000, the Energiefabriek: "is de Energiefabriek van iedereen en
 * voor iedereen – en wordt haar succes steeds groter"). Sought: a candidate the partners seek out,
 * which joins when drawn once the collaboration executes and so grows the table. See {@link Context}.
 */
public enum Joining {
    /** At the step the scenario gives: a founding partner, or a planned newcomer. */
    PLANNED("gepland"),
    /** A candidate: it joins when the collaboration draws it and a seat is free. */
    INVITED("uitgenodigd"),
    /**
     * A candidate the partners seek out (seed 000: "De oprichters van het initiatief hebben
     * samenwerking bewust opgezocht om anderen mee te nemen in hun ambitie"): it joins when the
     * collaboration draws it once it executes, whether or not a seat is free, and so grows the table.
     */
    SOUGHT("gezocht");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Joining(String dutch) {
        this.dutch = dutch;
    }

    /**
     * Whether a candidate drawn by success finds room at the table: an invited one while fewer than
     * {@code seats} partners sit there (the most it has held), a sought one while the collaboration
     * executes, where its results are visible and its agreements made. A planned partner never
     * comes this way.
     */
    boolean room(int atTable, int seats, Phase phase) {
        return switch (this) {
            case PLANNED -> false;
            case INVITED -> atTable < seats;
            case SOUGHT -> phase == Phase.EXECUTE;
        };
    }

    /** The scenario-file spelling: {@code planned}, {@code invited}, {@code sought}. */
    public String key() {
        return key;
    }

    /** The Dutch term. */
    public String dutch() {
        return dutch;
    }
}
