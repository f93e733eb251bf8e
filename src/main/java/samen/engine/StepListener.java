package samen.engine;

import samen.model.Collaboration;

/**
 * Observes a run, as Mesa's DataCollector does: called once after initialisation (step 0) and once
 * after every completed step. Listeners read the model; they must not change it.
 */
@FunctionalInterface
public interface StepListener {
    void afterStep(Collaboration model);
}
