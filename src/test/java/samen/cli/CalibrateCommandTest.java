package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
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
    private void search(String method) throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("search.yaml"), """
                name: search
                scenario: tiny.yaml
                master_seed: 3
                replications: 2
                design: {type: lhs, samples: 8}
                parameters:
                  trust.gain_rate: {min: 0.005, max: 0.03}
                  power.distribution: [equal, dominant]
                targets:
                  mean_trust: {between: [0.6, 0.7]}
                  mean_vigilance: {value: 0.19}
                """ + method);
    }

    @Test
    void nsga2WritesEveryPointTheFrontAChartAndScenariosAlikeOnAnyThreadCount() throws IOException {
        search("method: nsga2\ngenerations: 3\n");
        Cli.Result r = Cli.run(cwd, "calibrate", "search.yaml", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("NSGA-II: 4 generations of 8 points (32 points of 2 runs each)", "Pareto front", "pareto-front.png");
        Path dir = cwd.resolve("calibrations/search");
        List<String> evaluations = Files.readAllLines(dir.resolve("evaluations.csv"));
        assertThat(evaluations.get(1)).isEqualTo("generation,point,trust.gain_rate,power.distribution,mean_trust,mean_vigilance,"
                + "miss_mean_trust,miss_mean_vigilance,distance,pareto");
        assertThat(evaluations).hasSize(2 + 32);
        List<String> front = Files.readAllLines(dir.resolve("pareto.csv"));
        assertThat(front.size() - 2).isPositive().isEqualTo((int) evaluations.stream().filter(l -> l.endsWith(",true")).count());
        for (int g = 0; g <= 3; g++) assertThat(dir.resolve("evaluations/gen-00" + g + "/runs.csv")).exists();
        assertThat(Cli.run(cwd, "validate", dir.resolve("best-1.yaml").toString()).exit()).isZero();
        BufferedImage chart = ImageIO.read(dir.resolve("pareto-front.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(1600);

        Cli.Result one = Cli.run(cwd, "calibrate", "search.yaml", "--out", "one", "--threads", "1", "-q");
        assertThat(one.exit()).as(one.err()).isZero();
        for (String f : List.of("evaluations.csv", "pareto.csv", "best-1.yaml")) {
            assertThat(cwd.resolve("one/" + f)).as(f).hasSameBinaryContentAs(dir.resolve(f));
        }
        Cli.Result again = Cli.run(cwd, "calibrate", "search.yaml", "--out", "one", "-q");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("holds a calibration already; continue it with --resume");
        assertThat(Cli.run(cwd, "calibrate", "search.yaml", "--out", "one", "--resume", "-q").exit()).isZero();
        assertThat(cwd.resolve("one/pareto.csv")).hasSameBinaryContentAs(dir.resolve("pareto.csv"));
    }

    @Test
    void aSearchCutShortResumesToTheSameFilesAsOneThatWasNotOnAnyThreadCount() throws IOException {
        search("method: abc-smc\ngenerations: 2\n");
        assertThat(Cli.run(cwd, "calibrate", "search.yaml", "--out", "whole", "--threads", "1", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "calibrate", "search.yaml", "--out", "cut", "--threads", "2", "-q").exit()).isZero();
        // What a kill between two batches leaves: the later batches never ran, the tables are behind.
        // (A kill inside a batch is the sweep's own resume; CalibrateKillIT kills the jar for real.)
        Path cut = cwd.resolve("cut");
        List<Path> batches;
        try (var list = Files.list(cut.resolve("evaluations"))) {
            batches = list.sorted().toList();
        }
        assertThat(batches.size()).isGreaterThan(2);
        for (Path later : batches.subList(2, batches.size())) deleteTree(later);
        for (String f : List.of("posterior.csv", "best-1.yaml", "best-2.yaml", "best-3.yaml", "posterior.png")) Files.delete(cut.resolve(f));
        Cli.Result resumed = Cli.run(cwd, "calibrate", "search.yaml", "--out", "cut", "--resume", "-q");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        for (String f : List.of("evaluations.csv", "posterior.csv", "best-1.yaml", "best-3.yaml")) {
            assertThat(cut.resolve(f)).as(f).hasSameBinaryContentAs(cwd.resolve("whole/" + f));
        }
        assertThat(Cli.run(cwd, "validate", cut.resolve("best-2.yaml").toString()).exit()).isZero();
        assertThat(cut.resolve("posterior.png")).exists();

        Files.writeString(cwd.resolve("search.yaml"), Files.readString(cwd.resolve("search.yaml")).replace("generations: 2", "generations: 3"));
        Cli.Result other = Cli.run(cwd, "calibrate", "search.yaml", "--out", "cut", "--resume", "-q");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("holds another calibration (its calibration.yaml differs from this file)");
    }

    @Test
    void badMethodsAndSettingsAreLocated() throws IOException {
        search("method: simplex\n");
        Cli.Result unknown = Cli.run(cwd, "calibrate", "search.yaml");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("search.yaml:12:9: method: `simplex` is not a method; allowed: abc-rejection, nsga2, abc-smc");
        search("method: nsga2\naccept: 0.1\ngenerations: 0\nquantile: 0.5\n");
        Cli.Result bad = Cli.run(cwd, "calibrate", "search.yaml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("search.yaml:13:9: accept: `accept` does not apply to method nsga2; allowed: generations",
                "search.yaml:14:14: generations: 0.0 is not a count of generations; allowed: a whole number from 1 to 1000",
                "search.yaml:15:11: quantile: `quantile` does not apply to method nsga2").doesNotContain("Exception");
        search("method: abc-smc\nquantile: 1\n");
        assertThat(Cli.run(cwd, "calibrate", "search.yaml").err()).contains("search.yaml:13:11: quantile: 1.0 is not a quantile; "
                + "allowed: a number above 0 and below 1");
        Files.writeString(cwd.resolve("search.yaml"), Files.readString(cwd.resolve("search.yaml")).replace("samples: 8", "samples: 3"));
        assertThat(Cli.run(cwd, "calibrate", "search.yaml").err()).contains("search.yaml:5:9: design: gives 3 points, the first "
                + "generation of abc-smc; allowed: at least 4");
        assertThat(cwd.resolve("calibrations")).doesNotExist();
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
