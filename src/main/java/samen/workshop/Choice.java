package samen.workshop;

import java.util.Objects;
import samen.model.Condition;

/**
 * What a player decides for its organisation in one round: what the model's agents decide each
 * step, and what the workshop asks on top.
 *
 * @param bring        how much to bring, in percent of what the phase asks of the organisation
 *                     (the model's commitment times 100)
 * @param act          how to act
 * @param attend       the condition the player attends to
 * @param constituency how the player answers its constituency
 * @param stay         false when the player wants to leave the collaboration
 */
public record Choice(int bring, Act act, Condition attend, Answer constituency, boolean stay) {

    public Choice {
        if (bring < 0 || bring > 100) throw new IllegalArgumentException("bring " + bring + " not in 0..100");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(attend, "attend");
        Objects.requireNonNull(constituency, "constituency");
    }

    /** The model's commitment, in [0,1]. */
    public double commitment() {
        return bring / 100.0;
    }
}
