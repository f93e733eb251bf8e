package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.chart.ComparisonReport;
import samen.chart.Labels;
import samen.chart.RunData;
import samen.chart.RunPair;
import samen.chart.SweepData;
import samen.experiment.QuickSweep;
import samen.experiment.Shard;
import samen.experiment.SweepRunner;
import samen.experiment.analysis.Comparison;
import samen.output.OutcomeComparison;
import samen.output.OutputDirectory;

/** {@code samen compare}: two runs, two sweeps or two scenarios side by side; see docs/SWEEPS.md. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Compare two runs, two sweeps, or two scenarios over the same seeds.",
        description = {"A and B are both run directories (samen run), both sweep directories (samen sweep) or both "
                + "scenario files. Two runs: the summaries' difference (outcome, deciding rule, metrics, each partner's "
                + "recent surplus rate), the events side by side by step, the time series overlaid. Two sweeps: per outcome "
                + "each share with its 95%% Wilson interval, the difference B - A with Newcombe's interval and a "
                + "two-proportion z-test, a chi-square test of the outcome distributions, per metric Welch's t-test. Two "
                + "scenarios: each is run --reps times over the same seeds (a sweep each, kept in DIR/sweep-a and "
                + "DIR/sweep-b), then compared as two sweeps. Writes CSV files, charts (PNG and SVG) and report.html into --out.", ""},
        footer = {"", "Examples:",
                "  samen compare scenarios/archetypes/sham-collaboration.yaml \\",
                "                scenarios/archetypes/sham-collaboration-remedy.yaml --reps 200",
                "  samen compare runs/sham-seed42 runs/remedy-seed42",
                "  samen compare sweeps/sham sweeps/remedy", ""})
final class CompareCommand implements Callable<Integer> {

    /** Runs per scenario unless --reps says otherwise. */
    static final int DEFAULT_REPS = 100;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "A", description = "A run directory, sweep directory or scenario file.")
    private String a;

    @Parameters(index = "1", paramLabel = "B", description = "Another of the same kind.")
    private String b;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the files go (default: compare/<A>-vs-<B>).")
    private Path out;

    @Option(names = "--reps", paramLabel = "N", description = "Two scenarios: runs of each, over the same seeds (default: " + DEFAULT_REPS + ").")
    private Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Two scenarios: the master seed both sweeps share (default: 42).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Two scenarios: worker threads (default: the cores available).")
    private Integer threads;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en", description = "Language of the charts and report.html (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = {"-q", "--quiet"}, description = "No progress while two scenarios run.")
    private boolean quiet;

    /** What A or B is. */
    private enum Kind {
        RUN("a run directory"), SWEEP("a sweep directory"), SCENARIO("a scenario file");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Labels labels;
        try {
            labels = Labels.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException("--lang: " + e.getMessage());
        }
        Path first = locate(a, env);
        Path second = locate(b, env);
        Kind ka = kind(a, first, env);
        Kind kb = kind(b, second, env);
        if (ka != kb) {
            throw new UserException("A (" + a + ") is " + ka.words + " and B (" + b + ") is " + kb.words
                    + "; allowed: two run directories, two sweep directories or two scenario files");
        }
        if (ka != Kind.SCENARIO && (reps != null || seed != null || threads != null)) {
            throw new UserException("--reps, --seed and --threads are for two scenario files; " + a + " and " + b + " are "
                    + ka.words.replace("a ", "") + "s, already run");
        }
        if (reps != null && reps < 2) throw new UserException("--reps " + reps + ": expected at least 2");
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > SweepCommand.MAX_THREADS) {
            throw new UserException("--threads " + workers + ": expected 1 to " + SweepCommand.MAX_THREADS);
        }
        Path target = env.resolve(out != null ? out : Path.of("compare", stem(first) + "-vs-" + stem(second)));
        String text;
        List<String> files;
        try (OutputDirectory dir = OutputDirectory.create(target, true)) {
            if (ka == Kind.RUN) {
                RunPair pair = new RunPair(RunData.read(first, a), a, RunData.read(second, b), b);
                pair.write(dir.dir());
                ComparisonReport.write(pair, dir.dir(), labels);
                text = pair.text();
                files = RunPair.FILES;
            } else {
                OutcomeComparison result;
                if (ka == Kind.SCENARIO) {
                    result = Comparison.of(sweep(first, a, dir.dir().resolve("sweep-a"), workers),
                            sweep(second, b, dir.dir().resolve("sweep-b"), workers)).named(stem(first), stem(second));
                } else {
                    result = Comparison.of(first, second);
                }
                Comparison.write(result, dir.dir());
                ComparisonReport.write(result, dir.dir(), labels);
                text = Comparison.table(result);
                files = Comparison.FILES;
            }
            dir.commit();
        }
        main.out().print(text);
        main.out().println();
        String where = env.display(target);
        main.out().println("Files: " + where + "/ (" + String.join(", ", files) + ", charts as PNG and SVG, report.html"
                + (ka == Kind.SCENARIO ? ", the two sweeps in sweep-a/ and sweep-b/" : "") + ")");
        return 0;
    }

    /** The path as given, or for a scenario file not found here the bundled one of that name. */
    private static Path locate(String given, Environment env) throws UserException {
        Path local = env.resolve(Path.of(given));
        if (Files.exists(local)) return local;
        try {
            return ScenarioFiles.find(given, env);
        } catch (UserException notFound) {
            throw new UserException(given + ": no such directory or file; allowed: a run directory, a sweep directory or a "
                    + "scenario file (looked in . and among the bundled scenarios)");
        }
    }

    private static Kind kind(String given, Path path, Environment env) throws UserException {
        if (Files.isRegularFile(path)) return Kind.SCENARIO;
        if (RunData.isRunDirectory(path)) return Kind.RUN;
        if (SweepData.isSweepDirectory(path)) return Kind.SWEEP;
        throw new UserException(given + ": not a run directory (with " + String.join(", ", RunData.MARKERS)
                + "), a finished sweep directory (with " + String.join(", ", SweepData.MARKERS)
                + ") or a scenario file; allowed: two of one kind");
    }

    /** Runs one scenario {@code --reps} times into {@code dir}; the same master seed gives both sides the same seeds. */
    private Path sweep(Path scenario, String label, Path dir, int workers) throws Exception {
        var spec = QuickSweep.of(scenario, label, List.of(), reps == null ? DEFAULT_REPS : reps, seed == null ? 42 : seed);
        try (SweepProgress progress = SweepProgress.create(quiet, main.err())) {
            new SweepRunner(spec, new SweepRunner.Options(workers, dir, false, Shard.ALL, false, false), progress, main.invocation()).run();
        }
        return dir;
    }

    /** A name for the default directory: a directory's name, or a file's without its extension. */
    private static String stem(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) ? name.replaceFirst("\\.ya?ml$", "") : name;
    }
}
