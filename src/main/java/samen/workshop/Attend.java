package samen.workshop;

import java.util.Locale;
import samen.model.Condition;

/**
 * Where a player's representative puts its attention in a round: on one of the five conditions
 * (seed 003 §4), or spread as its leadership style spreads it, as the model's agent does.
 */
public enum Attend {
    /** As its leadership style has it: what the model's agent does. */
    SPREAD(null),
    AMBITION(Condition.AMBITION),
    INTERESTS(Condition.INTERESTS),
    RELATION(Condition.RELATION),
    ORGANISATION(Condition.ORGANISATION),
    PROCESS(Condition.PROCESS);

    private final Condition condition;
    private final String key = name().toLowerCase(Locale.ROOT);

    Attend(Condition condition) {
        this.condition = condition;
    }

    /** The condition attended to, or null for the style's spread. */
    public Condition condition() {
        return condition;
    }

    public String key() {
        return key;
    }

    /** The choice with this key, or null. */
    public static Attend byKey(String key) {
        for (Attend a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
