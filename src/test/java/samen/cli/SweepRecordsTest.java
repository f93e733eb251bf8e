package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/** A sweep directory is a complete record: its inputs, its provenance, and every row reproducible alone. */
class SweepRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> PROVENANCE = List.of("command", "date", "samen_version", "git_commit", "java", "mason", "os");

    @TempDir
    Path cwd;

    @Test
    void aSweepKeepsItsSweepFileAndBaseScenarioAndSaysWhoRanIt() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "grid.yaml", "--out", "g", "--threads", "2", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cwd.resolve("g/sweep.yaml")).hasSameBinaryContentAs(sweep);
        assertThat(cwd.resolve("g/base_scenario.yaml")).hasSameBinaryContentAs(cwd.resolve("tiny.yaml"));

        JsonNode provenance = JSON.readTree(cwd.resolve("g/sweep.json").toFile()).path("provenance");
        assertThat(fieldNames(provenance)).containsExactlyElementsOf(PROVENANCE);
        assertThat(provenance.path("command").asText()).isEqualTo("samen sweep grid.yaml --out g --threads 2 --quiet");
        assertThat(provenance.path("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(provenance.path("git_commit").asText()).matches("[0-9a-f]{40}(-dirty)?|unknown");
        assertThat(provenance.path("mason").asText()).startsWith("MASON ");
        assertThat(provenance.path("java").asText()).contains(System.getProperty("java.runtime.version"));
        assertThat(provenance.path("os").asText()).startsWith(System.getProperty("os.name"));
    }

    @Test
    void theQuickFormKeepsAnEquivalentSweepFileThatRunsTheSameRowsAgain() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "power.distribution=equal,dominant",
                "--vary", "trust.loss_rate=0.05:0.15:0.05", "--reps", "2", "--seed", "3", "--quiet").exit()).isZero();
        Path first = cwd.resolve("sweeps/tiny-by-power.distribution-trust.loss_rate");
        assertThat(Files.readString(first.resolve("sweep.yaml"))).contains("scenario: base_scenario.yaml",
                "trust.loss_rate: [0.05, 0.1, 0.15]", "master_seed: 3", "replications: 2");

        Cli.Result again = Cli.run(cwd, "sweep", first.resolve("sweep.yaml").toString(), "--out", "again", "--quiet");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(cwd.resolve("again/runs.csv")).hasSameBinaryContentAs(first.resolve("runs.csv"));
    }

    @Test
    void runFromASweepReproducesEachRowExactly() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "power.distribution=equal,skewed",
                "--vary", "trust.loss_rate=0.05,0.2", "--reps", "2", "--seed", "9", "--out", "s", "--quiet").exit()).isZero();
        List<String> lines = Files.readAllLines(cwd.resolve("s/runs.csv"));
        List<String> header = List.of(lines.get(1).split(",", -1));
        int outcome = header.indexOf("outcome");
        for (int runId : new int[] {0, 3, 6}) {
            Cli.Result r = Cli.run(cwd, "run", "--from", "s", "--run-id", Integer.toString(runId), "--quiet");
            assertThat(r.exit()).as(r.err()).isZero();
            Path dir = cwd.resolve("runs/s-run" + runId);
            JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
            List<String> row = List.of(lines.get(2 + runId).split(",", -1));
            assertThat(summary.path("seed").asText()).isEqualTo(row.get(header.indexOf("seed")));
            assertThat(summary.path("outcome").asText()).isEqualTo(row.get(outcome));
            assertThat(summary.path("phase_reached").asText()).isEqualTo(row.get(outcome + 1));
            List<String> metrics = header.subList(outcome + 2, header.size() - 1);
            assertThat(metrics).isNotEmpty();
            for (String metric : metrics) {
                JsonNode value = summary.path("metrics").path(metric);
                String text = value.isIntegralNumber() ? value.asText() : value.decimalValue().toPlainString();
                assertThat(text).as("run %d, %s", runId, metric).isEqualTo(row.get(header.indexOf(metric)));
            }
            assertThat(Files.readString(dir.resolve("scenario.yaml"))).contains("loss_rate: " + row.get(5));
            assertThat(summary.path("provenance").path("command").asText())
                    .isEqualTo("samen run --from s --run-id " + runId + " --quiet");
        }
    }

    @Test
    void mergedShardsKeepTheInputsAndReproduceRows() throws IOException {
        Sweeps.grid(cwd);
        for (String shard : List.of("1/2", "2/2")) {
            assertThat(Cli.run(cwd, "sweep", "grid.yaml", "--shard", shard, "--out", "part" + shard.charAt(0), "--quiet").exit()).isZero();
        }
        assertThat(Cli.run(cwd, "merge", "part1", "part2", "--out", "whole").exit()).isZero();
        assertThat(cwd.resolve("whole/base_scenario.yaml")).hasSameBinaryContentAs(cwd.resolve("tiny.yaml"));
        assertThat(cwd.resolve("whole/sweep.yaml")).hasSameBinaryContentAs(cwd.resolve("grid.yaml"));
        Cli.Result r = Cli.run(cwd, "run", "--from", "whole", "--run-id", "29", "--out", "last", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        String row = Files.readAllLines(cwd.resolve("whole/runs.csv")).get(2 + 29);
        assertThat(JSON.readTree(cwd.resolve("last/summary.json").toFile()).path("seed").asText()).isEqualTo(row.split(",")[3]);
    }

    @Test
    void runFromRefusesWhatWouldNotReproduceTheRow() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--out", "s", "--quiet").exit()).isZero();
        assertBadInput(Cli.run(cwd, "run", "--from", "s"), "--from and --run-id go together");
        assertBadInput(Cli.run(cwd, "run", "--from", "s", "--run-id", "3"), "--run-id 3: ", "runs 0 to 2");
        assertBadInput(Cli.run(cwd, "run", "--from", "s", "--run-id", "1", "--seed", "4"), "not SCENARIO, --seed");
        assertBadInput(Cli.run(cwd, "run", "--from", "nowhere", "--run-id", "1"), "--from nowhere: no such directory");
        Path base = cwd.resolve("s/base_scenario.yaml");
        Files.writeString(base, Files.readString(base).replace("steps: 30", "steps: 31"));
        assertBadInput(Cli.run(cwd, "run", "--from", "s", "--run-id", "1"), "has changed since the sweep ran");
        assertThat(cwd.resolve("runs")).doesNotExist();
    }

    @Test
    void withoutVaryTheQuickFormRunsOnePointOverManySeeds() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "6");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(cwd.resolve("sweeps/tiny-6-seeds/runs.csv"));
        assertThat(lines).hasSize(2 + 6);
        assertThat(lines.get(1)).startsWith("run_id,point_id,replication,seed,outcome,");
        assertThat(lines.subList(2, 8)).allMatch(l -> l.matches("\\d,0,\\d,\\d+,.*"));
        assertThat(lines.subList(2, 8).stream().map(l -> l.split(",")[3]).distinct()).hasSize(6);
        assertThat(Cli.run(cwd, "analyze", "sweeps/tiny-6-seeds").exit()).isZero();
    }

    @Test
    void aCsvOfParameterRowsIsADesignFromTheQuickFormOrASweepFile() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("cases.csv"), "trust.loss_rate,power.distribution\n0.05,equal\n# the hard case\n0.2,dominant\n0.05,skewed\n");
        Cli.Result quick = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--points", "cases.csv", "--reps", "2", "--quiet");
        assertThat(quick.exit()).as(quick.err()).isZero();
        Path dir = cwd.resolve("sweeps/tiny-by-trust.loss_rate-power.distribution");
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        assertThat(rows).hasSize(2 + 6);
        assertThat(rows.subList(2, 8).stream().map(l -> String.join(",", List.of(l.split(",")).subList(1, 2))
                + ":" + String.join(",", List.of(l.split(",")).subList(4, 6))))
                .containsExactly("0:0.05,equal", "0:0.05,equal", "1:0.2,dominant", "1:0.2,dominant", "2:0.05,skewed", "2:0.05,skewed");
        assertThat(dir.resolve("points.csv")).hasContent("trust.loss_rate,power.distribution\n0.05,equal\n0.2,dominant\n0.05,skewed");

        Sweeps.write(cwd.resolve("listed.yaml"), "scenario: tiny.yaml\nreplications: 2\ndesign: {type: points, file: cases.csv}\n");
        Cli.Result file = Cli.run(cwd, "sweep", "listed.yaml", "--out", "listed", "--quiet");
        assertThat(file.exit()).as(file.err()).isZero();
        assertThat(body(cwd.resolve("listed/runs.csv"))).isEqualTo(body(dir.resolve("runs.csv")));
        assertThat(Cli.run(cwd, "run", "--from", "listed", "--run-id", "5", "--out", "five", "-q").exit()).isZero();
        assertThat(Files.readString(cwd.resolve("five/scenario.yaml"))).contains("distribution: skewed");
        assertThat(Cli.run(cwd, "analyze", "listed").out()).contains("points design", "By power.distribution");
    }

    @Test
    void aBadPointIsReportedAtItsLine() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("cases.csv"), "trust.loss_rate,power.distribution\n0.05,equal\n1.7,dominant\n");
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--points", "cases.csv"),
                "cases.csv:3:1: trust.loss_rate: 1.7");
        Sweeps.write(cwd.resolve("cases.csv"), "trust.loss_rate,power.distribution\n0.05\n");
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--points", "cases.csv"),
                "cases.csv:2:1: a row of 1 values; allowed: 2 non-empty values");
        Sweeps.write(cwd.resolve("both.yaml"), "scenario: tiny.yaml\ndesign: {type: points, file: cases.csv}\n"
                + "parameters:\n  trust.loss_rate: [0.1]\n");
        assertBadInput(Cli.run(cwd, "sweep", "both.yaml"), "both.yaml:4:3: parameters: a points design takes its parameters");
    }

    @Test
    void aRangeMustHaveAPositiveStep() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.2:0.1:0.05");
        assertBadInput(r, "--vary trust.loss_rate=0.2:0.1:0.05: trust.loss_rate: expected KEY=V1,V2,... or KEY=LO:HI:STEP");
        Cli.Result outOfRange = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.5:1.5:0.5");
        assertBadInput(outOfRange, "--vary trust.loss_rate=0.5:1.5:0.5: trust.loss_rate: 1.5");
    }

    @Test
    void forceReplacesASweepButNothingElse() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "2", "--out", "s", "--quiet").exit()).isZero();
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--out", "s"),
                "already exists and is not empty; use another --out, or --force to replace it");
        Cli.Result forced = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--out", "s", "--force", "--quiet");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readAllLines(cwd.resolve("s/runs.csv"))).hasSize(2 + 3);

        Files.createDirectories(cwd.resolve("mine"));
        Files.writeString(cwd.resolve("mine/notes.txt"), "keep me");
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--out", "mine", "--force"),
                "does not look like a sweep of samen");
        assertThat(cwd.resolve("mine/notes.txt")).hasContent("keep me");
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--out", "s", "--force", "--resume"), "give one of them");
    }

    /** The rows of a runs.csv without its provenance line (which names the sweep). */
    private static List<String> body(Path runs) throws IOException {
        List<String> lines = Files.readAllLines(runs);
        return lines.subList(1, lines.size());
    }

    private static void assertBadInput(Cli.Result r, String... messages) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(messages).doesNotContain("Exception").hasLineCount(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
