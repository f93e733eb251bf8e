package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/**
 * Kills at exact moments (issue #15, items 3 and 15): the real jar is halted as kill -9 would halt
 * it at a named point ({@code -Dsamen.fault=POINT}, see samen.output.FaultInjection and
 * docs/RELIABILITY.md), then the next command must finish the work with nothing lost.
 */
class KillWindowIT {

    private static final int KILLED = 137;

    @TempDir
    Path cwd;

    @Test
    void item3_aKillBetweenRenamingRunsCsvAndWritingSweepJsonIsFinishedByResume() throws Exception {
        Path sweep = Sweeps.grid(cwd);
        assertThat(samen(List.of(), "sweep", sweep.toString(), "--out", "whole", "--quiet").exit()).isZero();

        SamenJar.Outcome killed = samen(List.of("-Dsamen.fault=sweep.after-runs-rename"), "sweep", sweep.toString(), "--out", "s", "--quiet");
        assertThat(killed.exit()).isEqualTo(KILLED);
        assertThat(cwd.resolve("s/runs.csv")).exists();
        assertThat(cwd.resolve("s/sweep.json")).doesNotExist();
        SamenJar.Outcome analyze = samen(List.of(), "analyze", "s");
        assertThat(analyze.exit()).isEqualTo(2);
        assertThat(analyze.err()).contains("--resume");

        SamenJar.Outcome resumed = samen(List.of(), "sweep", sweep.toString(), "--out", "s", "--resume", "--quiet");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        for (String file : List.of("runs.csv", "organisation_finals.csv", "event_counts.csv")) {
            assertThat(Files.readAllBytes(cwd.resolve("s").resolve(file))).as(file).isEqualTo(Files.readAllBytes(cwd.resolve("whole").resolve(file)));
        }
        assertThat(names(cwd.resolve("s"))).containsExactly("base_scenario.yaml", "event_counts.csv", "organisation_finals.csv",
                "runs.csv", "sweep.json", "sweep.yaml");
        assertThat(samen(List.of(), "analyze", "s").exit()).isZero();
    }

    @Test
    void item3_aKillAfterSweepJsonLeavesAFinishedSweepThatResumeTidies() throws Exception {
        Path sweep = Sweeps.grid(cwd);
        SamenJar.Outcome killed = samen(List.of("-Dsamen.fault=sweep.after-sweep-json"), "sweep", sweep.toString(), "--out", "s", "--quiet");
        assertThat(killed.exit()).isEqualTo(KILLED);
        assertThat(cwd.resolve("s/.checkpoint")).exists();
        SamenJar.Outcome resumed = samen(List.of(), "sweep", sweep.toString(), "--out", "s", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("already complete");
        assertThat(names(cwd.resolve("s"))).containsExactly("base_scenario.yaml", "event_counts.csv", "organisation_finals.csv",
                "runs.csv", "sweep.json", "sweep.yaml");
    }

    @Test
    void item3_aRequeuedShardKilledWhileFinishingSucceedsOnItsNextTry() throws Exception {
        Path sweep = Sweeps.grid(cwd);
        assertThat(samen(List.of("-Dsamen.fault=sweep.after-runs-rename"), "sweep", sweep.toString(), "--shard", "2/3",
                "--out", "s2", "--resume", "--quiet").exit()).isEqualTo(KILLED);
        SamenJar.Outcome again = samen(List.of(), "sweep", sweep.toString(), "--shard", "2/3", "--out", "s2", "--resume", "--quiet");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(cwd.resolve("s2/sweep.json")).exists();
    }

    @Test
    void item15_aKillBetweenTheTwoRenamesOfForceLosesNothingAndIsFinishedByTheNextRun() throws Exception {
        Sweeps.tinyScenario(cwd);
        assertThat(samen(List.of(), "run", "tiny.yaml", "--seed", "1", "--out", "r", "--quiet").exit()).isZero();
        SamenJar.Outcome killed = samen(List.of("-Dsamen.fault=output.between-renames"), "run", "tiny.yaml", "--seed", "2", "--out", "r",
                "--force", "--quiet");
        assertThat(killed.exit()).isEqualTo(KILLED);
        assertThat(cwd.resolve("r")).doesNotExist();
        assertThat(names(cwd)).anyMatch(n -> n.startsWith(".r.old-")).anyMatch(n -> n.startsWith(".r.tmp-"));

        SamenJar.Outcome next = samen(List.of(), "run", "tiny.yaml", "--seed", "3", "--out", "r", "--quiet");
        assertThat(next.exit()).isEqualTo(2);
        assertThat(next.err()).contains("already exists; use --force");
        assertThat(Files.readString(cwd.resolve("r/summary.json"))).as("the finished run of seed 2 moved in").containsPattern("\"seed\"\\s*:\\s*2\\b");
        assertThat(names(cwd)).noneMatch(n -> n.startsWith(".r."));
    }

    @Test
    void item15_aKilledRunsTemporaryDirectoryIsCleanedUpByTheNextRunOfTheSameTarget() throws Exception {
        Sweeps.tinyScenario(cwd);
        SamenJar.Outcome killed = samen(List.of("-Dsamen.fault=output.before-commit"), "run", "tiny.yaml", "--out", "r", "--quiet");
        assertThat(killed.exit()).isEqualTo(KILLED);
        assertThat(names(cwd)).anyMatch(n -> n.startsWith(".r.tmp-"));
        assertThat(cwd.resolve("r")).doesNotExist();
        SamenJar.Outcome next = samen(List.of(), "run", "tiny.yaml", "--out", "r", "--quiet");
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(names(cwd)).noneMatch(n -> n.startsWith(".r."));
    }

    @Test
    void item15_aKilledRunOfAnotherNameIsCleanedUpByAnyRunInTheSameDirectory() throws Exception {
        Sweeps.tinyScenario(cwd);
        assertThat(samen(List.of("-Dsamen.fault=output.before-commit"), "run", "tiny.yaml", "--out", "gone", "--quiet").exit())
                .isEqualTo(KILLED);
        assertThat(names(cwd)).anyMatch(n -> n.startsWith(".gone.tmp-"));
        Files.createDirectories(cwd.resolve(".mine.tmp-keep"));
        assertThat(samen(List.of(), "run", "tiny.yaml", "--out", "other", "--quiet").exit()).isZero();
        assertThat(names(cwd)).noneMatch(n -> n.startsWith(".gone.")).contains(".mine.tmp-keep", "other");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".std") && !n.equals(".home")).sorted().toList();
        }
    }

    private SamenJar.Outcome samen(List<String> jvm, String... args) throws IOException, InterruptedException {
        return SamenJar.start(cwd, SamenJar.command(cwd, jvm, args));
    }
}
