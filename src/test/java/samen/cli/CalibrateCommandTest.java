package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/** samen calibrate: a posterior sample and ready scenarios, deterministic, resumable, located errors. */
class CalibrateCommandTest {

    @TempDir
    Path cwd;

    private void file(String targets) throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("fit.yaml"), """
                name: fit
                scenario: tiny.yaml
                master_seed: 2
                replications: 2
                design: {type: lhs, samples: 30}
                parameters:
                  trust.loss_rate: {min: 0.02, max: 0.2}
                  power.distribution: [equal, dominant]
                """ + targets);
    }

    @Test
    void keepsTheClosestDrawsAndWritesThemAsScenarios() throws IOException {
        file("targets:\n  mean_trust: {value: 0.5}\n  share_stagnation: {between: [0, 0.5]}\naccept: 0.1\n");
        Cli.Result r = Cli.run(cwd, "calibrate", "fit.yaml", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("30 draws of 2 runs each; kept the 3 closest", "trust.loss_rate", "posterior");
        Path dir = cwd.resolve("calibrations/fit");
        List<String> draws = Files.readAllLines(dir.resolve("draws.csv"));
        assertThat(draws.get(1)).isEqualTo("draw,trust.loss_rate,power.distribution,mean_trust,share_stagnation,distance,accepted");
        assertThat(draws).hasSize(2 + 30);
        assertThat(draws.stream().filter(l -> l.endsWith(",true"))).hasSize(3);
        List<String> posterior = Files.readAllLines(dir.resolve("posterior.csv"));
        assertThat(posterior).hasSize(2 + 3);
        double previous = -1;
        for (String line : posterior.subList(2, 5)) {
            double distance = Double.parseDouble(line.split(",")[5]);
            assertThat(distance).isGreaterThanOrEqualTo(previous);
            previous = distance;
        }
        assertThat(Cli.run(cwd, "run", dir.resolve("best-1.yaml").toString(), "--out", "best", "-q").exit()).isZero();
        assertThat(Files.readAllLines(dir.resolve("sweep/runs.csv"))).hasSize(2 + 60);

        Cli.Result again = Cli.run(cwd, "calibrate", "fit.yaml", "--out", "again", "--threads", "1", "-q");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(cwd.resolve("again/draws.csv")).hasSameBinaryContentAs(dir.resolve("draws.csv"));
        assertThat(Cli.run(cwd, "calibrate", "fit.yaml", "--out", "again", "--resume", "-q").exit()).as("a finished one resumes to the same").isZero();
        assertThat(cwd.resolve("again/draws.csv")).hasSameBinaryContentAs(dir.resolve("draws.csv"));
    }

    @Test
    void badTargetsAreLocated() throws IOException {
        file("targets:\n  happiness: {value: 1}\n");
        Cli.Result unknown = Cli.run(cwd, "calibrate", "fit.yaml");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("targets.happiness: not a summary of a draw; allowed: share_win_win", "mean_trust");
        file("targets:\n  mean_trust: {between: [0.6, 0.2]}\naccept: 2\n");
        Cli.Result bad = Cli.run(cwd, "calibrate", "fit.yaml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("fit.yaml:11:9: accept: 2.0 is not a share", "fit.yaml:10:25: targets.mean_trust.between: low 0.6 is above high 0.2")
                .doesNotContain("Exception");
        assertThat(cwd.resolve("calibrations")).doesNotExist();
    }
}
