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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/** A sweep's tidy files beside runs.csv, and its time series at scale, through the command line. */
class SweepOutputsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path cwd;

    /** Each run's rows in organisation_finals.csv and event_counts.csv say what the run replayed alone records. */
    @Test
    void partnerFinalsAndEventCountsAgreeWithTheRunReplayed() throws IOException {
        Cli.Result sweep = Cli.run(cwd, "sweep", "--scenario", "scenarios/archetypes/sham-collaboration.yaml", "--reps", "4",
                "--seed", "3", "--out", "s", "--quiet");
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        List<String> finals = data(cwd.resolve("s/organisation_finals.csv"));
        assertThat(finals.get(0)).isEqualTo("run_id,organisation,active,power,cumulative_payoff,alternative_value,relative_gain,"
                + "surplus_rate,standing,joined");
        List<String> counts = data(cwd.resolve("s/event_counts.csv"));
        assertThat(counts.get(0)).isEqualTo("run_id,kind,name,count");
        for (int runId = 0; runId < 4; runId++) {
            Cli.Result r = Cli.run(cwd, "run", "--from", "s", "--run-id", Integer.toString(runId), "--quiet");
            assertThat(r.exit()).as(r.err()).isZero();
            Path dir = cwd.resolve("runs/s-run" + runId);
            JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
            List<String> expected = new ArrayList<>();
            for (JsonNode p : summary.path("partners")) {
                expected.add(runId + "," + p.path("name").asText() + "," + p.path("active").asText() + "," + plain(p.path("power"))
                        + "," + plain(p.path("cumulative_payoff")) + "," + plain(p.path("alternative_value")) + ","
                        + plain(p.path("relative_gain")) + "," + plain(p.path("surplus_rate")) + "," + p.path("outcome_for_partner").asText()
                        + "," + p.path("joined").asText());
            }
            String id = runId + ",";
            assertThat(finals.stream().filter(l -> l.startsWith(id)).toList()).as("run " + runId).isEqualTo(expected);

            Map<String, Integer> tally = new TreeMap<>();
            for (String e : data(dir.resolve("events.csv")).subList(1, data(dir.resolve("events.csv")).size())) {
                String[] c = e.split(",", -1);
                tally.merge(c[1] + "," + c[2], 1, Integer::sum);
            }
            List<String> expectedCounts = new ArrayList<>();
            tally.forEach((kindName, n) -> expectedCounts.add(id + kindName + "," + n));
            assertThat(counts.stream().filter(l -> l.startsWith(id)).toList()).as("run " + runId).isEqualTo(expectedCounts).isNotEmpty();
        }
    }

    @Test
    void thinningImpliesTheTimeseriesAndChangingItIsAnotherSweep() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--every", "10", "--out", "s", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = data(cwd.resolve("s/timeseries.csv"));
        assertThat(rows.get(0)).startsWith("run_id,step,phase,");
        assertThat(rows.subList(1, rows.size()).stream().map(l -> l.split(",")[0] + ":" + l.split(",")[1]).toList())
                .containsExactly("0:0", "0:10", "0:20", "0:30", "1:0", "1:10", "1:20", "1:30", "2:0", "2:10", "2:20", "2:30");
        assertThat(Files.readString(cwd.resolve("s/sweep.json"))).contains("\"file\" : \"timeseries.csv\"", "\"every\" : 10");

        Cli.Result other = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--every", "5", "--out", "s", "--resume");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("not this one", "--timeseries");
        Cli.Result same = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--every", "10", "--out", "s", "--resume");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("already complete");
    }

    @Test
    void badTimeseriesOptionsAreBadInput() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--every", "0"), "--every 0: expected 1 to 1000000");
        assertBadInput(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--timeseries-columns", "mean_trust,trsut"),
                "--timeseries-columns: unknown column trsut; allowed: phase, phase_progress, energy, mean_trust");
        assertThat(cwd.resolve("sweeps")).doesNotExist();
    }

    private static void assertBadInput(Cli.Result r, String... messages) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(messages).doesNotContain("Exception").hasLineCount(1);
    }

    private static String plain(JsonNode number) {
        return number.isIntegralNumber() ? number.asText() : number.decimalValue().toPlainString();
    }

    private static List<String> data(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
    }
}
