package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, item 4: what one machine can take is refused up front with the limit and what to do
 * instead, and charts and the report of a large run summarise instead of drawing every pair.
 */
class LimitsTest {

    @TempDir
    Path cwd;

    private Path population(String name, int count, int steps) throws IOException {
        return Files.writeString(cwd.resolve(name), "name: big\nsteps: " + steps + "\norganisations:\n  count: " + count + "\n");
    }

    @Test
    void item4_tenThousandPartnersAreRefusedByValidateAndRunWithWhatToDo() throws IOException {
        population("p.yaml", 10_000, 1);
        for (String command : new String[] {"validate", "run"}) {
            Cli.Result r = Cli.run(cwd, command, "p.yaml");
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).contains("p.yaml:4:10: organisations.count: 10000 is out of range; allowed: a whole number "
                    + "from 2 to 4096", "sweep over smaller samples").doesNotContain("Exception");
        }
        assertThat(cwd.resolve("runs")).doesNotExist();
    }

    @Test
    void item4_aRunThatWouldWriteGigabytesIsRefusedBeforeItStarts() throws IOException {
        population("p.yaml", 1_000, 10);
        Cli.Result r = Cli.run(cwd, "run", "p.yaml", "--steps", "20000", "--out", "r");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("p.yaml: 1000 partners over 20000 steps would write 20,001,000 rows",
                "allowed: at most 10,000,000 partners × steps", "a sweep");
        assertThat(cwd.resolve("r")).doesNotExist();
    }

    @Test
    void item4_aRunThatWouldComputeForHoursIsRefusedBeforeItStarts() throws IOException {
        population("p.yaml", 1_000, 5_000);
        Cli.Result r = Cli.run(cwd, "run", "p.yaml", "--out", "r");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("meetings of pairs", "allowed: at most 1,000,000,000 pairs × steps");
        assertThat(cwd.resolve("r")).doesNotExist();
    }

    @Test
    void item4_aSweepWhoseTimeseriesWouldFillTheDiskIsRefusedBeforeItStarts() throws IOException {
        samen.experiment.Sweeps.tinyScenario(cwd);
        Cli.Result r = Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--vary", "steps=100000,200000", "--reps", "100",
                "--timeseries", "--out", "s");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--timeseries: 200 runs of up to 200,000 steps", "allowed: at most 10,000,000 rows",
                "no --timeseries");
        assertThat(cwd.resolve("s")).doesNotExist();
    }

    @Test
    void item4_chartsAndReportOfALargeRunLeaveOutTheNetworkOfEveryPair() throws IOException {
        population("p.yaml", 80, 3);
        assertThat(Cli.run(cwd, "run", "p.yaml", "--out", "r", "--quiet").exit()).isZero();
        Cli.Result chart = Cli.run(cwd, "chart", "r");
        assertThat(chart.exit()).as(chart.err()).isZero();
        assertThat(cwd.resolve("r/charts/network.png")).doesNotExist();
        assertThat(cwd.resolve("r/charts/payoffs.png")).isRegularFile();
        Cli.Result report = Cli.run(cwd, "report", "r");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.size(cwd.resolve("r/report.html"))).isLessThan(3_000_000);
        assertThat(Files.readString(cwd.resolve("r/relations.csv")).lines().count()).as("every pair is still recorded")
                .isEqualTo(2 + 80 * 79);
    }
}
