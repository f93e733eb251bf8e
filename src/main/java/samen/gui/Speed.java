package samen.gui;

import java.util.Locale;

/**
 * How fast a run plays, as a multiple of the classroom pace: at {@code 1} a run of 200 steps takes
 * about a minute (300 ms a step), slow enough for a room to follow and for the trainer to talk;
 * {@code 2} is twice as fast; {@code max} plays as fast as the machine can.
 *
 * @param factor the multiple of the classroom pace; 0 for as fast as possible
 */
public record Speed(double factor) {

    /** The classroom pace: a 200-step run in about a minute. */
    public static final Speed CLASSROOM = new Speed(1);
    public static final Speed MAX = new Speed(0);
    static final long CLASSROOM_STEP_MS = 300;
    static final double MIN = 0.1;
    static final double MAX_FACTOR = 100;

    public Speed {
        if (factor != 0 && !(factor >= MIN && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("a speed from " + MIN + " to " + (int) MAX_FACTOR + ", or max");
        }
    }

    /**
     * {@code 1}, {@code 0.5}, {@code 3}, or {@code max}, as {@code --speed} takes it.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static Speed parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("max")) return MAX;
        double factor;
        try {
            factor = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a speed; allowed: a number from " + MIN + " to "
                    + (int) MAX_FACTOR + " (1 = a 200-step run in about a minute), or max");
        }
        if (!(factor >= MIN && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("'" + text + "' is out of range; allowed: a speed from " + MIN + " to "
                    + (int) MAX_FACTOR + ", or max");
        }
        return new Speed(factor);
    }

    /** The pause between two steps, as MASON's Console takes it. */
    public long sleepMillis() {
        return factor == 0 ? 0 : Math.round(CLASSROOM_STEP_MS / factor);
    }

    /** The speed whose pause between steps is {@code millis}. */
    static Speed ofSleep(long millis) {
        if (millis <= 0) return MAX;
        return new Speed(Math.max(MIN, Math.min(MAX_FACTOR, (double) CLASSROOM_STEP_MS / millis)));
    }
}
