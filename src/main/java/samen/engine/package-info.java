/**
 * Runs a model: builds a {@link samen.model.Collaboration} from a configuration and a seed, steps
 * MASON's schedule, notifies {@link samen.engine.StepListener}s after every step and sums the run
 * up as a {@link samen.engine.RunResult}. No I/O.
 */
package samen.engine;
