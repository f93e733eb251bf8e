package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.bench.Pipeline;

/**
 * The launcher's JVM flags: the batch commands get the flags {@code samen bench} measures with
 * ({@link Pipeline#BATCH_JVM_FLAGS}), every other command the JVM's defaults, and SAMEN_JAVA_OPTS
 * comes last; read from its SAMEN_PRINT_COMMAND line, then a sweep run through it for real.
 */
class LauncherIT {

    private static final Path LAUNCHER = Cli.HOME.resolve("samen");
    private static final String BATCH = String.join(" ", Pipeline.BATCH_JVM_FLAGS);

    @TempDir
    Path cwd;

    @Test
    void batchCommandsGetTheBenchedFlagsAndOthersTheDefaults() throws Exception {
        for (String command : List.of("sweep", "calibrate", "facts")) {
            String line = printed(Map.of(), command, "--help");
            assertThat(line).as(command).isEqualTo("java " + BATCH + " -Dsamen.home=" + Cli.HOME + " -jar "
                    + Cli.HOME.resolve("target/samen.jar") + " " + command + " --help");
        }
        for (String command : List.of("run", "gui", "bench", "compare", "--version")) {
            assertThat(printed(Map.of(), command)).as(command)
                    .isEqualTo("java -Dsamen.home=" + Cli.HOME + " -jar " + Cli.HOME.resolve("target/samen.jar") + " " + command);
        }
        assertThat(printed(Map.of())).as("no command").endsWith("-jar " + Cli.HOME.resolve("target/samen.jar"));
        assertThat(printed(Map.of(), "run", "sweep")).as("only the command word counts").doesNotContain(BATCH);
    }

    @Test
    void ownFlagsComeAfterTheLaunchersSoTheyWin() throws Exception {
        Map<String, String> own = Map.of("SAMEN_JAVA_OPTS", "-Xmx1g  -Dx=1");
        assertThat(printed(own, "sweep")).startsWith("java " + BATCH + " -Xmx1g -Dx=1 -Dsamen.home=");
        assertThat(printed(own, "run")).startsWith("java -Xmx1g -Dx=1 -Dsamen.home=");
    }

    /** The JVM refuses to start with two collectors, so a collector of the user's own replaces the launcher's. */
    @Test
    void anOwnCollectorReplacesTheLaunchers() throws Exception {
        String withoutCollector = String.join(" ", Pipeline.BATCH_JVM_FLAGS.subList(1, Pipeline.BATCH_JVM_FLAGS.size()));
        assertThat(Pipeline.BATCH_JVM_FLAGS.get(0)).isEqualTo("-XX:+UseSerialGC");
        Map<String, String> own = Map.of("SAMEN_JAVA_OPTS", "-XX:+UseParallelGC");
        assertThat(printed(own, "sweep")).startsWith("java " + withoutCollector + " -XX:+UseParallelGC -Dsamen.home=");
        Result r = launch(own, "sweep", "--scenario", "scenarios/default.yaml", "--reps", "4", "--out", cwd.resolve("p").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void theWindowsLauncherGivesTheSameFlagsToTheSameCommands() throws IOException {
        String cmd = Files.readString(Cli.HOME.resolve("samen.cmd"));
        for (String command : List.of("sweep", "calibrate", "facts")) {
            assertThat(cmd).contains("if /i \"%~1\"==\"" + command + "\" set \"FLAGS=" + BATCH + "\"");
        }
        assertThat(cmd).contains("java %FLAGS% %SAMEN_JAVA_OPTS% -Dsamen.home=");
    }

    @Test
    void aSweepRunsThroughTheLauncherWithItsFlags() throws Exception {
        Result r = launch(Map.of(), "sweep", "--scenario", "scenarios/default.yaml", "--reps", "30", "--threads", "2",
                "--out", cwd.resolve("s").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("building", "warning");
        assertThat(Files.readAllLines(cwd.resolve("s/runs.csv"))).as("a comment, the header and 30 rows").hasSize(32);
    }

    private String printed(Map<String, String> env, String... args) throws Exception {
        Map<String, String> withPrint = new java.util.HashMap<>(env);
        withPrint.put("SAMEN_PRINT_COMMAND", "1");
        Result r = launch(withPrint, args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().strip();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(Cli.HOME.toFile())
                .redirectOutput(cwd.resolve(".stdout").toFile()).redirectError(cwd.resolve(".stderr").toFile());
        pb.environment().remove("SAMEN_JAVA_OPTS");
        pb.environment().remove("SAMEN_DEBUG");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(cwd.resolve(".stdout"), StandardCharsets.UTF_8),
                Files.readString(cwd.resolve(".stderr"), StandardCharsets.UTF_8));
    }
}
