package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
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
                + "difference,difference_ci_low,difference_ci_high,z,p");
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
        assertThat(shares).hasSize(2 + 8); // every outcome and error, so files of two comparisons line up
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
        assertThat(bad.err()).contains("nowhere: no such directory or file");
    }

    @Test
    void twoRunsSideBySide() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("remedy.yaml"), """
                name: Tiny remedy
                steps: 40
                organisations:
                  count: 4
                """);
        assertThat(Cli.run(cwd, "run", "tiny.yaml", "--out", "a", "-q").exit()).isZero();
        Cli.Result run = Cli.run(cwd, "run", "remedy.yaml", "--seed", "7", "--out", "b", "-q");
        assertThat(run.exit()).as(run.err()).isZero();
        Cli.Result r = Cli.run(cwd, "compare", "a", "b");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("A: a (Tiny, seed ", "B: b (Tiny remedy, seed 7)", "Outcome:", "rule A: ", "rule B: ",
                "Recent surplus rate per partner", "Final metrics:", "mean_trust", "Events by step", "compare/a-vs-b/");
        Path dir = cwd.resolve("compare/a-vs-b");

        // every event of either run, once, on its own side, in step order
        List<String> aligned = data(dir.resolve("events_side_by_side.csv"));
        assertThat(aligned.get(0)).isEqualTo("step,a,b");
        assertThat(countEvents(aligned, 1)).isEqualTo(data(cwd.resolve("a/events.csv")).size() - 1);
        assertThat(countEvents(aligned, 2)).isEqualTo(data(cwd.resolve("b/events.csv")).size() - 1);
        assertThat(countEvents(aligned, 2)).isPositive(); // a phase change at least
        long previous = -1;
        for (String line : aligned.subList(1, aligned.size())) {
            long step = Long.parseLong(line.substring(0, line.indexOf(',')));
            assertThat(step).isGreaterThan(previous);
            previous = step;
        }

        // the summaries' difference: outcome and rule of each, every metric as B - A
        List<String> summary = data(dir.resolve("summary_difference.csv"));
        assertThat(summary.get(0)).isEqualTo("item,a,b,difference");
        assertThat(summary.get(1)).startsWith("outcome,");
        assertThat(summary.get(2)).startsWith("rule,");
        assertThat(summary.stream().filter(l -> l.startsWith("steps_run,"))).containsExactly("steps_run,30,40,10");
        for (String line : summary.subList(4, summary.size())) {
            String[] c = line.split(",", -1);
            assertThat(Double.parseDouble(c[3])).as(line).isCloseTo(Double.parseDouble(c[2]) - Double.parseDouble(c[1]), within(2e-6));
        }
        List<String> partners = data(dir.resolve("partners.csv"));
        assertThat(partners.get(0)).isEqualTo("partner,surplus_rate_a,surplus_rate_b,difference,standing_a,standing_b");
        assertThat(partners).hasSize(1 + 4);

        // the time series overlaid: A grey and B blue in the same picture; SVG beside every PNG; the page
        for (String chart : List.of("overlay-metrics", "overlay-conditions")) {
            BufferedImage image = ImageIO.read(dir.resolve(chart + ".png").toFile());
            assertThat(image.getWidth()).isEqualTo(1600);
            assertThat(colours(image)).as(chart).contains(0x999999, 0x0072B2);
            assertThat(Files.readString(dir.resolve(chart + ".svg"))).startsWith("<?xml").contains("<svg");
        }
        String page = Files.readString(dir.resolve("report.html"));
        assertThat(page).contains("<h1>samen comparison: a against b</h1>", "id=\"overlay-metrics\"", "Events by step")
                .doesNotContain("src=\"http", "href=\"http"); // self-contained
    }

    @Test
    void twoScenariosAreRunOverTheSameSeeds() throws IOException {
        Sweeps.tinyScenario(cwd);
        Sweeps.write(cwd.resolve("harsh.yaml"), """
                name: Tiny harsh
                steps: 30
                organisations:
                  count: 4
                trust:
                  loss_rate: 0.3
                """);
        Cli.Result r = Cli.run(cwd, "compare", "tiny.yaml", "harsh.yaml", "--reps", "30", "--seed", "5", "--threads", "2", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("A: tiny, 30 runs", "B: harsh, 30 runs", "Both ran the same seeds",
                "Chi-square test that both have the same outcome distribution: chi2 = ", "compare/tiny-vs-harsh/");
        Path dir = cwd.resolve("compare/tiny-vs-harsh");
        assertThat(seeds(dir.resolve("sweep-a/runs.csv"))).hasSize(30).isEqualTo(seeds(dir.resolve("sweep-b/runs.csv")));
        for (String line : data(dir.resolve("outcome_shares.csv")).subList(1, 9)) {
            String[] c = line.split(",", -1);
            if (c[14].isEmpty()) assertThat(c[15]).as(line).isEqualTo("1"); // no z where an outcome is in no run or in every run
            else assertThat(Double.parseDouble(c[15])).as(line).isBetween(0.0, 1.0);
        }
        assertThat(data(dir.resolve("test.csv")).get(1)).startsWith("chi_square_homogeneity,").endsWith(",true");
        BufferedImage image = ImageIO.read(dir.resolve("outcome-shares.png").toFile());
        assertThat(colours(image)).contains(0x999999, 0x0072B2);
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Outcome shares", "two-proportion z-test", "Chi-square test");

        // the same command again gives the same files (the provenance of the two sweeps aside)
        Cli.Result again = Cli.run(cwd, "compare", "tiny.yaml", "harsh.yaml", "--reps", "30", "--seed", "5", "--threads", "1",
                "--out", "again", "-q");
        assertThat(again.exit()).as(again.err()).isZero();
        for (String file : List.of("outcome_shares.csv", "metrics.csv", "test.csv", "sweep-a/runs.csv", "sweep-b/runs.csv")) {
            assertThat(Files.readString(cwd.resolve("again").resolve(file))).as(file).isEqualTo(Files.readString(dir.resolve(file)));
        }
    }

    @Test
    void kindsMustMatchAndOptionsFitTheKind() throws IOException {
        Sweeps.tinyScenario(cwd);
        assertThat(Cli.run(cwd, "run", "tiny.yaml", "--out", "run", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "sweep", "--scenario", "tiny.yaml", "--reps", "3", "--out", "sweep", "-q").exit()).isZero();
        Cli.Result mixed = Cli.run(cwd, "compare", "run", "tiny.yaml");
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err().strip()).isEqualTo("samen: A (run) is a run directory and B (tiny.yaml) is a scenario file; "
                + "allowed: two run directories, two sweep directories or two scenario files");
        Cli.Result sweepAndRun = Cli.run(cwd, "compare", "sweep", "run");
        assertThat(sweepAndRun.exit()).isEqualTo(2);
        assertThat(sweepAndRun.err()).contains("A (sweep) is a sweep directory and B (run) is a run directory");
        Cli.Result reps = Cli.run(cwd, "compare", "run", "run", "--reps", "10");
        assertThat(reps.exit()).isEqualTo(2);
        assertThat(reps.err()).contains("--reps, --seed and --threads are for two scenario files");
        Files.createDirectories(cwd.resolve("empty"));
        Cli.Result empty = Cli.run(cwd, "compare", "empty", "run");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("empty: not a run directory").doesNotContain("Exception");
        assertThat(cwd.resolve("compare")).doesNotExist();
    }

    private static List<String> data(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
    }

    /** Events on one side (column 1: A, 2: B) of events_side_by_side.csv, each cell holding them joined by "; ". */
    private static long countEvents(List<String> aligned, int column) {
        long n = 0;
        for (String line : aligned.subList(1, aligned.size())) {
            String[] c = line.split(",", -1);
            if (!c[column].isEmpty()) n += c[column].split("; ").length;
        }
        return n;
    }

    private static List<String> seeds(Path runs) throws IOException {
        return data(runs).stream().skip(1).map(l -> l.split(",")[3]).toList();
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) seen.add(image.getRGB(x, y) & 0xFFFFFF);
        }
        return seen;
    }
}
