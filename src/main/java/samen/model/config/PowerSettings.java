package samen.model.config;

/**
 * How power is spread over the partners (seed 003 §2, "an unclear centre of power").
 *
 * @param distribution    one of {@code equal, dominant, skewed, unclear}
 * @param dominantShare   with {@code dominant}: the first organisation's share of all power, (0,1)
 * @param paretoAlpha     with {@code skewed} and {@code unclear}: Pareto shape; 1.16 gives 80/20
 * @param perceptionNoise with {@code unclear}: spread (log-normal sigma) of perceived around actual power
 * @param influence       how far power rather than contribution decides who takes what from the pot, [0,1]
 */
public record PowerSettings(
        PowerDistribution distribution,
        double dominantShare,
        double paretoAlpha,
        double perceptionNoise,
        double influence) {

    /** The power distributions of issue #2; names are the scenario file's spelling. */
    public enum PowerDistribution {
        EQUAL, DOMINANT, SKEWED, UNCLEAR;

        public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
