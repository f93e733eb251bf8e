package samen.workshop;

import samen.model.Intervention;

/**
 * A message from a page, parsed and checked by {@link Messages}. Players send {@link Join},
 * {@link Rejoin}, {@link Decide} and {@link Ask}; the trainer {@link Control} and {@link Intervene}.
 * Numbered messages ({@code seq}) are accepted once: a message replayed is refused.
 */
public sealed interface Message {

    /** Take a free seat, counting from 1. */
    record Join(int seat) implements Message {
    }

    /** Take one's seat again with its code. */
    record Rejoin(String token) implements Message {
    }

    /** A player's choice for round {@code round}, for seat {@code seat} (which must be its own). */
    record Decide(long seq, int seat, int round, Choice choice) implements Message {
    }

    /** A player asks the trainer for an intervention. */
    record Ask(long seq, int seat, Intervention intervention) implements Message {
    }

    /** The trainer starts, pauses or moves on to the next round. */
    record Control(long seq, Command command) implements Message {
    }

    /** The trainer fires an intervention. */
    record Intervene(long seq, Intervention intervention) implements Message {
    }

    /** What the trainer's buttons do. */
    enum Command { START, PAUSE, NEXT }
}
