package samen.experiment.calibration;

import java.io.IOException;
import java.util.List;
import samen.experiment.SweepException;
import samen.scenario.ScenarioException;

/**
 * What a search asks of the model: the summaries of a batch of points of the unit cube (one
 * coordinate per parameter). A batch is evaluated whole, so its runs can go in parallel; its name
 * identifies it, so a resumed search finds the batches it already ran.
 */
@FunctionalInterface
public interface BatchModel {

    /** @return per target, per point its summary (NaN where a point has none) */
    double[][] evaluate(String batch, List<double[]> points)
            throws ScenarioException, SweepException, IOException, InterruptedException;
}
