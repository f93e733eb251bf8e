package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/** The sweep as a separate process: killed with SIGKILL and resumed; run in a small heap. */
class SweepIT {

    @TempDir
    Path cwd;

    private Path sweepFile(int values, int reps, int steps) throws IOException {
        Sweeps.write(cwd.resolve("base.yaml"), "name: Base\nsteps: " + steps + "\norganisations:\n  count: 4\n");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < values; i++) list.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.3f", 0.02 + 0.2 * i / values));
        return Sweeps.write(cwd.resolve("kill.yaml"), "scenario: base.yaml\nmaster_seed: 9\nreplications: " + reps
                + "\ndesign: grid\nparameters:\n  trust.loss_rate: [" + list + "]\n  power.distribution: [equal, skewed]\n");
    }

    private Process start(String... args) throws IOException {
        return start(List.of(), args);
    }

    private Process start(List<String> jvm, String... args) throws IOException {
        return new ProcessBuilder(SamenJar.command(cwd, jvm, args)).directory(cwd.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(cwd.resolve(".stdout").toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(cwd.resolve(".stderr").toFile())).start();
    }

    private int finish(Process p) throws InterruptedException, IOException {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in 300 s: " + Files.readString(cwd.resolve(".stderr")));
        }
        return p.exitValue();
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) return 0;
        try (var l = Files.lines(file, StandardCharsets.UTF_8)) {
            return l.count();
        } catch (java.io.UncheckedIOException torn) {
            return 0; // a torn multi-byte character at the end: try again later
        }
    }

    /**
     * Killed with SIGKILL three times at different moments (early, a third and two thirds of the
     * way), each time resumed with the same command and --resume: the runs.csv equals, byte for
     * byte, that of a sweep that was never interrupted.
     */
    @Test
    void killedAndResumedGivesTheBytesOfAnUninterruptedSweep() throws Exception {
        sweepFile(20, 40, 200); // 1600 runs
        long total = 1600;
        assertThat(finish(start("sweep", "kill.yaml", "--out", "whole", "--threads", "2", "--quiet"))).isZero();
        byte[] whole = Files.readAllBytes(cwd.resolve("whole/runs.csv"));
        assertThat(new String(whole, StandardCharsets.UTF_8).lines().count()).isEqualTo(total + 2);

        Path part = cwd.resolve("killed/runs.csv.part");
        long[] killAt = {1, total / 3, 2 * total / 3};
        int kills = 0;
        for (int i = 0; i < killAt.length; i++) {
            Process p = i == 0 ? start("sweep", "kill.yaml", "--out", "killed", "--threads", "2", "--quiet")
                    : start("sweep", "kill.yaml", "--out", "killed", "--threads", "2", "--quiet", "--resume");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && lines(part) < killAt[i] + 2 && System.nanoTime() < deadline) Thread.sleep(20);
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
                p.waitFor();
                kills++;
            }
        }
        assertThat(kills).as("the sweep was killed mid-way at least twice").isGreaterThanOrEqualTo(2);
        assertThat(cwd.resolve("killed/sweep.json")).doesNotExist();
        assertThat(finish(start("sweep", "kill.yaml", "--out", "killed", "--threads", "1", "--resume", "--quiet")))
                .as(Files.readString(cwd.resolve(".stderr"))).isZero();
        assertThat(Files.readAllBytes(cwd.resolve("killed/runs.csv"))).isEqualTo(whole);
        assertThat(cwd.resolve("killed")).isDirectoryNotContaining("glob:**/.checkpoint").isDirectoryNotContaining("glob:**.part");
    }

    /**
     * Heap after garbage collection, from the GC log, in a sweep of 2,000 and of 40,000 tiny runs
     * in a 48 MiB heap: the larger sweep needs no more (streams rows, bounded reorder window).
     */
    @Test
    void heapDoesNotGrowWithTheNumberOfRuns() throws Exception {
        Sweeps.write(cwd.resolve("base.yaml"), "name: Base\nsteps: 5\norganisations:\n  count: 3\n");
        long small = peakAfterGc("small", 100);
        long large = peakAfterGc("large", 2000);
        assertThat(large).as("peak heap after GC: %d KiB for 2,000 runs, %d KiB for 40,000", small, large)
                .isLessThan(small + small / 2 + 1024);
    }

    private long peakAfterGc(String name, int reps) throws Exception {
        Sweeps.write(cwd.resolve(name + ".yaml"), "scenario: base.yaml\nreplications: " + reps
                + "\ndesign: grid\nparameters:\n  trust.loss_rate: {min: 0.01, max: 0.2, step: 0.01}\n");
        Path log = cwd.resolve(name + "-gc.log");
        Process p = start(List.of("-Xmx48m", "-XX:+UseSerialGC", "-Xlog:gc:file=" + log),
                "sweep", name + ".yaml", "--out", name, "--threads", "2", "--quiet");
        assertThat(finish(p)).as(Files.readString(cwd.resolve(".stderr"))).isZero();
        assertThat(Files.readAllLines(cwd.resolve(name + "/runs.csv"))).hasSize(20 * reps + 2);
        Matcher m = Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(log));
        long peak = 0;
        int collections = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)) * 1024);
            collections++;
        }
        assertThat(collections).as("collections in " + name).isPositive();
        return peak;
    }
}
