package samen.model;

/**
 * Where an organisation's decision of a step comes from. By default its own rules decide (no
 * policy); a workshop gives a seat's organisation a policy that returns what the person playing it
 * decided. The organisation always works out its own decision first, and the exit draw is made
 * whoever decides, so the stream of random draws is the same whoever decides, and the policy sees
 * what the agent would have done.
 */
@FunctionalInterface
public interface DecisionPolicy {

    /**
     * This step's decision of {@code self}.
     *
     * @param agents what the organisation's own rules decided
     * @return the decision that counts: {@code agents} to leave it to the rules
     */
    Decision decide(Organisation self, Decision agents);

    /**
     * What an organisation decides each step. The rules decide the first three; the last three are
     * null in the rules' own decision, which leaves them to the model's mechanisms (attention by the
     * representative's leadership style, loyalty by the constituency's pull, exit by its hazard).
     *
     * @param commitment   willingness to invest, in [0,1]: what it brings is its capacity times the
     *                     phase's intensity times this
     * @param conduct      the form of opportunism, or null to act in good faith
     * @param voice        open pushback, or null; only without opportunism
     * @param attention    the condition its representative puts its attention on, or null to spread
     *                     it as its leadership style does (see {@link Organisation#attention})
     * @param constituency how its representative answers the constituency, or null as the rules have it
     * @param departure    stay or leave whatever the exit hazard draws, or null to let the draw decide
     */
    record Decision(double commitment, Opportunism conduct, Voice voice, Condition attention,
                    Constituency constituency, Departure departure) {
        public Decision {
            if (!(commitment >= 0 && commitment <= 1)) throw new IllegalArgumentException("commitment " + commitment + " not in [0,1]");
            if (conduct != null && voice != null) throw new IllegalArgumentException("both opportunism and voice");
        }

        /** A decision that leaves attention, the constituency and exit to the model's mechanisms. */
        public Decision(double commitment, Opportunism conduct, Voice voice) {
            this(commitment, conduct, voice, null, null, null);
        }
    }

    /**
     * How a representative answers its constituency (seed 003 §2, "gesplitste loyaliteit"; §4.4:
     * the collaboration must earn "het vertrouwen van de achterban").
     */
    enum Constituency {
        /**
         * Argues the collaboration's case at home: it earns backing as a well-organised collaboration
         * does (a wider mandate, a weaker pull), at the cost of time not spent at the table.
         */
        DEFEND,
        /**
         * Does what the constituency asks: brings no more than the constituency backs, so it never
         * overreaches its mandate, and feels the constituency's pull in full.
         */
        GIVE_IN
    }

    /** Whether a representative stays at the table or walks away, overriding the exit hazard's draw. */
    enum Departure { STAY, LEAVE }
}
