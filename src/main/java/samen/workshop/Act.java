package samen.workshop;

import java.util.Locale;
import samen.model.Opportunism;

/**
 * How a player acts in a round, in the workshop's words, and the model's conduct it stands for
 * (seed 004, Wathne and Heide's forms of opportunism).
 */
public enum Act {
    /** In good faith. */
    COOPERATE(null),
    /** Bring less than promised: evasion ("ontduiking"). */
    HOLD_BACK(Opportunism.EVASION),
    /** Reopen what was agreed: forced renegotiation ("heronderhandeling"). */
    PRESS_RENEGOTIATION(Opportunism.FORCED_RENEGOTIATION),
    /** Break the agreements to take more: violation ("overtreding"). */
    TAKE_MORE(Opportunism.VIOLATION);

    private final Opportunism conduct;
    private final String key = name().toLowerCase(Locale.ROOT);

    Act(Opportunism conduct) {
        this.conduct = conduct;
    }

    /** The model's conduct, null for good faith. */
    public Opportunism conduct() {
        return conduct;
    }

    public String key() {
        return key;
    }

    /**
     * The act an agent's conduct comes closest to; refusing to adapt holds the work back as
     * evasion does, so it reads as holding back.
     */
    public static Act of(Opportunism conduct) {
        if (conduct == null) return COOPERATE;
        return switch (conduct) {
            case EVASION, REFUSAL_TO_ADAPT -> HOLD_BACK;
            case FORCED_RENEGOTIATION -> PRESS_RENEGOTIATION;
            case VIOLATION -> TAKE_MORE;
        };
    }

    /** The act with this key, or null. */
    public static Act byKey(String key) {
        for (Act a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
