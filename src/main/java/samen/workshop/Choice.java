package samen.workshop;

import java.util.Objects;
import samen.model.DecisionPolicy;
import samen.model.Phase;

/**
 * What a player decides for its organisation in one round: what the model's agents decide each
 * step, and what the workshop asks on top.
 *
 * @param bring        how much to bring, in percent of what the phase asks of the organisation
 *                     (the model's commitment times 100)
 * @param act          how to act
 * @param attend       the condition the player attends to, or its style's spread
 * @param constituency how the player answers its constituency
 * @param stay         true to stay at the table whatever the model's exit hazard draws; false to
 *                     walk away at the round's first step
 */
public record Choice(int bring, Act act, Attend attend, Answer constituency, boolean stay) {

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

    /** The decision the model plays in {@code phase}: the player's conduct or open pushback (voice). */
    public DecisionPolicy.Decision decision(Phase phase) {
        return new DecisionPolicy.Decision(commitment(), act.conduct(), act.voice(phase), attend.condition(), constituency.model(),
                stay ? DecisionPolicy.Departure.STAY : DecisionPolicy.Departure.LEAVE);
    }
}
