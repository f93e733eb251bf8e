package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/** samen discover on a real sweep: the contracted files, a table, charts, and located refusals. */
class DiscoverCommandTest {

    @TempDir
    Path cwd;

    @Test
    void writesTheTrajectoryTheBoxAndTheirCharts() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("lhs.yaml"), """
                scenario: tiny.yaml
                master_seed: 4
                design: {type: lhs, samples: 120}
                parameters:
                  trust.initial: {min: 0.1, max: 0.7}
                  trust.loss_rate: {min: 0.02, max: 0.2}
                  power.distribution: [equal, dominant, skewed]
                """);
        assertThat(Cli.run(cwd, "sweep", "lhs.yaml", "--out", "s", "-q").exit()).isZero();
        Cli.Result r = Cli.run(cwd, "discover", "s", "--where", "mean_trust < 0.5", "--min-coverage", "0.5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("120 runs", "of interest (mean_trust < 0.5", "PRIM:", "peeling steps", "quasi-p");
        Path dir = cwd.resolve("s/discovery");
        List<String> trajectory = Files.readAllLines(dir.resolve("prim_trajectory.csv"));
        assertThat(trajectory.get(0)).isEqualTo("# samen discover: mean_trust < 0.5");
        assertThat(trajectory.get(1)).isEqualTo("step,runs,hits,coverage,density,mass,restricted,chosen");
        assertThat(trajectory.get(2)).startsWith("0,120,").endsWith(",1,0,false");
        assertThat(trajectory.stream().filter(l -> l.endsWith(",true"))).hasSize(1);
        List<String> box = Files.readAllLines(dir.resolve("prim_box.csv"));
        assertThat(box.get(1)).isEqualTo("parameter,kind,low,high,categories,all_low,all_high,all_categories,restricted,quasi_p");
        assertThat(box).hasSize(2 + 3).anyMatch(l -> l.startsWith("power.distribution,categorical,,,"));
        for (String png : List.of("prim-trajectory.png", "prim-box.png", "feature-scores.png")) {
            assertThat(Files.size(dir.resolve(png))).isGreaterThan(10_000);
        }
        List<String> scores = Files.readAllLines(dir.resolve("feature_scores.csv"));
        assertThat(scores.get(1)).isEqualTo("parameter,accuracy_drop,low,high");
        assertThat(scores).hasSize(2 + 3);
        List<String> rules = Files.readAllLines(dir.resolve("tree_rules.csv"));
        assertThat(rules.get(1)).isEqualTo("leaf,rule,runs,share_of_interest");
        assertThat(rules.subList(2, rules.size()).stream().mapToInt(l -> Integer.parseInt(l.split(",")[l.split(",").length - 2])).sum())
                .as("the leaves part the runs").isEqualTo(120);
        assertThat(r.out()).contains("Feature scores", "Classification tree (depth 3)");
        assertThat(r.err()).doesNotContain("INFO");

        Cli.Result again = Cli.run(cwd, "discover", "s", "--where", "mean_trust < 0.5", "--box", "0");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("box of step 0");
    }

    @Test
    void refusesWhatItCannotAnswer() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.05,0.1", "--reps", "3",
                "--out", "s", "-q").exit()).isZero();
        assertBad(Cli.run(cwd, "discover", "s", "--outcome", "happiness"), "--outcome happiness: not an outcome; allowed: win_win");
        assertBad(Cli.run(cwd, "discover", "s", "--where", "joy > 1"), "joy is not a metric of this sweep; allowed: mean_trust");
        assertBad(Cli.run(cwd, "discover", "s", "--where", "mean_trust is low"), "expected METRIC OP NUMBER");
        assertBad(Cli.run(cwd, "discover", "s", "--where", "mean_trust > 5"), "no run of", "meets mean_trust > 5");
        assertBad(Cli.run(cwd, "discover", "s", "--where", "mean_trust < 5", "--box", "999"), "--box 999: the trajectory has steps 0 to");
        Cli.Result both = Cli.run(cwd, "discover", "s", "--outcome", "breakup", "--where", "mean_trust < 1");
        assertThat(both.exit()).isEqualTo(2);
    }

    private static void assertBad(Cli.Result r, String... messages) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(messages).doesNotContain("Exception");
    }
}
