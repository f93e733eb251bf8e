package samen.model;

import java.util.Arrays;
import java.util.List;
import samen.model.config.InterventionRule;
import samen.model.config.Trigger;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Fires the interventions a scenario schedules, last thing each step: at a step, on entering a
 * phase, or when a gauge (a condition, an indicator, energy ...) is below a threshold, then not
 * again before the rule's cooldown has passed.
 */
final class Facilitator implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<InterventionRule> rules;
    private final long[] lastFired;
    private final long[] phaseEntryServed;

    Facilitator(List<InterventionRule> rules) {
        this.rules = rules;
        this.lastFired = new long[rules.size()];
        this.phaseEntryServed = new long[rules.size()];
        Arrays.fill(lastFired, Long.MIN_VALUE / 2);
        Arrays.fill(phaseEntryServed, -1);
    }

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        if (c.ended()) return;
        long now = c.step() + 1;
        for (int i = 0; i < rules.size(); i++) {
            InterventionRule rule = rules.get(i);
            if (due(c, i, rule, now)) {
                lastFired[i] = now;
                c.intervene(rule.type(), rule.when().text(), rule.by());
            }
        }
    }

    private boolean due(Collaboration c, int i, InterventionRule rule, long now) {
        Trigger when = rule.when();
        if (when instanceof Trigger.AtStep at) return at.step() == now;
        if (when instanceof Trigger.Every every) return now % every.period() == 0;
        if (when instanceof Trigger.OnPhase on) {
            if (c.phase() != on.phase() || phaseEntryServed[i] == c.lastPhaseChangeStep()) return false;
            phaseEntryServed[i] = c.lastPhaseChangeStep();
            return true;
        }
        Trigger.Below below = (Trigger.Below) when;
        return now - lastFired[i] >= rule.cooldown() && Gauges.value(c, below.gauge()) < below.threshold();
    }
}
