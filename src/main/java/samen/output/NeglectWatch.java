package samen.output;

import java.util.HashMap;
import java.util.Map;
import samen.engine.Simulation;
import samen.engine.StepListener;
import samen.model.Collaboration;
import samen.model.Condition;

/**
 * Watches the five condition levels step by step to say since when a condition has been neglected:
 * the first step of the stretch below {@link Simulation#NEGLECTED} that lasts to the end.
 */
public final class NeglectWatch implements StepListener {

    private final Map<String, Long> lastTended = new HashMap<>();
    private final Map<String, Double> level = new HashMap<>();
    private long lastStep = -1;

    /** Records the levels of the model's conditions after its current step. */
    @Override
    public void afterStep(Collaboration model) {
        Map<String, Double> levels = new HashMap<>();
        for (Condition c : Condition.values()) levels.put(c.key(), model.condition(c));
        observe(model.step(), levels);
    }

    /** Records the levels after {@code step}, by condition key. */
    public void observe(long step, Map<String, Double> levels) {
        lastStep = step;
        levels.forEach((condition, value) -> {
            level.put(condition, value);
            if (value >= Simulation.NEGLECTED) lastTended.put(condition, step);
        });
    }

    /** The last level seen of {@code condition}. */
    public double level(String condition) {
        return level.getOrDefault(condition, Double.NaN);
    }

    /** The step from which {@code condition} stayed neglected to the last step seen, or -1 when it is not neglected then. */
    public long neglectedSince(String condition) {
        Double now = level.get(condition);
        if (now == null || now >= Simulation.NEGLECTED) return -1;
        Long tended = lastTended.get(condition);
        return tended == null ? 0 : Math.min(tended + 1, lastStep);
    }
}
