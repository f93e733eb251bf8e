package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts and reports of real sweeps: {@code samen sweep --charts}, and {@code samen chart} after {@code samen analyze}. */
class SweepChartsCommandTest {

    @TempDir
    Path cwd;

    @Test
    void sweepWithChartsAnalysesAndDraws() throws IOException {
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "scenarios/default.yaml", "--vary", "power.distribution=equal,dominant",
                "--vary", "trust.loss_rate=0.04,0.12", "--reps", "3", "--out", "grid", "--charts");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("grid/charts/");
        assertThat(cwd.resolve("grid/analysis/outcome_shares.csv")).isRegularFile();
        assertThat(names(cwd.resolve("grid/charts"))).containsExactly(".samen-manifest", "charts.csv",
                "heatmap-win_win-power.distribution-trust.loss_rate.png", "outcomes-by-power.distribution.png",
                "outcomes-by-trust.loss_rate.png");
    }

    @Test
    void aShardIsNotCharted() {
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "scenarios/default.yaml", "--vary", "trust.loss_rate=0.04,0.12",
                "--shard", "1/2", "--charts");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--charts", "samen merge");
    }

    @Test
    void aMorrisSweepGetsItsScreeningChartsAndAReport() throws IOException {
        Files.writeString(cwd.resolve("morris.yaml"), """
                name: morris-test
                scenario: %s
                master_seed: 3
                replications: 1
                design: {type: morris, trajectories: 4, levels: 4}
                parameters:
                  trust.initial: {min: 0.2, max: 0.6}
                  trust.loss_rate: {min: 0.02, max: 0.2}
                  collaboration.synergy: {min: 1.2, max: 2.4}
                """.formatted(Cli.HOME.resolve("scenarios/default.yaml")));
        assertThat(Cli.run(cwd, "sweep", "morris.yaml", "--out", "m", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "analyze", "m", "-q").exit()).isZero();
        Cli.Result r = Cli.run(cwd, "chart", "m", "--heatmap", "cumulative_value");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(names(cwd.resolve("m/charts"))).contains("morris-overview.png",
                "heatmap-cumulative_value-trust.initial-trust.loss_rate.png", "outcomes-by-collaboration.synergy.png");
        assertThat(Cli.run(cwd, "report", "m").exit()).isZero();
        assertThat(Files.readString(cwd.resolve("m/report.html"))).contains("morris-test", "Morris screening");
        assertThat(names(cwd.resolve("m/charts"))).noneMatch(n -> n.startsWith("morris-") && !n.equals("morris-overview.png"));
        assertThat(Files.readString(cwd.resolve("m/analysis/notes.csv"))).contains("warning,design,4 Morris trajectories")
                .containsPattern("constant,[a-z_]+,\"the same in every run");
        assertThat(Files.readString(cwd.resolve("m/analysis/morris.csv"))).doesNotContain("\nshocks,");
        Cli.Result bad = Cli.run(cwd, "chart", "m", "--heatmap", "happiness");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--heatmap happiness", "win_win", "cumulative_value");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
