package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A synthetic model for the searches' tests that records the batches it was asked for, in order. */
abstract class RecordingModel implements BatchModel {

    final Map<String, List<double[]>> asked = new LinkedHashMap<>();

    @Override
    public final double[][] evaluate(String batch, List<double[]> points) {
        asked.put(batch, points);
        return summaries(batch, points);
    }

    /** Per target, per point its summary. */
    abstract double[][] summaries(String batch, List<double[]> points);

    /** This model was asked for the same batches, in the same order, with the same points, as {@code other}. */
    void assertAskedAs(RecordingModel other) {
        assertThat(asked.keySet()).containsExactlyElementsOf(other.asked.keySet());
        for (String batch : other.asked.keySet()) {
            assertThat(asked.get(batch).toArray(double[][]::new)).as(batch).isDeepEqualTo(other.asked.get(batch).toArray(double[][]::new));
        }
    }
}
