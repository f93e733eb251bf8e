package samen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process, as if from {@code cwd}, with samen.home the checkout. */
final class Cli {

    /** The checkout (surefire sets samen.home to the project's base directory). */
    static final Path HOME = Path.of(System.getProperty("samen.home", "")).toAbsolutePath();

    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Result run(Path cwd, String... args) {
        return run(new Environment(cwd, HOME, false), args);
    }

    static Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Main(new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
