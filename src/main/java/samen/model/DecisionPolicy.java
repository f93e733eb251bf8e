package samen.model;

/**
 * Where an organisation's decision of a step comes from. By default its own rules decide (no
 * policy); a workshop gives a seat's organisation a policy that returns what the person playing it
 * decided. The organisation always works out its own decision first, so the stream of random
 * draws is the same whoever decides, and the policy sees what the agent would have done.
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
     * What an organisation decides each step.
     *
     * @param commitment willingness to invest, in [0,1]: what it brings is its capacity times the
     *                   phase's intensity times this
     * @param conduct    the form of opportunism, or null to act in good faith
     * @param voice      open pushback, or null; only without opportunism
     */
    record Decision(double commitment, Opportunism conduct, Voice voice) {
        public Decision {
            if (!(commitment >= 0 && commitment <= 1)) throw new IllegalArgumentException("commitment " + commitment + " not in [0,1]");
            if (conduct != null && voice != null) throw new IllegalArgumentException("both opportunism and voice");
        }
    }
}
