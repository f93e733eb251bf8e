package samen.model.config;

/**
 * One of the five conditions as a scenario sets it.
 *
 * @param initial   its level at the start, [0,1]
 * @param attention how far the representatives' attention to it works, [0,1]: 1 as their
 *                  leadership signatures give it, 0 switches attention to it off (neglect)
 */
public record ConditionSpec(double initial, double attention) {
}
