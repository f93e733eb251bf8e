package samen.model;

import java.util.Locale;

/** What kind of thing happened, for the event log ({@code events.csv}, the GUI's flashes). */
public enum EventKind {
    PHASE_CHANGE, FALLBACK, AGREEMENT_REOPENED, INTERVENTION, INTERVENTION_REFUSED, INTERVENTION_FAILED, SHOCK, JOIN,
    LEAVE, TURNOVER, OPPORTUNISM, VOICE, GOAL_REACHED, GRIEVANCE_SETTLED, RESTRUCTURED, MOVED_INTO_CORE,
    TIE_FORMED, TIE_DROPPED;

    /**
     * The detail of an {@link #AGREEMENT_REOPENED} event whose subject's constituency called back
     * what its representative agreed (the subject did not press for it itself).
     */
    public static final String CALLED_BACK = "its constituency does not back what was agreed";

    /**
     * The detail of an {@link #AGREEMENT_REOPENED} event in shape where partners who started from
     * different points find that what they agreed was only a temporarily workable agreement
     * ({@link Ambiguity}).
     */
    public static final String PROVISIONAL = "partners who started from different points find they meant different things";

    /** The end of the detail of a {@link #GOAL_REACHED} event after which the partners take on a next round. */
    public static final String NEXT_ROUND = "a next round begins";

    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }
}
