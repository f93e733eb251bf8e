package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samen facts} in-process: options, languages, output directory, and {@code --oat}'s files. */
class FactsCommandTest {

    @TempDir
    Path cwd;

    @Test
    void writesTheTableInTheLanguageAskedAndRefusesToOverwrite() throws Exception {
        Cli.Result nl = Cli.run(cwd, "facts", "--reps", "2", "--lang", "nl", "--out", "f");
        assertThat(nl.exit()).as(nl.err()).isZero();
        assertThat(nl.out()).contains("Gestileerde feiten", "machtsongelijkheid vergroot mislukking", "oordeel");
        assertThat(cwd.resolve("f/facts.csv")).isRegularFile();
        Cli.Result again = Cli.run(cwd, "facts", "--reps", "2", "--out", "f");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists; use --force");
        assertThat(Cli.run(cwd, "facts", "--reps", "2", "--out", "f", "--force").exit()).isZero();
    }

    @Test
    void badOptionsAreExitTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"facts", "--lang", "de"}, new String[] {"facts", "--reps", "0"},
                new String[] {"facts", "--threads", "0"}, new String[] {"facts", "--scenario", "nope.yaml"})) {
            Cli.Result r = Cli.run(cwd, args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        }
    }

    @Test
    void oatWritesTheCurvesAndAChartPerParameter() throws Exception {
        Cli.Result r = Cli.run(cwd, "facts", "--oat", "--reps", "2", "--out", "o");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("max jump", "organisations.*.turnover", "curves have a cliff");
        List<String> csv = Files.readAllLines(cwd.resolve("o/oat.csv"));
        assertThat(csv.get(0)).startsWith("# samen ").contains("seeds=0-1");
        assertThat(csv.get(1)).startsWith("parameter,key,value,runs,win_win,").endsWith("failure_share,jump,max_jump,cliff");
        assertThat(csv).hasSize(2 + 13 * 11);
        try (var charts = Files.list(cwd.resolve("o/charts"))) {
            assertThat(charts.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(14);
        }
        assertThat(cwd.resolve("o/charts/oat-overview.png")).isRegularFile();
        assertThat(cwd.resolve("o/charts/oat-organisations.every.turnover.png")).isRegularFile();
    }
}
