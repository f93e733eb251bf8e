package samen.model;

import java.util.Locale;

/**
 * How a run ends, exactly one per run. Definitions in docs/MODEL.md ("Outcome"); the negotiation
 * outcomes come from seed 004 ("Win-win is de wenselijke uitkomst"), the process failures from
 * seed 003 §3.1, §4.1 and §4.5.
 */
public enum Outcome {
    WIN_WIN, COMPROMISE, WIN_LOSE, LOSE_LOSE, STAGNATION, SHAM, BREAKUP;

    /** The contract spelling used in files and on the command line: {@code win_win}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
