package samen.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import samen.experiment.DesignSpec;

/** Intervals respect the range of the values; too-small samples are named, not drawn as if sound. */
class SensitivityNotesTest {

    @Property
    void aMeanIntervalNeverLeavesTheRangeTheValuesTook(@ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 0, max = 1) Double> values) {
        double sum = 0;
        double squares = 0;
        double min = 1;
        double max = 0;
        for (double v : values) {
            sum += v;
            squares += v * v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        Interval i = Interval.mean(values.size(), sum, squares, min, max);
        assertThat(i.low()).isBetween(min, i.estimate());
        assertThat(i.high()).isBetween(i.estimate(), max);
    }

    @Test
    void aSkewedSmallSampleWouldHaveReachedBelowZero() {
        // three runs of a share: 0, 0, 0.3 -> mean 0.1, t half-width 0.43
        Interval i = Interval.mean(3, 0.3, 0.09, 0, 0.3);
        assertThat(i.low()).isZero();
        assertThat(i.high()).isEqualTo(0.3);
    }

    @Test
    void smallDesignsAndUnstableIndicesAreWarnedAbout() {
        assertThat(SampleSize.ofDesign(new DesignSpec(DesignSpec.Type.MORRIS, 0, 4, 4))).singleElement()
                .satisfies(n -> assertThat(n.text()).startsWith("4 Morris trajectories"));
        assertThat(SampleSize.ofDesign(new DesignSpec(DesignSpec.Type.MORRIS, 0, 20, 4))).isEmpty();
        assertThat(SampleSize.ofDesign(new DesignSpec(DesignSpec.Type.SOBOL, 64, 0, 0))).hasSize(1);
        assertThat(SampleSize.ofDesign(new DesignSpec(DesignSpec.Type.SOBOL, 1024, 0, 0))).isEmpty();

        List<double[]> unstable = List.of(new double[] {0.8, 0.7, 0.9, 0.85, 0.75, 0.95}, new double[] {0.6, 0.1, 1.1, 0.7, 0.6, 0.8},
                new double[] {-0.2, -0.3, -0.1, 0.1, 0.05, 0.15});
        assertThat(SampleSize.ofSobol("mean_trust", unstable)).extracting(Note::text)
                .anySatisfy(t -> assertThat(t).startsWith("first-order indices sum to 1.20"))
                .anySatisfy(t -> assertThat(t).startsWith("1 negative indices"))
                .anySatisfy(t -> assertThat(t).contains("wider than 0.3 for 1 of 3 parameters"));
        List<double[]> settled = List.of(new double[] {0.3, 0.25, 0.35, 0.4, 0.35, 0.45}, new double[] {0.5, 0.45, 0.55, 0.55, 0.5, 0.6});
        assertThat(SampleSize.ofSobol("mean_trust", settled)).isEmpty();

        assertThat(SampleSize.ofMorris("x", List.of(new double[] {0, 1, 1, 0.1, 2.5}, new double[] {0, 1, 1, 0.8, 1.2})))
                .singleElement().satisfies(n -> assertThat(n.text()).contains("for 1 of 2 parameters"));
    }
}
