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
import samen.output.Manifest;

/**
 * Nothing overwritten that samen did not write (issue #15, items 2, 6 and 7): --force and its
 * manifest, symbolic links planted in output directories, and --resume of another sweep.
 */
class OutputSafetyTest {

    @TempDir
    Path cwd;

    private Cli.Result run(String... args) {
        return Cli.run(cwd, args);
    }

    private void firstRun() throws IOException {
        Sweeps.tinyScenario(cwd);
        Cli.Result r = run("run", "tiny.yaml", "--out", "r", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cwd.resolve("r").resolve(Manifest.FILE)).isRegularFile();
    }

    @Test
    void item2_forceKeepsAFileAUserAddedToAnEarlierRunDirectory() throws IOException {
        firstRun();
        Files.writeString(cwd.resolve("r/my-notes.txt"), "what I saw in class");
        Cli.Result r = run("run", "tiny.yaml", "--out", "r", "--force", "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("holds files samen did not write", "my-notes.txt", "not replacing it").doesNotContain("Exception");
        assertThat(cwd.resolve("r/my-notes.txt")).hasContent("what I saw in class");
        assertThat(cwd.resolve("r/summary.json")).exists();
    }

    @Test
    void item2_forceKeepsADirectoryWhoseOutputAUserEdited() throws IOException {
        firstRun();
        Files.writeString(cwd.resolve("r/scenario.yaml"), "# my edits\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = run("run", "tiny.yaml", "--out", "r", "--force", "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("scenario.yaml (changed since samen wrote it)");
        assertThat(Files.readString(cwd.resolve("r/scenario.yaml"))).endsWith("# my edits\n");
    }

    @Test
    void item2_forceKeepsAnyDirectoryThatHoldsASummaryJsonButNoManifest() throws IOException {
        Sweeps.tinyScenario(cwd);
        Files.createDirectories(cwd.resolve("mine"));
        Files.writeString(cwd.resolve("mine/summary.json"), "{}");
        Files.writeString(cwd.resolve("mine/thesis.docx"), "years of work");
        Cli.Result r = run("run", "tiny.yaml", "--out", "mine", "--force", "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("has no .samen-manifest");
        assertThat(names(cwd.resolve("mine"))).containsExactly("summary.json", "thesis.docx");
    }

    @Test
    void item2_forceReplacesSamensOwnRunWithItsChartsAndReport() throws IOException {
        firstRun();
        assertThat(run("chart", "r").exit()).isZero();
        assertThat(run("report", "r").exit()).isZero();
        Cli.Result r = run("run", "tiny.yaml", "--out", "r", "--force", "--seed", "9", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cwd.resolve("r/charts")).doesNotExist();
        assertThat(names(cwd)).containsExactly("r", "tiny.yaml");
    }

    @Test
    void item2_forceNeverFollowsASymbolicLinkOutOfTheDirectory() throws IOException {
        firstRun();
        Path victim = Files.writeString(cwd.resolve("victim.txt"), "precious");
        Files.delete(cwd.resolve("r/events.csv"));
        Files.createSymbolicLink(cwd.resolve("r/events.csv"), victim);
        Cli.Result r = run("run", "tiny.yaml", "--out", "r", "--force", "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("events.csv (a symbolic link)");
        assertThat(victim).hasContent("precious");
    }

    @Test
    void item6_linksPlantedUnderTheOldFixedTemporaryNamesAreNeverWrittenThrough() throws IOException {
        firstRun();
        Path victim = Files.writeString(cwd.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(cwd.resolve("r/.report.html.tmp"), victim);
        Files.createSymbolicLink(cwd.resolve("r/report.html"), victim);
        Cli.Result r = run("report", "r");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(victim).hasContent("precious");
        assertThat(Files.isSymbolicLink(cwd.resolve("r/report.html"))).isFalse();

        Path sweep = Sweeps.grid(cwd);
        Files.createDirectories(cwd.resolve("s"));
        for (String planted : List.of(".checkpoint.tmp", "sweep.json.tmp", "runs.csv.part")) {
            Files.createSymbolicLink(cwd.resolve("s").resolve(planted), victim);
        }
        Cli.Result s = run("sweep", sweep.toString(), "--out", "s", "--resume", "--quiet", "--threads", "1");
        assertThat(victim).hasContent("precious");
        assertThat(s.exit()).as(s.err()).isEqualTo(2);
    }

    @Test
    void item6_aResumeThroughALinkedPartFileIsRefused() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        Path victim = Files.writeString(cwd.resolve("victim.txt"), "precious");
        Cli.Result first = run("sweep", sweep.toString(), "--out", "s", "--quiet", "--threads", "1");
        assertThat(first.exit()).isZero();
        Files.writeString(cwd.resolve("s/.checkpoint"), "spec_sha256=x\nruns_bytes=10\ntimeseries_bytes=0\ndone=1\nerrors=0\nelapsed_ms=1\n");
        Files.delete(cwd.resolve("s/sweep.json"));
        Files.createSymbolicLink(cwd.resolve("s/runs.csv.part"), victim);
        Cli.Result r = run("sweep", sweep.toString(), "--out", "s", "--resume", "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(victim).hasContent("precious");
    }

    @Test
    void item7_resumeOfAFinishedSweepRefusesAChangedSweepFile() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        assertThat(run("sweep", sweep.toString(), "--out", "s", "--quiet").exit()).isZero();
        Files.writeString(sweep, Files.readString(sweep).replace("master_seed: 11", "master_seed: 12"));
        Cli.Result r = run("sweep", sweep.toString(), "--out", "s", "--resume");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("holds a finished sweep that is not this one (master_seed differ)");
        assertThat(r.out()).doesNotContain("already complete");
    }

    @Test
    void item7_resumeOfAFinishedSweepRefusesAChangedBaseScenario() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        assertThat(run("sweep", sweep.toString(), "--out", "s", "--quiet").exit()).isZero();
        Files.writeString(cwd.resolve("tiny.yaml"), Files.readString(cwd.resolve("tiny.yaml")).replace("steps: 30", "steps: 31"));
        Cli.Result r = run("sweep", sweep.toString(), "--out", "s", "--resume");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("base_scenario_sha256");
    }

    @Test
    void item7_resumeOfAFinishedSweepRefusesOtherParametersAndTimeseries() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        assertThat(run("sweep", sweep.toString(), "--out", "s", "--quiet").exit()).isZero();
        Cli.Result ts = run("sweep", sweep.toString(), "--out", "s", "--resume", "--timeseries");
        assertThat(ts.exit()).isEqualTo(2);
        assertThat(ts.err()).contains("--timeseries");
        Files.writeString(sweep, Files.readString(sweep).replace("[equal, dominant]", "[equal, skewed]"));
        Cli.Result p = run("sweep", sweep.toString(), "--out", "s", "--resume");
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.err()).contains("parameters");
        Cli.Result same = run("sweep", Sweeps.grid(cwd).toString(), "--out", "s", "--resume");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("already complete");
    }

    @Test
    void item7_resumeOfAnUnfinishedSweepRefusesAChangedSweepFile() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        assertThat(run("sweep", sweep.toString(), "--out", "s", "--quiet").exit()).isZero();
        // Make it unfinished the way a kill does: sweep.json not yet written, a checkpoint of all runs.
        Files.move(cwd.resolve("s/runs.csv"), cwd.resolve("s/runs.csv.part"));
        Files.delete(cwd.resolve("s/sweep.json"));
        Files.writeString(cwd.resolve("s/.checkpoint"), "spec_sha256=" + "0".repeat(64) + "\nruns_bytes=10\ntimeseries_bytes=0\n"
                + "done=1\nerrors=0\nelapsed_ms=1\n");
        Cli.Result r = run("sweep", sweep.toString(), "--out", "s", "--resume");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("holds another sweep");
    }

    @Test
    void item11_damagedFilesOfAFinishedSweepAreBadInputForAnalyzeMergeChartAndReport() throws IOException {
        Path sweep = Sweeps.grid(cwd);
        assertThat(run("sweep", sweep.toString(), "--out", "s", "--quiet").exit()).isZero();
        String runs = Files.readString(cwd.resolve("s/runs.csv"));
        String json = Files.readString(cwd.resolve("s/sweep.json"));
        List<Runnable> damages = List.of(
                () -> write("s/runs.csv", runs.substring(0, 700)),
                () -> write("s/runs.csv", ""),
                () -> write("s/runs.csv", runs.replace("outcome", "outcom")),
                () -> write("s/runs.csv", runs + "\u00ff garbage\n"),
                () -> write("s/sweep.json", json.replace("\"grid\"", "\"bogus\"")),
                () -> write("s/sweep.json", json.replace("\"key\" : \"trust.loss_rate\"", "\"key\" : 5")),
                () -> write("s/sweep.json", "\"x\""));
        for (int i = 0; i < damages.size(); i++) {
            write("s/runs.csv", runs);
            write("s/sweep.json", json);
            damages.get(i).run();
            for (String[] command : List.of(new String[] {"analyze", "s"}, new String[] {"merge", "s", "--out", "m" + i},
                    new String[] {"chart", "s"}, new String[] {"report", "s"})) {
                Cli.Result r = run(command);
                assertThat(r.exit()).as("damage %d, %s: %s", i, command[0], r.err()).isIn(0, 2);
                assertThat(r.err()).as("damage %d, %s", i, command[0]).doesNotContain("internal error", "Exception");
            }
        }
    }

    @Test
    void item11_damagedFilesOfARunAreBadInputForChartAndReport() throws IOException {
        firstRun();
        Files.write(cwd.resolve("r/scenario.yaml"), new byte[] {(byte) 0xff, 0});
        Files.write(cwd.resolve("r/timeseries.csv"), new byte[] {(byte) 0xfe}, java.nio.file.StandardOpenOption.APPEND);
        for (String command : List.of("chart", "report")) {
            Cli.Result r = run(command, "r");
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("not UTF-8 text").doesNotContain("internal error", "Exception");
        }
    }

    private void write(String file, String text) {
        try {
            Files.writeString(cwd.resolve(file), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
