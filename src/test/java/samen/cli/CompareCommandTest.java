package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/** samen compare: the shares, their difference with an interval that holds it, and the tests. */
class CompareCommandTest {

    @TempDir
    Path cwd;

    @Test
    void twoScenariosOverTheSameSeedsSideBySide() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "40", "--seed", "3", "--out", "a", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "trust.loss_rate=0.3", "--reps", "40", "--seed", "3",
                "--out", "b", "-q").exit()).isZero();
        Cli.Result r = Cli.run(cwd, "compare", "a", "b");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("A: tiny-40-seeds, 40 runs", "B: tiny-by-trust.loss_rate, 40 runs", "Both ran the same seeds",
                "Chi-square test", "Welch", "mean_trust", "compare/a-vs-b/");
        Path dir = cwd.resolve("compare/a-vs-b");
        List<String> shares = Files.readAllLines(dir.resolve("outcome_shares.csv"));
        assertThat(shares.get(1)).isEqualTo("outcome,n_a,count_a,share_a,ci_low_a,ci_high_a,n_b,count_b,share_b,ci_low_b,ci_high_b,"
                + "difference,difference_ci_low,difference_ci_high");
        long countA = 0;
        long countB = 0;
        for (String line : shares.subList(2, shares.size())) {
            String[] c = line.split(",", -1);
            countA += Long.parseLong(c[2]);
            countB += Long.parseLong(c[7]);
            double d = Double.parseDouble(c[11]);
            assertThat(d).isCloseTo(Double.parseDouble(c[8]) - Double.parseDouble(c[3]), within(2e-6));
            assertThat(Double.parseDouble(c[12])).isBetween(-1.0, d);
            assertThat(Double.parseDouble(c[13])).isBetween(d, 1.0);
        }
        assertThat(countA).isEqualTo(40);
        assertThat(countB).isEqualTo(40);
        assertThat(Files.readAllLines(dir.resolve("test.csv")).get(2)).startsWith("chi_square_homogeneity,").endsWith(",true");
        assertThat(Files.readAllLines(dir.resolve("metrics.csv")).get(1)).isEqualTo("metric,mean_a,mean_b,difference,welch_p");
    }

    @Test
    void aSweepAgainstItselfDiffersInNothing() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "20", "--out", "a", "-q").exit()).isZero();
        Cli.Result r = Cli.run(cwd, "compare", "a", "a", "--out", "same");
        assertThat(r.exit()).as(r.err()).isZero();
        for (String line : Files.readAllLines(cwd.resolve("same/outcome_shares.csv")).subList(2, 10)) {
            assertThat(line.split(",", -1)[11]).isEqualTo("0");
        }
        assertThat(Files.readAllLines(cwd.resolve("same/test.csv")).get(2)).matches("chi_square_homogeneity,0,\\d+,1,true");
        Cli.Result bad = Cli.run(cwd, "compare", "a", "nowhere");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("nowhere: no such directory");
    }
}
