package samen.experiment;

import java.util.List;
import samen.engine.StepListener;
import samen.model.Collaboration;

/**
 * Columns of {@code runs.csv} besides the final metrics, measured on each run as it goes: a
 * calibration's time-series targets are computed per run here, so they are in the rows a sweep
 * checkpoints and a resumed sweep reads back rather than computes again.
 */
public interface RunProbe {

    /** No columns. */
    RunProbe NONE = new RunProbe() {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public String identity() {
            return "";
        }

        @Override
        public Observer start() {
            throw new IllegalStateException("a probe without columns observes nothing");
        }
    };

    /** The columns, written after the metrics. */
    List<String> columns();

    /** What the columns measure, for the sweep's identity in {@code sweep.json}. */
    String identity();

    /** An observer for one run. */
    Observer start();

    /** Watches one run after every step (step 0 included), then gives its cells. */
    interface Observer extends StepListener {

        /** One cell per column, "" where the run has no value. */
        String[] cells(Collaboration finished);
    }
}
