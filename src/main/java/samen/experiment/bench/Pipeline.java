package samen.experiment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import samen.output.OutputDirectory;

/**
 * The whole command-line pipeline, as a researcher runs it: a fresh {@code samen sweep} process of
 * one point over RUNS seeds ({@code --scenario FILE --reps RUNS --threads N --quiet}) with the JVM
 * flags the launcher gives batch commands, timed from the outside, with the sweep's own timing read
 * back from its {@code sweep.json} to tell start-up and warm-up from the steady pace.
 *
 * @param wallSeconds       process start to exit
 * @param startupSeconds    JVM start to the first run (class loading, checking the sweep)
 * @param sweepSeconds      the sweep itself (first run to sweep.json)
 * @param secondHalfPerSecond runs per second over the second half of the runs (JIT warmed up)
 * @param secondHalfPerCpuSecond the same per CPU-second of the process (all its threads: workers, JIT, GC)
 * @param cpuUse            CPU time over the sweep's time (2 = two busy cores)
 */
public record Pipeline(int threads, long runs, double wallSeconds, double startupSeconds, double sweepSeconds,
                       double secondHalfPerSecond, double secondHalfPerCpuSecond, double cpuUse) {

    /**
     * The JVM flags the launchers ({@code samen}, {@code samen.cmd}) give the batch commands
     * ({@code sweep}, {@code calibrate}, {@code facts}); LauncherIT checks that they agree. Why these:
     * docs/PERFORMANCE.md, "JVM flags for batch commands".
     */
    public static final List<String> BATCH_JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:Tier4InvocationThreshold=20000", "-XX:Tier4CompileThreshold=40000");

    /** Runs per second over the whole sweep (its warm-up included, start-up not). */
    public double perSecond() {
        return runs / sweepSeconds;
    }

    /**
     * Seconds the sweep took beyond its runs at the pace of its second half: the JIT's warm-up (the
     * runs in the interpreter and in C1 code, and the compiler's share of the cores), start-up apart.
     */
    public double warmUpSeconds() {
        return Math.max(0, sweepSeconds - runs / secondHalfPerSecond);
    }

    /** Runs {@code samen sweep} in a child JVM, as the launcher starts it; its directory is deleted afterwards. */
    public static Pipeline measure(Path scenario, int threads, long runs) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("samen-bench-");
        try {
            Path out = dir.resolve("sweep");
            long start = System.nanoTime();
            Forks.Child.run(BATCH_JVM_FLAGS, List.of("samen.cli.Main", "sweep", "--scenario", scenario.toString(), "--reps", Long.toString(runs),
                    "--threads", Integer.toString(threads), "--out", out.toString(), "--quiet"));
            double wall = (System.nanoTime() - start) / 1e9;
            JsonNode timing = new ObjectMapper().readTree(out.resolve("sweep.json").toFile()).path("timing");
            double seconds = timing.path("seconds").asDouble();
            return new Pipeline(threads, runs, wall, timing.path("startup_seconds").asDouble(), seconds,
                    timing.path("second_half_runs_per_second").asDouble(),
                    timing.path("second_half_runs_per_cpu_second").asDouble(),
                    timing.path("cpu_seconds").asDouble() / timing.path("session_seconds").asDouble());
        } finally {
            OutputDirectory.deleteRecursively(dir);
        }
    }
}
