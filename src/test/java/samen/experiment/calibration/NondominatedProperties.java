package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** The Pareto front of a set of points: nothing on it is beaten, everything off it is beaten by a point on it. */
class NondominatedProperties {

    @Property
    void theFrontIsExactlyWhatNothingBeats(@ForAll @Size(min = 1, max = 40) List<@Size(2) List<@DoubleRange(min = 0, max = 1) Double>> points) {
        double[][] rows = points.stream().map(p -> p.stream().mapToDouble(Double::doubleValue).map(x -> Math.round(x * 10) / 10.0).toArray())
                .toArray(double[][]::new);
        boolean[] front = Nsga2.nondominated(rows);
        for (int a = 0; a < rows.length; a++) {
            boolean beaten = false;
            boolean beatenByFront = false;
            for (int b = 0; b < rows.length; b++) {
                boolean dominates = rows[b][0] <= rows[a][0] && rows[b][1] <= rows[a][1] && (rows[b][0] < rows[a][0] || rows[b][1] < rows[a][1]);
                beaten |= dominates;
                beatenByFront |= dominates && front[b];
            }
            assertThat(front[a]).isEqualTo(!beaten);
            if (beaten) assertThat(beatenByFront).as("a point off the front is beaten by one on it").isTrue();
        }
    }
}
