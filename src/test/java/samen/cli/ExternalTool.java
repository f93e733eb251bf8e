package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program outside Java that an end-to-end test needs (chromium, jupyter): required in CI
 * ({@code CI=true}, where .ci/run installs it), skipped elsewhere when it is missing.
 */
final class ExternalTool {

    record Outcome(int exit, String out, String err) {
    }

    private ExternalTool() {
    }

    /** Fails under CI when {@code program} is not on the PATH; skips the test otherwise. */
    static void need(String program, String debianPackages) {
        boolean found = onPath(program);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(found).as(program + " is needed in CI: apt-get install " + debianPackages).isTrue();
        }
        assumeTrue(found, program + " not installed (apt-get install " + debianPackages + ")");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    /** {@code java -jar target/samen.jar ARGS} in {@code cwd}, as the launcher runs it. */
    static Outcome samen(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + cwd.resolve(".home"),
                "-Dsamen.home=" + Cli.HOME, "-jar", Cli.HOME.resolve("target/samen.jar").toString()));
        command.addAll(List.of(args));
        return run(cwd, command, Map.of(), 120);
    }

    /** Runs {@code command} in {@code cwd} with extra environment variables, output to files. */
    static Outcome run(Path cwd, List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        // Output goes to files (no pipe to fill up and block), outside cwd (the checkout, for notebooks).
        Path out = Files.createTempFile("samen-test-", ".stdout");
        Path err = Files.createTempFile("samen-test-", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        try {
            return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
