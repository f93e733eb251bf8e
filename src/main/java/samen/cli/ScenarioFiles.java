package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import samen.scenario.Message;

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
        Message file = Message.of("file.kind." + kind);
        if (Files.isDirectory(local)) throw new UserException(Message.of("file.directory", name, file));
        Message looked = env.home() == null || given.isAbsolute() ? Message.literal("")
                : Message.of("file.looked", env.localHome() != null ? env.home() : Message.of("file.bundled"));
        throw new UserException(Message.of("file.missing", file, name, looked));
    }
}
