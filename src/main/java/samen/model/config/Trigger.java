package samen.model.config;

import java.math.BigDecimal;
import samen.model.Phase;

/**
 * When a scheduled intervention fires. Written in a scenario as one short phrase:
 * {@code "step 40"}, {@code "every 10 steps"}, {@code "entering agree"} or {@code "ambition below 0.3"}.
 */
public sealed interface Trigger {

    /** The phrase that reads back to this trigger. */
    String text();

    /** At the end of step {@code step}. */
    record AtStep(long step) implements Trigger {
        public String text() { return "step " + step; }
    }

    /** At steps {@code period}, 2 × {@code period}, ...: a standing arrangement. */
    record Every(long period) implements Trigger {
        public String text() { return "every " + period + " steps"; }
    }

    /** Each time the collaboration enters {@code phase} (also when it starts in it). */
    record OnPhase(Phase phase) implements Trigger {
        public String text() { return "entering " + phase.key(); }
    }

    /** Whenever the gauge (a condition, an indicator, energy, mean_trust ...) is below {@code threshold}. */
    record Below(String gauge, double threshold) implements Trigger {
        public String text() { return gauge + " below " + BigDecimal.valueOf(threshold).toPlainString(); }
    }
}
