package samen.workshop;

import java.util.List;

/**
 * What a round did to one organisation, for its player: who decided, what that was, and what
 * followed.
 *
 * @param round        the round, counting from 1
 * @param human        true when the player's choice counted, false when the agent decided
 * @param bring        what it brought (percent of what the phase asked) at the round's first step
 * @param act          how it acted then
 * @param attend       where its attention went (the agent spreads it by its style)
 * @param attendedChange change in the level of the condition attended to, NaN when spread
 * @param constituency how it answered its constituency (the agent informs)
 * @param stayed       whether it is still at the table after the round
 * @param agentLeaves  the first step in the round at which the model's own rules would have walked
 *                     away, or -1
 * @param payoff       what the round gave it beyond its alternative (sum over the round's steps)
 * @param trustChange  change in the mean trust the others have in it
 * @param loyaltyChange change in its loyalty to the collaboration
 * @param events       what happened to or around it in the round, repeats folded:
 *                     {@code firstStep lastStep kind name count}
 */
public record Feedback(int round, boolean human, int bring, Act act, Attend attend, double attendedChange,
                       Answer constituency, boolean stayed, long agentLeaves, double payoff, double trustChange,
                       double loyaltyChange, List<String> events) {
    public Feedback {
        events = List.copyOf(events);
    }
}
