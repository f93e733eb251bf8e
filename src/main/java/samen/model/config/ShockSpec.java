package samen.model.config;

import samen.model.ShockKind;

/**
 * A context shock a scenario schedules.
 *
 * @param atStep  the step at whose start it hits, &ge; 1
 * @param partner the organisation it hits, by name; empty for every partner
 * @param size    how hard, [0,1]: the share of capacity cut, or how far priorities shift
 */
public record ShockSpec(long atStep, ShockKind kind, String partner, double size) {
}
