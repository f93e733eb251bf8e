package samen.model.config;

import java.util.Objects;
import samen.model.Intervention;

/**
 * An intervention a scenario schedules.
 *
 * @param type     which of the eight types of seed 004
 * @param when     what makes it fire
 * @param cooldown with a {@link Trigger.Below} trigger: steps to wait before it may fire again, &ge; 1
 * @param by       the partner whose representative carries it, by name; empty for the facilitator
 */
public record InterventionRule(Intervention type, Trigger when, int cooldown, String by) {

    public InterventionRule {
        Objects.requireNonNull(by, "by");
    }
}
