package samen.workshop;

import java.util.Locale;
import samen.model.Opportunism;
import samen.model.Phase;
import samen.model.Voice;

/**
 * How a player acts in a round, in the workshop's words, and what it stands for in the model: good
 * faith, one of Wathne and Heide's covert forms of opportunism (seed 004), or open pushback, the
 * model's voice ({@link Voice}: withholding before agree, pressing to renegotiate from agree on).
 */
public enum Act {
    /** In good faith. */
    COOPERATE(null, false),
    /** Push back openly, as a discontented partner does: the model's voice, seen by all and no betrayal. */
    PUSH_BACK(null, true),
    /** Bring less than promised: evasion ("ontduiking"). */
    HOLD_BACK(Opportunism.EVASION, false),
    /** Reopen what was agreed by force: forced renegotiation ("heronderhandeling"). */
    PRESS_RENEGOTIATION(Opportunism.FORCED_RENEGOTIATION, false),
    /** Break the agreements to take more: violation ("overtreding"). */
    TAKE_MORE(Opportunism.VIOLATION, false);

    private final Opportunism conduct;
    private final boolean open;
    private final String key = name().toLowerCase(Locale.ROOT);

    Act(Opportunism conduct, boolean open) {
        this.conduct = conduct;
        this.open = open;
    }

    /** The model's conduct, null for good faith and for open pushback. */
    public Opportunism conduct() {
        return conduct;
    }

    /** The model's voice in {@code phase} for open pushback, else null. */
    public Voice voice(Phase phase) {
        return open ? Voice.choose(phase) : null;
    }

    public String key() {
        return key;
    }

    /**
     * The act an agent's decision comes closest to: its voice is open pushback; refusing to adapt
     * holds the work back as evasion does, so it reads as holding back.
     */
    public static Act of(Opportunism conduct, Voice voice) {
        if (conduct == null) return voice == null ? COOPERATE : PUSH_BACK;
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
