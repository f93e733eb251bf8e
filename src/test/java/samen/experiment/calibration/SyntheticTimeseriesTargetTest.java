package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.engine.Simulation;
import samen.experiment.RunProbe;
import samen.experiment.Sweeps;
import samen.output.Invocation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioLoader;

/**
 * A calibration on time-series targets alone recovers a known parameter. The targets are what the
 * model gives at trust.loss_rate = 0.1 (16 seeds the calibration never uses) in a scenario of 4
 * partners and 60 steps: the slope of mean trust over the run and the share of runs in which mean
 * trust falls after the first reopened agreement. The calibration knows only those and the prior,
 * loss_rate in [0.02, 0.2]. The faster trust is lost, the lower its slope and the more often it falls
 * after a reopening, so the rate is identifiable; a wrong value (0.18) must be ruled out.
 */
class SyntheticTimeseriesTargetTest {

    static final double LOSS = 0.1;
    static final double WIDTH = 0.18;

    @TempDir
    Path dir;

    @Test
    void theAbcSmcPosteriorOnTimeSeriesFeaturesHoldsTheTrueLossRate() throws Exception {
        Sweeps.write(dir.resolve("tiny.yaml"), "name: Tiny\nsteps: 60\norganisations:\n  count: 4\n");
        Target trend = new Target("trust_trend", 0, 0, new Feature.Slope("mean_trust", 0, 60));
        Target falls = new Target("trust_falls_after_reopening", 0, 0, new Feature.FallsAfter(
                new Feature.ChangeAfter(new Feature.Happening("agreement_reopened", ""), "mean_trust", 5)));
        double[] truth = truth(List.of(trend, falls));
        Path file = Sweeps.write(dir.resolve("fit.yaml"), String.format(Locale.ROOT, """
                name: synthetic-timeseries
                scenario: tiny.yaml
                master_seed: 7
                replications: 8
                design: {type: lhs, samples: 20}
                parameters:
                  trust.loss_rate: {min: 0.02, max: 0.2}
                targets:
                  trust_trend:
                    slope: {metric: mean_trust, from: 0, to: 60}
                    value: %.6f
                  trust_falls_after_reopening:
                    falls_after: {event: agreement_reopened, metric: mean_trust, window: 5}
                    value: %.6f
                method: abc-smc
                generations: 3
                quantile: 0.5
                """, truth[0], truth[1]));
        Calibration.run(CalibrationFile.load(file), dir.resolve("out"), 2, false, Invocation.now(List.of("test")),
                SyntheticTargetTest.QUIET);
        List<CSVRecord> posterior = SyntheticTargetTest.rows(dir.resolve("out/posterior.csv"));
        assertThat(posterior).hasSize(20);
        double[] w = posterior.stream().mapToDouble(r -> SyntheticTargetTest.value(r, "weight")).toArray();
        double[] loss = posterior.stream().mapToDouble(r -> SyntheticTargetTest.value(r, "trust.loss_rate")).toArray();
        double low = AbcSmc.weightedQuantile(loss, w, 0.05);
        double high = AbcSmc.weightedQuantile(loss, w, 0.95);
        assertThat(LOSS).as("90%% interval [%s, %s]", low, high).isBetween(low, high);
        assertThat((high - low) / WIDTH).as("much narrower than the prior's 0.9").isLessThan(0.5);
        assertThat(0.18).as("a wrong value is ruled out").isGreaterThan(high);
    }

    /** Each target's mean over 16 runs at the true loss rate, measured as the sweep measures it. */
    private double[] truth(List<Target> targets) throws Exception {
        Scenario s = ScenarioLoader.load(dir.resolve("tiny.yaml"), List.of("trust.loss_rate=" + LOSS));
        RunProbe probe = FeatureProbe.of(targets);
        double[] sum = new double[targets.size()];
        int[] n = new int[targets.size()];
        for (long seed = 1000; seed < 1016; seed++) {
            RunProbe.Observer observer = probe.start();
            Simulation simulation = Simulation.create(s.model(), seed);
            simulation.run(s.steps(), List.of(observer));
            String[] cells = observer.cells(simulation.model());
            for (int t = 0; t < cells.length; t++) {
                if (cells[t].isEmpty()) continue;
                sum[t] += Double.parseDouble(cells[t]);
                n[t]++;
            }
        }
        for (int t = 0; t < sum.length; t++) {
            assertThat(n[t]).as("runs with a value for %s", targets.get(t).summary()).isGreaterThan(2);
            sum[t] /= n[t];
        }
        return sum;
    }
}
