package samen.cli;

import java.nio.file.Path;

/**
 * What the commands take from outside the arguments, injectable so tests can run the command line
 * in-process from any directory.
 *
 * @param cwd   the directory relative paths are resolved against (the real working directory)
 * @param home  the samen installation (system property {@code samen.home}, set by the launcher),
 *              or null when unknown
 * @param debug print stack traces of internal errors (environment variable {@code SAMEN_DEBUG=1})
 */
public record Environment(Path cwd, Path home, boolean debug) {

    public Environment {
        cwd = cwd.toAbsolutePath().normalize();
        home = home == null ? null : home.toAbsolutePath().normalize();
    }

    public static Environment fromSystem() {
        String home = System.getProperty("samen.home");
        return new Environment(Path.of(""), home == null || home.isBlank() ? null : Path.of(home),
                "1".equals(System.getenv("SAMEN_DEBUG")));
    }

    /** {@code path} against the working directory. */
    public Path resolve(Path path) {
        return cwd.resolve(path).normalize();
    }

    /** A path to show the user: relative to the working directory when it lies under it. */
    public String display(Path path) {
        Path absolute = resolve(path);
        if (absolute.startsWith(cwd) && !absolute.equals(cwd)) return cwd.relativize(absolute).toString();
        return absolute.toString();
    }
}
