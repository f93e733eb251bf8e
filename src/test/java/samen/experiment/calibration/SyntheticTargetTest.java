package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.engine.Simulation;
import samen.experiment.Sweeps;
import samen.experiment.SweepRunner;
import samen.output.Invocation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioLoader;

/**
 * Both searches recover known parameters from the model itself. The target is what the model gives
 * at trust.gain_rate = 0.015 and trust.vigilance_rate = 0.1 (mean trust and mean vigilance over
 * 8 seeds that the calibration never uses); the calibration knows only the targets and the priors,
 * gain_rate in [0.005, 0.03] and vigilance_rate in [0.02, 0.2]. In the tiny scenario mean trust
 * rises steeply with the gain rate there and mean vigilance falls with the vigilance rate, so the
 * two are identifiable; a wrong value (gain_rate 0.027) must be ruled out.
 */
class SyntheticTargetTest {

    static final double GAIN = 0.015;
    static final double VIGILANCE = 0.1;
    static final double GAIN_WIDTH = 0.025;
    static final double VIGILANCE_WIDTH = 0.18;
    static final SweepRunner.Progress QUIET = (done, total, errors) -> { };

    @TempDir
    Path dir;

    private CalibrationFile calibration(String method) throws Exception {
        Path scenario = Sweeps.tinyScenario(dir);
        double trust = 0;
        double vigilance = 0;
        for (long seed = 1000; seed < 1008; seed++) {
            Scenario s = ScenarioLoader.load(scenario, List.of("trust.gain_rate=" + GAIN, "trust.vigilance_rate=" + VIGILANCE));
            var metrics = Simulation.create(s.model(), seed).run(s.steps(), List.of()).metrics();
            trust += metrics.get("mean_trust") / 8;
            vigilance += metrics.get("mean_vigilance") / 8;
        }
        Path file = Sweeps.write(dir.resolve("fit.yaml"), String.format(Locale.ROOT, """
                name: synthetic
                scenario: tiny.yaml
                master_seed: 5
                replications: 4
                design: {type: lhs, samples: %d}
                parameters:
                  trust.gain_rate: {min: 0.005, max: 0.03}
                  trust.vigilance_rate: {min: 0.02, max: 0.2}
                targets:
                  mean_trust: {value: %.6f}
                  mean_vigilance: {value: %.6f}
                %s
                """, method.contains("nsga2") ? 16 : 30, trust, vigilance, method));
        return CalibrationFile.load(file);
    }

    @Test
    void theParetoFrontOfNsga2SurroundsTheTrueParameters() throws Exception {
        CalibrationFile file = calibration("method: nsga2\ngenerations: 6");
        Calibration.run(file, dir.resolve("out"), 2, false, Invocation.now(List.of("test")), QUIET);
        List<CSVRecord> front = rows(dir.resolve("out/pareto.csv"));
        assertThat(front).isNotEmpty();
        double nearestGain = front.stream().mapToDouble(r -> Math.abs(value(r, "trust.gain_rate") - GAIN)).min().orElseThrow();
        double nearestVigilance = front.stream().mapToDouble(r -> Math.abs(value(r, "trust.vigilance_rate") - VIGILANCE)).min().orElseThrow();
        assertThat(nearestGain / GAIN_WIDTH).as("a point of the front within 5% of the gain rate's range of the truth").isLessThan(0.05);
        assertThat(nearestVigilance / VIGILANCE_WIDTH).as("and of the vigilance rate's").isLessThan(0.05);
        CSVRecord best = front.get(0);
        assertThat(Math.abs(value(best, "trust.gain_rate") - GAIN) / GAIN_WIDTH).as("best-1's gain rate").isLessThan(0.1);
        assertThat(Math.abs(value(best, "trust.vigilance_rate") - VIGILANCE) / VIGILANCE_WIDTH).as("best-1's vigilance rate").isLessThan(0.15);
        assertThat(front).allSatisfy(r -> assertThat(Math.abs(value(r, "trust.gain_rate") - 0.027)).isGreaterThan(0.005));
    }

    @Test
    void theAbcSmcPosteriorHoldsTheTrueParametersInIts90PercentInterval() throws Exception {
        CalibrationFile file = calibration("method: abc-smc\ngenerations: 4\nquantile: 0.5");
        Calibration.run(file, dir.resolve("out"), 2, false, Invocation.now(List.of("test")), QUIET);
        List<CSVRecord> posterior = rows(dir.resolve("out/posterior.csv"));
        assertThat(posterior).hasSize(30);
        double[] w = posterior.stream().mapToDouble(r -> value(r, "weight")).toArray();
        double[] gain = posterior.stream().mapToDouble(r -> value(r, "trust.gain_rate")).toArray();
        double[] vigilance = posterior.stream().mapToDouble(r -> value(r, "trust.vigilance_rate")).toArray();
        double gainLow = AbcSmc.weightedQuantile(gain, w, 0.05);
        double gainHigh = AbcSmc.weightedQuantile(gain, w, 0.95);
        double vigilanceLow = AbcSmc.weightedQuantile(vigilance, w, 0.05);
        double vigilanceHigh = AbcSmc.weightedQuantile(vigilance, w, 0.95);
        assertThat(GAIN).isBetween(gainLow, gainHigh);
        assertThat(VIGILANCE).isBetween(vigilanceLow, vigilanceHigh);
        assertThat((gainHigh - gainLow) / GAIN_WIDTH).as("much narrower than the prior's 0.9").isLessThan(0.4);
        assertThat((vigilanceHigh - vigilanceLow) / VIGILANCE_WIDTH).as("much narrower than the prior's 0.9").isLessThan(0.5);
        assertThat(0.027 < gainLow || 0.027 > gainHigh).as("a wrong value is ruled out: [%s, %s]", gainLow, gainHigh).isTrue();
    }

    static List<CSVRecord> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(Files.newBufferedReader(file)).setFormat(format).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    static double value(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
