package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a scenario file: a relative path is looked up in the working directory first and then in
 * the samen installation (or the files bundled in the jar), so {@code samen run scenarios/default.yaml}
 * works from anywhere.
 */
final class ScenarioFiles {

    /** What {@code samen run} runs when given no scenario. */
    static final String DEFAULT = "scenarios/default.yaml";

    private ScenarioFiles() {
    }

    static Path find(String name, Environment env) throws UserException {
        return find(name, env, "scenario");
    }

    /** @param kind "scenario" or "sweep", for the message when it is not found */
    static Path find(String name, Environment env, String kind) throws UserException {
        Path given = Path.of(name);
        Path local = env.resolve(given);
        if (Files.isRegularFile(local)) return local;
        if (!given.isAbsolute() && env.home() != null) {
            Path installed = env.home().resolve(name).normalize(); // by name: home may be inside the jar
            if (Files.isRegularFile(installed)) return installed;
        }
        if (Files.isDirectory(local)) throw new UserException(name + " is a directory, not a " + kind + " file");
        throw new UserException(kind + " file not found: " + name + (env.home() != null && !given.isAbsolute()
                ? " (looked in . and " + (env.localHome() != null ? env.home() : "the files bundled in samen.jar") + ")" : ""));
    }
}
