package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

class SweepCommandTest {

    @TempDir
    Path cwd;

    @Test
    void aRowReproducesWithSamenRunSeedAndSet() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "power.distribution=equal,dominant",
                "--vary", "trust.loss_rate=0.05,0.15", "--reps", "2", "--seed", "5", "--out", "q", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("8 runs of 4 points", "0 errors", "samen analyze q");
        List<String> lines = Files.readAllLines(cwd.resolve("q/runs.csv"));
        assertThat(lines.get(0)).matches("# samen \\S+ sweep=tiny-by-power.distribution-trust.loss_rate base_scenario_sha256=[0-9a-f]{64} master_seed=5");
        List<String> header = List.of(lines.get(1).split(","));
        assertThat(header.subList(0, 8)).containsExactly("run_id", "point_id", "replication", "seed", "power.distribution",
                "trust.loss_rate", "outcome", "phase_reached");
        assertThat(header).endsWith("error").contains("mean_trust", "cumulative_value");

        String[] row = lines.get(2 + 7).split(",", -1);
        Cli.Result again = Cli.run(cwd, "run", "tiny.yaml", "--seed", row[3], "--set", "power.distribution=" + row[4],
                "--set", "trust.loss_rate=" + row[5], "--out", "again", "--quiet");
        assertThat(again.exit()).as(again.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(cwd.resolve("again/summary.json").toFile());
        assertThat(summary.path("outcome").asText()).isEqualTo(row[6]);
        int trust = header.indexOf("mean_trust");
        int value = header.indexOf("cumulative_value");
        assertThat(summary.path("metrics").path("mean_trust").asDouble()).isEqualTo(Double.parseDouble(row[trust]), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(summary.path("metrics").path("cumulative_value").asDouble()).isEqualTo(Double.parseDouble(row[value]), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void dryRunCountsWithoutRunning() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", sweep.toString(), "--dry-run", "--shard", "2/4");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("tiny grid: grid design, 6 points x 5 replications = 30 runs; shard 2/4: 8 runs\n");
        assertThat(cwd.resolve("sweeps")).doesNotExist();
    }

    @Test
    void timeseriesAreOneLongFileWithTheRunId() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.05,0.1", "--reps", "2",
                "--out", "ts", "--timeseries", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> ts = Files.readAllLines(cwd.resolve("ts/timeseries.csv"));
        assertThat(ts.get(1)).startsWith("run_id,step,phase,");
        assertThat(ts.get(2)).startsWith("0,0,");
        assertThat(ts.get(ts.size() - 1)).startsWith("3,");
        assertThat(ts).hasSizeBetween(2 + 4 * 2, 2 + 4 * 31);
    }

    @Test
    void analyzeWritesTheContractedTables() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        assertThat(Cli.run(cwd, "sweep", sweep.toString(), "--out", "g", "--quiet").exit()).isZero();
        Cli.Result r = Cli.run(cwd, "analyze", "g");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("30 runs, grid design.", "By power.distribution", "By trust.loss_rate", "mean_trust");
        List<String> shares = Files.readAllLines(cwd.resolve("g/analysis/outcome_shares.csv"));
        assertThat(shares.get(0)).startsWith("# samen ");
        assertThat(shares.get(1)).isEqualTo("parameter,value,outcome,n,count,share,ci_low,ci_high");
        assertThat(shares).anyMatch(l -> l.startsWith("power.distribution,dominant,win_win,15,"))
                .anyMatch(l -> l.startsWith("point_id,5,breakup,5,"))
                .anyMatch(l -> l.startsWith("all,,"));
        List<String> metrics = Files.readAllLines(cwd.resolve("g/analysis/metrics.csv"));
        assertThat(metrics.get(1)).isEqualTo("parameter,value,metric,n,mean,ci_low,ci_high");
        assertThat(metrics).anyMatch(l -> l.startsWith("trust.loss_rate,0.08,mean_trust,10,"));
        assertThat(cwd.resolve("g/analysis/morris.csv")).doesNotExist();
    }

    @Test
    void morrisAndSobolSweepsGetTheirIndices() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("m.yaml"), """
                scenario: tiny.yaml
                design: {type: morris, trajectories: 4}
                parameters:
                  trust.initial: {min: 0.2, max: 0.6}
                  collaboration.phase_duration: {min: 4, max: 12}
                  power.distribution: [equal, dominant]
                """);
        Sweeps.write(cwd.resolve("s.yaml"), """
                scenario: tiny.yaml
                design: {type: sobol, samples: 8}
                parameters:
                  trust.initial: {min: 0.2, max: 0.6}
                  trust.loss_rate: {min: 0.02, max: 0.2}
                """);
        assertThat(Cli.run(cwd, "sweep", "m.yaml", "--out", "m", "--quiet").exit()).isZero();
        assertThat(Cli.run(cwd, "sweep", "s.yaml", "--out", "s", "--quiet").exit()).isZero();
        assertThat(Files.readAllLines(cwd.resolve("m/runs.csv"))).hasSize(2 + 4 * 4);
        assertThat(Files.readAllLines(cwd.resolve("s/runs.csv"))).hasSize(2 + 8 * 4);
        assertThat(Cli.run(cwd, "analyze", "m").out()).contains("Morris, mean_trust:");
        assertThat(Cli.run(cwd, "analyze", "s").out()).contains("Sobol, mean_trust:");
        assertThat(Files.readAllLines(cwd.resolve("m/analysis/morris.csv")).get(1))
                .isEqualTo("metric,parameter,mu,mu_star,sigma,mu_star_ci_low,mu_star_ci_high");
        assertThat(Files.readAllLines(cwd.resolve("s/analysis/sobol.csv")).get(1))
                .isEqualTo("metric,parameter,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high");
        assertThat(Files.readString(cwd.resolve("m/sweep.json"))).contains("\"type\" : \"morris\"", "\"integer\" : true");

        // A shard holds every other run: no trajectory is whole, so there are no effects to show, not zeros.
        assertThat(Cli.run(cwd, "sweep", "m.yaml", "--shard", "1/2", "--out", "half", "--quiet").exit()).isZero();
        assertThat(Cli.run(cwd, "analyze", "half", "--quiet").exit()).isZero();
        assertThat(Files.readAllLines(cwd.resolve("half/analysis/morris.csv")))
                .anyMatch(l -> l.equals("mean_trust,trust.initial,,,,,"));
    }

    @Test
    void badSweepFilesGetOneLocatedMessagePerProblemAndExitTwo() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("bad.yaml"), """
                scenario: tiny.yaml
                replications: many
                design: {type: lhs}
                parameters:
                  trust.los_rate: {min: 0.1, max: 0.2}
                  trust.initial: {min: 0.2, max: 1.5}
                  power.distribution: [equal, dominnant]
                colour: blue
                """);
        Cli.Result r = Cli.run(cwd, "sweep", "bad.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(
                "bad.yaml:2:15: replications: expected a number, got 'many'",
                "bad.yaml:3:9: design.samples: required key is missing; allowed: `{type: lhs, samples: N}`",
                "bad.yaml:8:1: colour: unknown key `colour`; allowed: name, scenario,")
                .doesNotContain("Exception", "\tat ");

        Sweeps.write(cwd.resolve("values.yaml"), """
                scenario: tiny.yaml
                design: grid
                parameters:
                  trust.los_rate: [0.1]
                  trust.initial: {min: 0.2, max: 1.5, step: 0.5}
                  power.distribution: [equal, dominnant]
                  trust.gain_rate: {min: 0.1, max: 0.2}
                """);
        Cli.Result v = Cli.run(cwd, "sweep", "values.yaml");
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.err()).contains(
                "values.yaml:4:3: parameters.trust.los_rate: unknown key `los_rate` (did you mean `loss_rate`?)",
                "values.yaml:5:18: parameters.trust.initial: 1.2 is out of range; allowed: a number from 0 to 1",
                "values.yaml:6:31: parameters.power.distribution: 'dominnant' is not one of the choices (did you mean `dominant`?)",
                "values.yaml:7:20: parameters.trust.gain_rate: a grid needs the values to try");
        assertThat(cwd.resolve("sweeps")).doesNotExist();
    }

    @Test
    void quickFormProblemsNameTheOption() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.1,2", "--vary", "nonsense");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--vary trust.loss_rate=0.1,2: trust.loss_rate: 2 is out of range",
                "--vary nonsense: expected KEY=V1,V2,...");
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.1", "--shard", "5/4").err())
                .contains("--shard 5/4: expected I/N");
    }

    @Test
    void mergeNamesMissingRunsAndExitsTwo() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        for (String i : new String[] {"1", "3"}) {
            assertThat(Cli.run(cwd, "sweep", sweep.toString(), "--shard", i + "/3", "--quiet").exit()).isZero();
        }
        Cli.Result r = Cli.run(cwd, "merge", "sweeps/tiny grid-shard-1-of-3", "sweeps/tiny grid-shard-3-of-3", "--out", "all");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("10 missing (run_id 1, 4, 7", "no directory holds shard 2/3");
        assertThat(cwd.resolve("all")).doesNotExist();
    }
}
