package samen.workshop;

import java.util.Locale;
import samen.model.DecisionPolicy;

/**
 * How a representative answers its constituency ("achterban") this round (seed 003 §2, split
 * loyalty), and the model's decision it stands for ({@link DecisionPolicy.Constituency}).
 */
public enum Answer {
    /** Tell them what was done at the table: what the model's agent does. */
    INFORM(null),
    /** Defend the collaboration at home: wins backing (a wider mandate, less pull), costs time at the table. */
    DEFEND(DecisionPolicy.Constituency.DEFEND),
    /** Give in to the constituency: bring no more than it backs, and feel its pull in full. */
    GIVE_IN(DecisionPolicy.Constituency.GIVE_IN);

    private final DecisionPolicy.Constituency model;
    private final String key = name().toLowerCase(Locale.ROOT);

    Answer(DecisionPolicy.Constituency model) {
        this.model = model;
    }

    /** The model's decision, null for the rules' own (informing). */
    public DecisionPolicy.Constituency model() {
        return model;
    }

    public String key() {
        return key;
    }

    /** The answer with this key, or null. */
    public static Answer byKey(String key) {
        for (Answer a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
