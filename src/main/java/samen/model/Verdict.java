package samen.model;

/**
 * How a run ended and why: the outcome, one sentence a trainer can read out, and the rule of
 * {@link OutcomeRules} that decided it, with the numbers it compared.
 */
public record Verdict(Outcome outcome, String explanation, String rule) {
}
