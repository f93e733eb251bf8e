package samen.model;

/**
 * How a run ended and why, in one sentence a trainer can read out.
 */
public record Verdict(Outcome outcome, String explanation) {
}
