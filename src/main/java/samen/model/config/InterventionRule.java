package samen.model.config;

import samen.model.Intervention;

/**
 * An intervention a scenario schedules.
 *
 * @param type     which of the eight types of seed 004
 * @param when     what makes it fire
 * @param cooldown with a {@link Trigger.Below} trigger: steps to wait before it may fire again, &ge; 1
 */
public record InterventionRule(Intervention type, Trigger when, int cooldown) {
}
