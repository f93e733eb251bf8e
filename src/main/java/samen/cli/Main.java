package samen.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import samen.experiment.SweepException;
import samen.output.Language;
import samen.output.Invocation;
import samen.output.OutputExistsException;
import samen.output.Version;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;
import samen.workshop.SessionException;

/** The {@code samen} command: dispatches to its subcommands and turns failures into exit codes. */
@Command(name = "samen",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Agent-based simulation of collaboration between organisations.",
        subcommands = {RunCommand.class, ValidateCommand.class, NewCommand.class, SweepCommand.class, MergeCommand.class,
                AnalyzeCommand.class, DiscoverCommand.class, CompareCommand.class, CalibrateCommand.class, ChartCommand.class, ReportCommand.class, GuiCommand.class, BenchCommand.class, FactsCommand.class, WorkshopCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  samen run                              run scenarios/default.yaml",
                "  samen new \"Wijkzorg Noord\"             start a scenario of your own",
                "  samen validate wijkzorg-noord.yaml     check it",
                "  samen run wijkzorg-noord.yaml --seed 7",
                "  samen gui wijkzorg-noord.yaml --projector   show it live to a room",
                "  samen chart runs/wijkzorg-noord-seed7     draw its charts",
                "  samen report runs/wijkzorg-noord-seed7    one HTML page to share",
                "  samen sweep scenarios/sweeps/power-x-trust.yaml   many runs, one table",
                "  samen workshop --lang nl                 participants play the partners from their phones",
                "", "Exit codes: 0 ok, 2 bad input, 1 internal error."})
public final class Main implements Callable<Integer> {

    /** Bad input: invalid scenario, unknown option, existing output, missing file. */
    public static final int BAD_INPUT = ExitCode.USAGE;
    /** A bug or an environment failure. */
    public static final int INTERNAL_ERROR = ExitCode.SOFTWARE;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Environment env;
    private List<String> args = List.of();
    // The --lang of the command being run: problems with its input are told in that language.
    private Language language = Language.EN;

    @Spec
    CommandSpec spec;

    /** Writes to the process's stdout and stderr (UTF-8). */
    public Main() {
        this(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Environment.fromSystem());
    }

    public Main(PrintWriter out, PrintWriter err, Environment env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        System.exit(new Main().execute(args));
    }

    /** Runs the command line and returns its exit code; never throws, never exits. */
    public int execute(String... args) {
        this.args = List.of(args);
        CommandLine cmd = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::badArguments)
                .setExecutionExceptionHandler(this::failed)
                .setExecutionStrategy(parsed -> {
                    language = languageOf(parsed);
                    return new CommandLine.RunLast().execute(parsed);
                });
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    Environment env() {
        return env;
    }

    /** This command line, now, on this software: the provenance a result records. */
    Invocation invocation() {
        return Invocation.now(args);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** {@code samen} alone: show what there is to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return BAD_INPUT;
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("samen: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return BAD_INPUT;
    }

    /** The language the command's {@code --lang} names; English when it has none, or names none samen speaks. */
    private static Language languageOf(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) command = command.subcommand();
        OptionSpec lang = command.commandSpec().findOption("--lang");
        if (lang == null || lang.getValue() == null) return Language.EN;
        try {
            return Language.of(lang.getValue().toString());
        } catch (IllegalArgumentException notOurs) {
            return Language.EN; // the command itself says so, once it runs
        }
    }

    private int failed(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof ScenarioException bad) {
            printProblems(bad);
            return BAD_INPUT;
        }
        if (e instanceof UserException user) {
            err.println("samen: " + user.message(language.locale()));
            return BAD_INPUT;
        }
        if (e instanceof SweepException || e instanceof SessionException) {
            err.println("samen: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof InvalidPathException path) { // a NUL in a path: from an option or a file
            err.println("samen: not a usable path: \"" + path.getInput().replaceAll("\\p{Cntrl}", "?") + "\" ("
                    + path.getReason() + "); allowed: a file or directory name without control characters");
            return BAD_INPUT;
        }
        if (e instanceof OutputExistsException exists) {
            err.println("samen: " + env.display(exists.path()) + (exists.reason() == null
                    ? " already exists; use --force to replace it" : " " + exists.reason()));
            return BAD_INPUT;
        }
        String message = e.getMessage() == null || e instanceof FileSystemException
                ? e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                : e.getMessage();
        err.println("samen: internal error: " + message.lines().findFirst().orElse("")
                + (env.debug() ? "" : " (run with SAMEN_DEBUG=1 for the stack trace)"));
        if (env.debug()) e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    /**
     * One located problem per line, in the command's language. Files are shown as the user would
     * name them (relative to the working directory), since commands hand the loader absolute paths.
     */
    void printProblems(ScenarioException e) {
        printLocated(e.problems(), false);
    }

    /** The language a {@code --lang} option names, or a bad-input error that says which there are. */
    static Language language(String lang) throws UserException {
        try {
            return Language.of(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException("--lang: " + e.getMessage());
        }
    }

    /** Settings that can never take effect, one located line each, marked as warnings, in the command's language. */
    void printWarnings(List<Problem> warnings) {
        printLocated(warnings, true);
    }

    private void printLocated(List<Problem> problems, boolean warnings) {
        for (Problem p : problems) {
            String source = p.source();
            try {
                Path path = Path.of(source);
                if (path.isAbsolute()) source = env.display(path);
            } catch (InvalidPathException notAPath) {
                // an override such as "--set a.b=c": keep it as it is
            }
            Problem shown = p.from(source, p.line(), p.column());
            err.println(warnings ? shown.warning().format(language.locale()) : shown.format(language.locale()));
        }
    }

    /** {@code samen 0.1.0}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"samen " + Version.get()};
        }
    }
}
