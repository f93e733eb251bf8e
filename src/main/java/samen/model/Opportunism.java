package samen.model;

import java.util.Locale;

/**
 * The four forms of opportunism of Wathne and Heide (seed 004, "Opportunistisch gedrag: hoe?").
 * Each hurts in its own way: evasion brings less, refusal to adapt holds the process back,
 * violation breaks agreements to take more, forced renegotiation reopens what was agreed.
 *
 * @param sting size of the bad experience of a partner who sees it, in [0,1]
 */
public enum Opportunism {
    EVASION("ontduiking", 0.6),
    REFUSAL_TO_ADAPT("weigering zich aan te passen", 0.4),
    VIOLATION("overtreding", 1.0),
    FORCED_RENEGOTIATION("heronderhandeling", 0.8);

    private final String dutch;
    private final String key = name().toLowerCase(Locale.ROOT);
    private final double sting;

    Opportunism(String dutch, double sting) {
        this.dutch = dutch;
        this.sting = sting;
    }

    public double sting() {
        return sting;
    }

    public String key() {
        return key;
    }

    public String dutch() {
        return dutch;
    }
}
