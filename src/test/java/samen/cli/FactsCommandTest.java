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
    void aScenarioWithAHistoryRunsAndSaysWhereItsHistoryWasLeftOut() throws Exception {
        // Every pair has a history; the partner-count levels replace the named partners.
        String scenario = "scenarios/archetypes/persistent-enemy-image.yaml";
        Cli.Result r = Cli.run(cwd, "facts", "--reps", "5", "--threads", "2", "--scenario", scenario, "--out", "f");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("of 10 facts hold", "Note: the levels of partner_count, governance_contingency replace the partners");
        List<String> csv = Files.readAllLines(cwd.resolve("f/facts.csv"));
        assertThat(csv.get(0)).endsWith(" history_left_out=partner_count,governance_contingency");
        assertThat(csv).hasSize(12);
        Cli.Result oat = Cli.run(cwd, "facts", "--oat", "--reps", "1", "--threads", "2", "--scenario", scenario, "--out", "o");
        assertThat(oat.exit()).as(oat.err()).isZero();
        assertThat(oat.out()).contains("Note: the levels of number of similar partners replace the partners");
        assertThat(Files.readAllLines(cwd.resolve("o/oat.csv")).get(0)).endsWith(" history_left_out=number_of_similar_partners");
        // The base team has no history: nothing to say.
        Cli.Result plain = Cli.run(cwd, "facts", "--reps", "2", "--threads", "2", "--scenario", "scenarios/base-team.yaml", "--out", "d");
        assertThat(plain.out()).doesNotContain("Note:");
        assertThat(Files.readAllLines(cwd.resolve("d/facts.csv")).get(0)).doesNotContain("history_left_out");
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

    @Test
    void robustnessChecksEveryBundledScenarioAndWritesBothHorizons() throws Exception {
        Cli.Result r = Cli.run(cwd, "facts", "--robustness", "--reps", "3", "--threads", "2", "--out", "r");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("scenarios/default.yaml", "scenarios/archetypes/sham-collaboration-remedy.yaml",
                "scenarios/power-dominant.yaml", "distance", "reclassified");
        List<String> csv = Files.readAllLines(cwd.resolve("r/robustness.csv"));
        assertThat(csv.get(0)).startsWith("# samen ").contains("seeds=0-2");
        assertThat(csv.get(1)).startsWith("scenario,steps,runs,win_win,").endsWith("failure_share,distance,reclassified,holds");
        // The default, the base team, four power scenarios, nine archetypes and their remedies, each at two horizons.
        assertThat(csv).hasSize(2 + 2 * 24);
        assertThat(csv.get(2)).startsWith("scenarios/default.yaml,200,3,");
        assertThat(csv.get(3)).startsWith("scenarios/default.yaml,400,3,");
    }

    @Test
    void robustnessOfNamedFilesIsTheSameForAnyThreadCount() throws Exception {
        Cli.Result one = Cli.run(cwd, "facts", "--robustness", "scenarios/archetypes/under-organisation.yaml",
                "--reps", "4", "--threads", "1", "--out", "a");
        Cli.Result two = Cli.run(cwd, "facts", "--robustness", "scenarios/archetypes/under-organisation.yaml",
                "--reps", "4", "--threads", "2", "--out", "b");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).as(two.err()).isZero();
        assertThat(Files.readAllLines(cwd.resolve("b/robustness.csv"))).hasSize(4)
                .isEqualTo(Files.readAllLines(cwd.resolve("a/robustness.csv")));
    }

    @Test
    void filesWithoutRobustnessAndOatWithRobustnessAreRefused() {
        Cli.Result files = Cli.run(cwd, "facts", "scenarios/default.yaml");
        assertThat(files.exit()).isEqualTo(2);
        assertThat(files.err()).contains("only with --robustness");
        Cli.Result both = Cli.run(cwd, "facts", "--oat", "--robustness");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("choose one");
    }
}
