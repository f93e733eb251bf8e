package samen.experiment.facts;

import java.util.EnumSet;
import java.util.Set;
import samen.model.Outcome;

/**
 * The one failure family of issue #10: every outcome except win-win and compromise, the two in
 * which value is split fairly (seed 004). Facts, response curves and claim tests all count
 * failure this way, so their shares compare.
 */
public final class Failure {

    /** Every outcome but {@code win_win} and {@code compromise}. */
    public static final Set<Outcome> FAMILY = java.util.Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(Outcome.WIN_WIN, Outcome.COMPROMISE)));

    private Failure() {
    }

    public static boolean is(Outcome outcome) {
        return FAMILY.contains(outcome);
    }
}
