package samen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code java -jar target/samen.jar} (failsafe passes samen.jar), for end-to-end tests. */
final class SamenJar {

    static final Path JAR = Path.of(System.getProperty("samen.jar", Cli.HOME.resolve("target/samen.jar").toString()));

    private SamenJar() {
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
