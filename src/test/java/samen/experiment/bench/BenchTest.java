package samen.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The measurements run and report sane units; their values are for people (samen bench), not asserted. */
class BenchTest {

    private static final Path DEFAULT = Path.of(System.getProperty("samen.home", "")).resolve("scenarios/default.yaml");

    @Test
    void everyMeasurementReportsPositiveFiniteFigures() throws Exception {
        Bench bench = new Bench(DEFAULT, 0.001);
        Bench.StepCost c = bench.stepCost(0);
        assertThat(c.partners()).isEqualTo(6);
        assertThat(c.modelNanos()).isPositive().isFinite();
        assertThat(c.bareNanos()).isPositive().isFinite();
        Bench.Scaling s = bench.scaling(8, 50);
        assertThat(s.stepsRun()).isBetween(1.0, 50.0);
        assertThat(s.microsPerStep()).isPositive().isFinite();
        double[] point = bench.pointMicros();
        assertThat(point).hasSize(2);
        assertThat(point[0]).isPositive();
        assertThat(point[1]).isPositive();
    }

    @Test
    void theBareLoopIsDeterministicAndStaysInRange() {
        BareLoop a = new BareLoop(6, 3);
        BareLoop b = new BareLoop(6, 3);
        for (int step = 0; step < 200; step++) {
            double x = a.step();
            assertThat(x).isEqualTo(b.step()).isFinite();
        }
    }
}
