package samen.workshop;

import samen.model.Intervention;

/** One row of {@code decisions.csv}: a decision, an intervention or the end of a round. */
public sealed interface Entry {

    /** The round it belongs to, counting from 1. */
    int round();

    /** Completed steps when it happened: a decision counts for the steps after this one. */
    long step();

    /**
     * What one seat did in a round.
     *
     * @param seat       the seat, counting from 1 (the organisation's place in the scenario)
     * @param choice     the player's choice, or null when the organisation's own rules decided
     * @param agentBring what its own rules would have brought at the round's first step (percent), -1 if it did not decide
     * @param agentAct   how its own rules would have acted then, null if it did not decide
     * @param agentStays false when its own rules' exit draw said walk away in the round (whoever decided)
     */
    record Decision(int round, long step, int seat, String organisation, Choice choice, int agentBring, Act agentAct,
                    boolean agentStays) implements Entry {
        public boolean human() {
            return choice != null;
        }
    }

    /** The trainer fired an intervention; {@code carriedOut} false when its precondition did not hold. */
    record Fired(int round, long step, Intervention intervention, boolean carriedOut) implements Entry {
    }

    /** A round closed after {@code steps} steps. */
    record RoundEnd(int round, long step, int steps) implements Entry {
    }
}
