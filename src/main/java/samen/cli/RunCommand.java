package samen.cli;

import java.nio.file.Files;
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
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.output.Language;
import samen.experiment.SweepRun;
import samen.output.OutputDirectory;
import samen.output.Provenance;
import samen.output.RunLimits;
import samen.output.RunRecorder;
import samen.output.RunStory;
import samen.scenario.Scenario;
import samen.workshop.DecisionsFile;
import samen.workshop.Entry;
import samen.workshop.Replay;

/** {@code samen run}: one run of a scenario, recorded into a directory, summarised on stdout. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Run a scenario once and record the results.",
        description = {"Writes timeseries.csv, organisations.csv, relations.csv, events.csv, summary.json and "
                + "scenario.yaml (the resolved scenario, to reproduce the run) into a new directory, "
                + "and prints a short summary. With --from SWEEP_DIR --run-id N it runs row N of a sweep again.", ""},
        footer = {"", "Examples:",
                "  samen run",
                "  samen run scenarios/default.yaml --seed 7 --steps 200",
                "  samen run my.yaml --set trust.gain_rate=0.1 --out runs/faster-trust --force",
                "  samen run scenarios/default.yaml --seed 42 --decisions runs/ws/decisions.csv   a workshop session again",
                "  samen run --from sweeps/power-x-trust --run-id 17    row 17 of a sweep, with all its files",
                "", "Read the CSV files with pandas: pd.read_csv(path, comment=\"#\").", ""})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: " + ScenarioFiles.DEFAULT + "). A relative path is looked up "
                    + "in the current directory, then in the samen installation.")
    private String scenario;

    @Option(names = "--from", paramLabel = "SWEEP_DIR",
            description = "Run one row of this finished sweep again (with --run-id), from the base scenario it keeps.")
    private Path from;

    @Option(names = "--run-id", paramLabel = "N", description = "With --from: the run_id of the row.")
    private Long runId;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's).")
    private Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (overrides the scenario's).")
    private Integer steps;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a scenario value, e.g. trust.gain_rate=0.1 (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: runs/<scenario>-seed<seed>).")
    private Path out;

    @Option(names = "--force", description = "Replace the output directory if it exists.")
    private boolean force;

    @Option(names = "--charts", description = "Also draw the charts (PNG) into DIR/charts; see samen chart.")
    private boolean charts;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "Play the decisions and interventions of a workshop session (its decisions.csv) again; "
                    + "with the session's scenario and seed this reproduces its files byte for byte.")
    private Path decisions;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    private boolean quiet;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of the summary on the screen, of problems with the scenario and of --charts "
                    + "(default: ${DEFAULT-VALUE}); "
                    + "the files stay machine-readable (English keys, '.' decimals).")
    private String lang;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Language language = Main.language(lang);
        Path file;
        FlagOverrides overrides;
        String defaultName = null;
        if (from != null || runId != null) {
            if (from == null || runId == null) throw new UserException("--from and --run-id go together: --from SWEEP_DIR --run-id N");
            if (scenario != null || seed != null || steps != null || !sets.isEmpty() || decisions != null) {
                throw new UserException("--from runs a sweep's row exactly as the sweep did; allowed with it: "
                        + "--run-id, --out, --force, --charts, --quiet (not SCENARIO, --seed, --steps, --set or --decisions)");
            }
            Path sweep = env.resolve(from);
            if (!Files.isDirectory(sweep)) throw new UserException("--from " + from + ": no such directory");
            SweepRun row = SweepRun.of(sweep, runId);
            file = row.baseScenario();
            overrides = new FlagOverrides(row.overrides(), row.seed(), null);
            defaultName = sweep.getFileName() + "-run" + runId;
        } else {
            file = ScenarioFiles.find(scenario == null ? ScenarioFiles.DEFAULT : scenario, env);
            overrides = new FlagOverrides(sets, seed, steps);
        }
        Scenario resolved = overrides.load(file, main);

        var tooLarge = RunLimits.exceeded(resolved.model(), resolved.steps());
        if (tooLarge.isPresent()) throw new UserException(env.display(file) + ": " + tooLarge.get());
        Path target = env.resolve(out != null ? out : Path.of("runs",
                defaultName != null ? defaultName : resolved.slug() + "-seed" + resolved.seed()));
        Provenance provenance = Provenance.of(resolved, env.display(file), main.invocation());
        Simulation simulation = Simulation.create(resolved.model(), resolved.seed());
        RunResult result;
        RunStory story;
        int drawn = 0;
        long started = System.nanoTime();
        try (OutputDirectory dir = OutputDirectory.create(target, force);
             RunRecorder recorder = new RunRecorder(dir.dir(), provenance)) {
            result = decisions == null
                    ? simulation.run(resolved.steps(), List.of(recorder))
                    : Replay.run(simulation, resolved.steps(), List.of(recorder), recorded(env, resolved), env.display(decisions));
            recorder.finish(result, resolved);
            story = recorder.story();
            if (charts) {
                drawn = Charts.of(dir.dir(), env.display(target), Labels.forLanguage(language.key()), Charts.Options.DEFAULT)
                        .write(dir.dir().resolve("charts"), ChartFiles.Format.PNG).size() - 1;
            }
            dir.commit();
        }
        if (!quiet) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            new RunReport(main.out(), language).print(resolved, result, story, simulation.model(), env.display(target), millis);
            if (charts) main.out().println("  charts/ (" + drawn + " PNG charts; `samen report` makes one HTML page)");
        }
        return 0;
    }

    private List<Entry> recorded(Environment env, Scenario resolved) throws Exception {
        Path file = env.resolve(decisions);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UserException("--decisions: " + env.display(decisions) + " is not a file; allowed: the decisions.csv of a workshop session");
        }
        return DecisionsFile.read(file, env.display(file), resolved.model().organisations().stream().map(o -> o.name()).toList());
    }
}
