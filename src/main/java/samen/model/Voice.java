package samen.model;

import java.util.Locale;

/**
 * How a discontented partner pushes back instead of leaving ("voice" rather than "exit",
 * Hirschman 1970): once there are agreements it presses to reopen them, before that it withholds
 * part of what it would bring. Seed 003 §4.2: interests left unserved lead to "defensief gedrag"
 * and "een permanente en soms uitputtende staat van onderhandeling". Unlike {@link Opportunism},
 * voice is open: it does not sting the others, but it costs the process.
 */
public enum Voice {
    /** Presses to renegotiate what was agreed: the agreement is reopened (see {@link Process}). */
    RENEGOTIATE("heronderhandelen"),
    /** Holds back part of its contribution until it is better served. */
    WITHHOLD("achterhouden");

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);

    Voice(String dutch) {
        this.dutch = dutch;
    }

    /** Renegotiating needs agreements, so from agree on; before that a partner can only withhold. */
    public static Voice choose(Phase phase) {
        return phase.ordinal() >= Phase.AGREE.ordinal() ? RENEGOTIATE : WITHHOLD;
    }

    public String key() {
        return key;
    }

    public String dutch() {
        return dutch;
    }
}
