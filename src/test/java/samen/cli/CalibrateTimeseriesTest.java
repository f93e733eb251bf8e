package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;
import samen.experiment.calibration.Feature;
import samen.model.Event;
import samen.model.EventKind;

/**
 * samen calibrate with time-series targets, through the real CLI: the features are columns of the
 * batches' runs.csv, equal to what the run's own timeseries.csv and events.csv give, the same on any
 * thread count and after a resume; a badly spelled feature is refused with its line and column.
 */
class CalibrateTimeseriesTest {

    @TempDir
    Path cwd;

    private static final String FEATURES = """
            targets:
              trust_change_after_reopening:
                change_after: {event: agreement_reopened, metric: mean_trust, window: 5}
                between: [-0.1, -0.01]
              trust_falls_after_reopening:
                falls_after: {event: agreement_reopened, metric: mean_trust, window: 5}
                between: [0.6, 1]
              sharing_from:
                first_step: {event: phase_change, name: share}
                between: [10, 20]
              some_reopen:
                happens: {event: agreement_reopened}
                value: 0.3
              trust_trend:
                slope: {metric: mean_trust, from: 0, to: 60}
                value: -0.0005
            """;

    private void file(String name, String design, String rest) throws IOException {
        Sweeps.write(cwd.resolve("tiny.yaml"), "name: Tiny\nsteps: 60\norganisations:\n  count: 4\n");
        Sweeps.write(cwd.resolve(name + ".yaml"), "name: " + name + "\nscenario: tiny.yaml\nmaster_seed: 4\nreplications: 3\n"
                + "design: " + design + "\nparameters:\n  trust.loss_rate: {min: 0.02, max: 0.2}\n" + FEATURES + rest);
    }

    @Test
    void featuresAreColumnsOfTheRunsThatTheRunsOwnFilesReproduceOnAnyThreadCount() throws IOException {
        file("fit", "{type: lhs, samples: 12}", "accept: 0.25\n");
        Cli.Result r = Cli.run(cwd, "calibrate", "fit.yaml", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Time-series targets", "trust_trend", "36 of 36 runs had a value",
                "falls_after: {event: agreement_reopened, metric: mean_trust, window: 5}");
        Path dir = cwd.resolve("calibrations/fit");
        assertThat(Files.readAllLines(dir.resolve("draws.csv")).get(1)).isEqualTo("draw,trust.loss_rate,trust_change_after_reopening,"
                + "trust_falls_after_reopening,sharing_from,some_reopen,trust_trend,runs_trust_change_after_reopening,"
                + "runs_trust_falls_after_reopening,runs_sharing_from,runs_some_reopen,runs_trust_trend,distance,accepted");
        List<String> header = Files.readAllLines(dir.resolve("sweep/runs.csv")).get(1).lines().toList();
        assertThat(header.get(0)).endsWith(",shocks,trust_change_after_reopening,trust_falls_after_reopening,sharing_from,"
                + "some_reopen,trust_trend,error");

        List<CSVRecord> runs = rows(dir.resolve("sweep/runs.csv"));
        assertThat(runs).hasSize(36);
        assertThat(runs).as("some runs reopen an agreement, some do not").anyMatch(row -> row.get("trust_falls_after_reopening").isEmpty())
                .anyMatch(row -> !row.get("trust_falls_after_reopening").isEmpty());
        assertThat(runs).allMatch(row -> row.get("trust_falls_after_reopening").isEmpty() == row.get("some_reopen").equals("0"));
        for (CSVRecord draw : rows(dir.resolve("draws.csv"))) {
            String point = draw.get("draw");
            long with = runs.stream().filter(row -> row.get("point_id").equals(point) && !row.get("trust_falls_after_reopening").isEmpty())
                    .count();
            assertThat(draw.get("runs_trust_falls_after_reopening")).as("draw %s", point).isEqualTo(Long.toString(with));
            assertThat(draw.get("runs_trust_trend")).isEqualTo("3");
            if (with == 0) assertThat(draw.get("trust_falls_after_reopening")).as("no run to speak for it").isEmpty();
        }
        CSVRecord reopened = runs.stream().filter(row -> !row.get("trust_change_after_reopening").isEmpty()).findFirst().orElseThrow();
        String id = reopened.get("run_id");
        Cli.Result one = Cli.run(cwd, "run", "--from", dir.resolve("sweep").toString(), "--run-id", id, "--out", "one", "-q");
        assertThat(one.exit()).as(one.err()).isZero();
        Feature.Trace trace = trace(cwd.resolve("one"));
        Feature.Happening reopen = new Feature.Happening("agreement_reopened", "");
        assertThat(new Feature.ChangeAfter(reopen, "mean_trust", 5).of(trace))
                .isCloseTo(Double.parseDouble(reopened.get("trust_change_after_reopening")), within(1e-6));
        assertThat(new Feature.Slope("mean_trust", 0, 60).of(trace)).isCloseTo(Double.parseDouble(reopened.get("trust_trend")), within(1e-6));
        assertThat(new Feature.FirstStep(new Feature.Happening("phase_change", "share")).of(trace))
                .isEqualTo(Double.parseDouble(reopened.get("sharing_from")));

        Cli.Result again = Cli.run(cwd, "calibrate", "fit.yaml", "--out", "again", "--threads", "1", "-q");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(cwd.resolve("again/draws.csv")).hasSameBinaryContentAs(dir.resolve("draws.csv"));
        assertThat(cwd.resolve("again/sweep/runs.csv")).hasSameBinaryContentAs(dir.resolve("sweep/runs.csv"));
    }

    @Test
    void aSearchOnFeaturesCutShortResumesToTheSameFiles() throws IOException {
        file("search", "{type: lhs, samples: 6}", "method: nsga2\ngenerations: 2\n");
        assertThat(Cli.run(cwd, "calibrate", "search.yaml", "--out", "whole", "--threads", "2", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "calibrate", "search.yaml", "--out", "cut", "--threads", "1", "-q").exit()).isZero();
        Path cut = cwd.resolve("cut");
        CalibrateCommandTest.deleteTree(cut.resolve("evaluations/gen-002"));
        Files.delete(cut.resolve("pareto.csv"));
        Cli.Result resumed = Cli.run(cwd, "calibrate", "search.yaml", "--out", "cut", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("of 54 runs had a value");
        for (String f : List.of("evaluations.csv", "pareto.csv", "best-1.yaml")) {
            assertThat(cut.resolve(f)).as(f).hasSameBinaryContentAs(cwd.resolve("whole/" + f));
        }
        assertThat(Files.readAllLines(cut.resolve("evaluations.csv")).get(1)).contains(",trust_falls_after_reopening,",
                ",runs_trust_falls_after_reopening,", ",miss_trust_trend,");
    }

    @Test
    void aBadlySpelledFeatureIsRefusedWithItsLineAndColumn() throws IOException {
        file("bad", "{type: lhs, samples: 6}", """
                  falls:
                    falls_after: {event: reopen, metric: trust, window: 0}
                    between: [0.5, 1]
                  trend:
                    slope: {metric: mean_trust, from: 30, to: 10}
                    value: 0
                  Trend:
                    happens: {event: leave, name: exit}
                  execute_at:
                    first_step: {event: phase_change, name: done, colour: red}
                    value: 20
                """);
        Cli.Result r = Cli.run(cwd, "calibrate", "bad.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(
                "bad.yaml:25:26: targets.falls.falls_after.event: `reopen` is not a kind of event (the kind column of events.csv); "
                        + "allowed: phase_change, fallback, agreement_reopened,",
                "bad.yaml:25:42: targets.falls.falls_after.metric: `trust` is not a numeric column of timeseries.csv; allowed: "
                        + "phase_progress, energy, mean_trust,",
                "bad.yaml:25:57: targets.falls.falls_after.window: 0 is not a whole number of steps; allowed: 1 to 100000",
                "bad.yaml:28:47: targets.trend.slope.to: step 10 is not after from (30); allowed: a step after from",
                "bad.yaml:30:3: targets.Trend: `Trend` cannot name a feature's summary",
                "bad.yaml:31:5: targets.Trend: misses its value or range",
                "bad.yaml:33:51: targets.execute_at.first_step: `colour` is not a field of first_step; allowed: event, name")
                .doesNotContain("Exception");
        file("taken", "{type: lhs, samples: 6}", "  mean_trust:\n    happens: {event: leave}\n    value: 0.1\n");
        Cli.Result taken = Cli.run(cwd, "calibrate", "taken.yaml");
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).contains("targets.mean_trust: a time-series feature cannot take the name of a column of runs.csv");
        assertThat(cwd.resolve("calibrations")).doesNotExist();
    }

    @Test
    void theWorkedExampleRunsAsTheDocsShowIt() throws IOException {
        Path example = Cli.HOME.resolve("scenarios/calibrations/trust-after-reopening.yaml");
        String small = Files.readString(example).replace("../base-team.yaml", Cli.HOME.resolve("scenarios/base-team.yaml").toString())
                .replace("replications: 10", "replications: 2").replace("samples: 30", "samples: 4").replace("generations: 4", "generations: 1");
        Sweeps.write(cwd.resolve("example.yaml"), small);
        Cli.Result r = Cli.run(cwd, "calibrate", "example.yaml", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ABC-SMC: ", "4 proposals of 2 runs each", "trust_falls_after_reopening", "execute_reached_at", "trust_trend",
                "runs had a value");
        List<CSVRecord> proposals = rows(cwd.resolve("calibrations/trust-after-reopening/evaluations.csv"));
        assertThat(proposals).isNotEmpty().allSatisfy(p -> assertThat(Integer.parseInt(p.get("runs_execute_reached_at"))).isBetween(0, 2));
    }

    /** A run as its timeseries.csv and events.csv give it. */
    private static Feature.Trace trace(Path run) throws IOException {
        List<CSVRecord> steps = rows(run.resolve("timeseries.csv"));
        double[] trust = new double[steps.size()];
        for (CSVRecord row : steps) trust[Integer.parseInt(row.get("step"))] = Double.parseDouble(row.get("mean_trust"));
        List<Event> events = new ArrayList<>();
        for (CSVRecord row : rows(run.resolve("events.csv"))) {
            events.add(new Event(Long.parseLong(row.get("step")), EventKind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT)),
                    row.get("name"), row.get("subject"), row.get("detail")));
        }
        return new Feature.Trace(Map.of("mean_trust", trust), events);
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
