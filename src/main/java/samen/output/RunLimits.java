package samen.output;

import java.util.Locale;
import java.util.Optional;
import samen.model.Network;
import samen.model.config.ModelConfig;

/**
 * What one run may ask of one machine, checked before it starts (issue #15): a run that would
 * write gigabytes or compute for hours is refused with the limit and what to do instead, rather
 * than filling the disk or the memory halfway. Measured on a 2-core machine: organisations.csv
 * takes about 160 bytes per partner and step, and a step costs about 1 µs per pair of partners.
 */
public final class RunLimits {

    /** Rows of organisations.csv (partners × steps): about 1.6 GB. */
    public static final long MAX_PARTNER_STEPS = 10_000_000;
    /** Pairs of partners × steps: about a quarter of an hour. */
    public static final long MAX_PAIR_STEPS = 1_000_000_000;

    private RunLimits() {
    }

    /** Why a run of {@code config} over {@code steps} is refused, or empty when it is within the limits. */
    public static Optional<String> exceeded(ModelConfig config, long steps) {
        return exceeded(config.organisations().size(), Network.of(config).slots(), steps);
    }

    /**
     * Why a run of {@code partners} over {@code steps} is refused, or empty when it is within the
     * limits; {@code pairs} are the ordered pairs that meet each step ({@code partners × (partners − 1)}
     * with everyone in the core, fewer in the interaction network).
     */
    public static Optional<String> exceeded(int partners, long pairs, long steps) {
        long partnerSteps = partners * (steps + 1);
        long pairSteps = pairs * steps;
        if (partnerSteps > MAX_PARTNER_STEPS) {
            return Optional.of(String.format(Locale.ROOT, "%d partners over %d steps would write %,d rows (about %.1f GB) "
                    + "into organisations.csv; allowed: at most %,d partners × steps: fewer steps (--steps), fewer partners, "
                    + "or a sweep, which keeps one row per run", partners, steps, partnerSteps, partnerSteps * 160 / 1e9,
                    MAX_PARTNER_STEPS));
        }
        if (pairSteps > MAX_PAIR_STEPS) {
            return Optional.of(String.format(Locale.ROOT, "%d partners over %d steps make %,d meetings of pairs, hours "
                    + "of computing; allowed: at most %,d pairs × steps: fewer steps (--steps) or fewer partners",
                    partners, steps, pairSteps, MAX_PAIR_STEPS));
        }
        return Optional.empty();
    }
}
