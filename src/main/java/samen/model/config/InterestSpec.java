package samen.model.config;

/**
 * How much each of the three kinds of interest (seed 003 §3.2) weighs for an organisation.
 * Weights need not sum to one; the model normalises them.
 */
public record InterestSpec(Distribution collective, Distribution organisational, Distribution individual) {
}
