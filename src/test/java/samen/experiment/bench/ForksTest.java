package samen.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yardstick's statistics and its forked legs; the figures themselves are for people (samen bench). */
class ForksTest {

    private static final Path DEFAULT = Path.of(System.getProperty("samen.home", "")).resolve("scenarios/default.yaml");

    @Test
    void aLegIsSteadyWhenItsLastRatesAgree() {
        assertThat(ThroughputLeg.steady(List.of(100.0, 200.0))).as("too few").isFalse();
        assertThat(ThroughputLeg.steady(List.of(50.0, 100.0, 300.0, 600.0))).as("still speeding up").isFalse();
        assertThat(ThroughputLeg.steady(List.of(50.0, 100.0, 103.0, 98.0))).isTrue();
    }

    @Test
    void theFigureIsTheMeanWithAStudentTInterval() {
        List<ThroughputLeg.Iteration> its = List.of(new ThroughputLeg.Iteration(100, 1, 1), new ThroughputLeg.Iteration(110, 1, 1),
                new ThroughputLeg.Iteration(90, 1, 0.5));
        Forks.Figure f = Forks.figure(2, its, 4);
        assertThat(f.perSecond()).isCloseTo(100, within(1e-9));
        // sd 10, n 3: t(0.975, 2) = 4.3027 times 10 / sqrt(3)
        assertThat(f.halfWidth()).isCloseTo(4.302653 * 10 / Math.sqrt(3), within(1e-4));
        assertThat(f.cpuUse()).isCloseTo(2.5 / 3, within(1e-9));
        assertThat(f.iterations()).isEqualTo(3);
    }

    @Test
    void everyLegRunsInAJvmOfItsOwnAndReportsEachThreadCount() throws Exception {
        Forks.Result r = Forks.throughput(DEFAULT, List.of(1, 2), 2, 0.02, 2);
        assertThat(r.figures()).containsOnlyKeys(1, 2);
        assertThat(r.figures().get(1).iterations()).isEqualTo(4);
        assertThat(r.figures().get(2).perSecond()).isPositive().isFinite();
        assertThat(r.perFork()).hasSize(2).allSatisfy(f -> assertThat(f.get(1)).isEqualTo(1.0));
        assertThat(r.speedUp(2)).isPositive().isFinite();
    }

    @Test
    void thePipelineLegReadsStartUpAndSteadyPaceFromTheSweep() throws Exception {
        Pipeline p = Pipeline.measure(DEFAULT, 2, 60);
        assertThat(p.runs()).isEqualTo(60);
        assertThat(p.startupSeconds()).isPositive();
        assertThat(p.sweepSeconds()).isPositive();
        assertThat(p.wallSeconds()).isGreaterThan(p.sweepSeconds());
        assertThat(p.secondHalfPerSecond()).isPositive();
        assertThat(p.cpuUse()).isPositive();
        assertThat(p.warmUpSeconds()).isBetween(0.0, p.sweepSeconds());
    }

    @Test
    void warmUpIsTheTimeBeyondTheSteadyPace() {
        // 1,000 runs in 10 s, 200 runs/s in the second half: 5 s at the steady pace, 5 s of warm-up
        assertThat(new Pipeline(2, 1000, 11, 1, 10, 200, 150, 1.9).warmUpSeconds()).isCloseTo(5, within(1e-9));
        assertThat(new Pipeline(2, 1000, 11, 1, 4, 200, 150, 1.9).warmUpSeconds()).as("never below 0").isZero();
    }
}
