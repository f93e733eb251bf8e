package samen.workshop;

import java.util.Locale;

/**
 * How a representative answers its constituency ("achterban") this round (seed 003 §2, split
 * loyalty). Recorded with every decision; see docs/WORKSHOP-PROTOCOL.md for how far the model
 * uses it.
 */
public enum Answer {
    /** Tell them what was done at the table. */
    INFORM,
    /** Ask them for a wider mandate. */
    CONSULT,
    /** Do what they ask, whatever the table wants. */
    FOLLOW;

    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    /** The answer with this key, or null. */
    public static Answer byKey(String key) {
        for (Answer a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
