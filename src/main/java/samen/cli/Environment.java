package samen.cli;

import java.nio.file.Path;

/**
 * What the commands take from outside the arguments, injectable so tests can run the command line
 * in-process from any directory.
 *
 * @param cwd   the directory relative paths are resolved against (the real working directory)
 * @param home  the samen installation (system property {@code samen.home}, set by the launchers), or
 *              else the files bundled in the jar ({@link BundledFiles}, a path in the jar's file system),
 *              or null when neither is there
 * @param debug print stack traces of internal errors (environment variable {@code SAMEN_DEBUG=1})
 */
public record Environment(Path cwd, Path home, boolean debug) {

    public Environment {
        cwd = cwd.toAbsolutePath().normalize();
        home = home == null ? null : home.toAbsolutePath().normalize();
    }

    public static Environment fromSystem() {
        String home = System.getProperty("samen.home");
        return new Environment(Path.of(""), home == null || home.isBlank() ? BundledFiles.home() : Path.of(home),
                "1".equals(System.getenv("SAMEN_DEBUG")));
    }

    /** {@code path} against the working directory; a path inside the jar stays as it is. */
    public Path resolve(Path path) {
        return bundled(path) ? path.normalize() : cwd.resolve(path).normalize();
    }

    /** The installation on disk (where a new scenario can refer to its schema), or null when there is none. */
    public Path localHome() {
        return home == null || bundled(home) ? null : home;
    }

    /**
     * A path to show the user: relative to the working directory when it lies under it; a file
     * bundled in the jar as it is named there ({@code scenarios/default.yaml}).
     */
    public String display(Path path) {
        if (bundled(path)) return home != null && bundled(home) ? home.relativize(path.normalize()).toString() : path.toString();
        Path absolute = resolve(path);
        if (absolute.startsWith(cwd) && !absolute.equals(cwd)) return cwd.relativize(absolute).toString();
        return absolute.toString();
    }

    private boolean bundled(Path path) {
        return path.getFileSystem() != cwd.getFileSystem();
    }
}
