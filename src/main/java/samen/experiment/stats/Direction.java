package samen.experiment.stats;

import java.util.Locale;

/** Which way a claim expects a response to move as a factor rises. */
public enum Direction {
    UP, DOWN;

    /** {@code up} or {@code down}, as files and tables spell it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** +1 for up, -1 for down. */
    public int sign() {
        return this == UP ? 1 : -1;
    }
}
