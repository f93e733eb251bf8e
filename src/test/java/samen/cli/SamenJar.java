package samen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line of {@code java -jar target/samen.jar} (failsafe passes samen.jar), for end-to-end tests. */
final class SamenJar {

    static final Path JAR = Path.of(System.getProperty("samen.jar", Cli.HOME.resolve("target/samen.jar").toString()));

    /** How a process ended and what it printed. */
    record Outcome(int exit, String out, String err) {
    }

    private SamenJar() {
    }

    /**
     * Runs {@code command} in {@code cwd} (without SAMEN_DEBUG) and waits up to two minutes; its output
     * goes through {@code cwd/.stdout} and {@code cwd/.stderr}.
     */
    static Outcome start(Path cwd, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(cwd.resolve(".stdout").toFile())
                .redirectError(cwd.resolve(".stderr").toFile());
        pb.environment().remove("SAMEN_DEBUG");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Outcome(p.exitValue(), Files.readString(cwd.resolve(".stdout"), StandardCharsets.UTF_8),
                Files.readString(cwd.resolve(".stderr"), StandardCharsets.UTF_8));
    }

    /** {@code java [jvmOptions] -jar samen.jar args}, with the user home inside {@code cwd}. */
    static List<String> command(Path cwd, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + cwd.resolve(".home"), "-Dsamen.home=" + Cli.HOME));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }
}
