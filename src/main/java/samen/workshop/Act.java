package samen.workshop;

import java.util.Locale;
import samen.model.Opportunism;
import samen.model.Voice;

/**
 * How a player acts in a round, in the workshop's words, and the model's conduct it stands for
 * (seed 004, Wathne and Heide's forms of opportunism). Until the workshop's wiring follows the
 * model's rework (#10), a player's pushback is the covert form; the model's open voice
 * ({@link Voice}) is only read back from the agents.
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
     * The act an agent's decision comes closest to: refusing to adapt and withholding (voice) hold
     * the work back as evasion does, so they read as holding back; pressing openly to renegotiate
     * reads as pressing for renegotiation.
     */
    public static Act of(Opportunism conduct, Voice voice) {
        if (conduct == null) {
            if (voice == null) return COOPERATE;
            return voice == Voice.RENEGOTIATE ? PRESS_RENEGOTIATION : HOLD_BACK;
        }
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
