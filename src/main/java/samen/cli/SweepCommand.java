package samen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.chart.ChartFiles;
import samen.chart.Charts;
import samen.chart.Labels;
import samen.experiment.QuickSweep;
import samen.experiment.Shard;
import samen.experiment.SweepDirectory;
import samen.experiment.SweepFile;
import samen.experiment.SweepRunner;
import samen.experiment.SweepSpec;
import samen.experiment.TimeseriesOptions;
import samen.experiment.analysis.SweepAnalysis;
import samen.output.Language;

/** {@code samen sweep}: many runs over a design, into one directory; see docs/SWEEPS.md. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Run a scenario many times over a design of parameter values.",
        description = {"Writes runs.csv (one row per run, in run_id order), organisation_finals.csv (one row per run and "
                + "partner), event_counts.csv (one row per run and kind of event) and sweep.json into DIR. "
                + "Each run's seed derives from the master seed and its run id only, so the rows are the "
                + "same for any --threads, --shard and --resume. A row reproduces with "
                + "`samen run SCENARIO --seed SEED --set key=value ...`.", ""},
        footer = {"", "Examples:",
                "  samen sweep scenarios/sweeps/power-x-trust.yaml",
                "  samen sweep scenarios/sweeps/sobol.yaml --threads 2 --out sweeps/sobol",
                "  samen sweep --scenario scenarios/default.yaml \\",
                "              --vary power.distribution=equal,dominant --reps 20",
                "  samen sweep --scenario my.yaml --vary trust.loss_rate=0.04:0.16:0.04 --reps 50",
                "  samen sweep --scenario my.yaml --reps 200          one point, 200 seeds",
                "  samen sweep --scenario my.yaml --reps 100000 --every 10 --gzip   time series at scale",
                "  samen sweep --scenario my.yaml --points cases.csv --reps 20",
                "  samen sweep big.yaml --resume       continue after a crash or kill",
                "  samen sweep big.yaml --shard 3/8    one of 8 machines; then samen merge",
                "", "Then: samen analyze DIR", ""})
final class SweepCommand implements Callable<Integer> {

    static final int MAX_THREADS = 1024;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP.yaml", description = "Sweep file (see docs/SWEEPS.md).")
    private String sweepFile;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Quick form: the base scenario (with --vary and --reps).")
    private String scenario;

    @Option(names = "--vary", paramLabel = "KEY=V1,V2", description = "Quick form: a scenario key path and its values (V1,V2,... or LO:HI:STEP), a grid over all of them (repeatable; none: one point over --reps seeds).")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--points", paramLabel = "FILE.csv", description = "Quick form: the points to run, a CSV file with a header of key paths and one row per point (instead of --vary).")
    private String points;

    @Option(names = "--reps", paramLabel = "N", description = "Quick form: replications per point (default: 1).")
    private Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Quick form: the master seed (default: 42).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores available, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: sweeps/<name>, with -shard-I-of-N for a shard).")
    private Path out;

    @Option(names = "--resume", description = "Continue the unfinished sweep in DIR (after a crash or kill).")
    private boolean resume;

    @Option(names = "--force", description = "Replace the output directory if it holds a sweep (finished or not).")
    private boolean force;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only slice I of N (for N machines; join with `samen merge`).")
    private String shard;

    @Option(names = "--dry-run", description = "Print the number of points and runs, and stop.")
    private boolean dryRun;

    @Option(names = "--timeseries", description = "Also write every run's steps into timeseries.csv (long format, with run_id).")
    private boolean timeseries;

    @Option(names = "--every", paramLabel = "N", description = "With the time series: keep every N-th step (0, N, 2N, ...) and the last (implies --timeseries).")
    private Integer every;

    @Option(names = "--gzip", description = "With the time series: write timeseries.csv.gz, compressed (implies --timeseries; pandas reads it as it is).")
    private boolean gzip;

    @Option(names = "--timeseries-columns", paramLabel = "COL,COL", split = ",", description = "With the time series: only these columns besides run_id and step (implies --timeseries).")
    private List<String> columns = new ArrayList<>();

    @Option(names = "--fail-fast", description = "Stop at the first run that fails (default: record it as outcome=error and go on).")
    private boolean failFast;

    @Option(names = "--charts", description = "Then analyse the sweep and draw its charts (PNG) into DIR/charts; see samen chart.")
    private boolean charts;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of problems with the scenario or sweep file and of --charts (default: ${DEFAULT-VALUE}); "
                    + "runs.csv stays machine-readable.")
    private String lang;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Language language = Main.language(lang);
        SweepSpec spec = spec(env);
        Shard slice = shard == null ? Shard.ALL : Shard.parse(shard);
        if (slice == null) throw new UserException("--shard " + shard + ": expected I/N with 1 <= I <= N, e.g. --shard 2/8");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UserException("--threads " + threads + ": expected 1 to " + MAX_THREADS + " (this machine has "
                    + Runtime.getRuntime().availableProcessors() + " cores; more threads than cores gain nothing)");
        }
        TimeseriesOptions series;
        try {
            series = TimeseriesOptions.of(timeseries || every != null || gzip || !columns.isEmpty(), every == null ? 1 : every, gzip,
                    columns.stream().map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (charts && !slice.whole()) throw new UserException("--charts: a shard has part of the runs; draw the charts after `samen merge`");
        long points = spec.newDesign().points();
        long runs = Math.multiplyExact(points, (long) spec.replications());
        if (dryRun) {
            main.out().printf("%s: %s design, %d points x %d replications = %d runs%s%n", spec.name(),
                    spec.design().type().key(), points, spec.replications(), runs,
                    slice.whole() ? "" : "; shard " + slice + ": " + slice.runs(runs) + " runs");
            return 0;
        }
        if (force && resume) throw new UserException("--force starts the sweep afresh and --resume continues it; give one of them");
        Path dir = env.resolve(out != null ? out : Path.of("sweeps",
                spec.directoryName() + (slice.whole() ? "" : "-shard-" + slice.index() + "-of-" + slice.count())));
        if (force) SweepDirectory.clear(dir);
        SweepRunner.Summary summary;
        try (SweepProgress progress = SweepProgress.create(quiet, main.err())) {
            summary = new SweepRunner(spec, new SweepRunner.Options(threads, dir, resume, slice, series, failFast),
                    progress, main.invocation()).run();
        }
        String where = env.display(dir);
        if (summary.alreadyComplete()) {
            if (!quiet) main.out().println(where + " is already complete; nothing to resume.");
            return 0;
        }
        if (summary.stopped()) {
            main.err().println("samen: stopped at the first failed run (--fail-fast): " + summary.firstError());
            main.err().println("The rows so far are kept; fix the cause and run again into another --out, or continue with --resume.");
            return Main.INTERNAL_ERROR;
        }
        if (!quiet) {
            main.out().printf("Sweep %s%s: %d runs of %d points in %.1f s (%.0f runs/s), %d error%s.%n", spec.name(),
                    slice.whole() ? "" : " shard " + slice, summary.runs(), summary.points(), summary.seconds(),
                    summary.seconds() > 0 ? summary.runs() / summary.seconds() : 0.0, summary.errors(),
                    summary.errors() == 1 ? "" : "s");
            if (summary.firstError() != null) main.out().println("First error: " + summary.firstError());
            main.out().println("Results: " + where + "/runs.csv; summarise with `samen analyze " + where + "`.");
        }
        if (charts) {
            SweepAnalysis.run(dir);
            int drawn = Charts.of(dir, where, Labels.forLanguage(language.key()), Charts.Options.DEFAULT)
                    .write(dir.resolve("charts"), ChartFiles.Format.PNG).size() - 1;
            if (!quiet) main.out().println("Analysis: " + where + "/analysis/; charts: " + where + "/charts/ (" + drawn + " PNG)");
        }
        return 0;
    }

    private SweepSpec spec(Environment env) throws Exception {
        boolean quick = scenario != null || !vary.isEmpty() || points != null || reps != null || seed != null;
        if (sweepFile != null && quick) {
            throw new UserException("give either a sweep file or --scenario/--vary/--points/--reps/--seed, not both");
        }
        if (sweepFile != null) {
            return SweepFile.load(ScenarioFiles.find(sweepFile, env, "sweep"));
        }
        if (scenario == null) {
            throw new UserException("give a sweep file, or the quick form --scenario FILE [--vary KEY=V1,V2 | --points FILE.csv] --reps N");
        }
        if (reps != null && reps < 1) throw new UserException("--reps " + reps + ": expected at least 1");
        Path file = ScenarioFiles.find(scenario, env);
        int replications = reps == null ? 1 : reps;
        long master = seed == null ? 42 : seed;
        if (points == null) return QuickSweep.of(file, scenario, vary, replications, master);
        if (!vary.isEmpty()) throw new UserException("--points lists the points itself; give --vary or --points, not both");
        Path csv = env.resolve(Path.of(points));
        if (!java.nio.file.Files.isRegularFile(csv)) throw new UserException("--points " + points + ": no such file");
        return QuickSweep.ofPoints(file, scenario, csv, replications, master);
    }
}
