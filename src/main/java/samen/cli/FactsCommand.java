package samen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.experiment.facts.FactsCsv;
import samen.experiment.facts.FactsRun;
import samen.experiment.facts.FactsTable;
import samen.experiment.facts.StylisedFacts;
import samen.output.OutputDirectory;
import samen.output.Version;
import samen.scenario.ScenarioLoader;

/** {@code samen facts}: which stylised facts of the literature the model reproduces; see docs/VALIDATION.md. */
@Command(name = "facts",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Test the model against stylised facts of the literature (or draw one-at-a-time response curves).",
        description = {"Runs each fact's factor over its levels on the base scenario (seeds 0..N-1 per level, "
                + "in-process and in parallel; the same results for any --threads), tests the expected trend "
                + "(Cochran-Armitage for a share, Jonckheere-Terpstra for a metric, a difference of differences "
                + "for an interaction), corrects the family with Holm and prints each fact's verdict at alpha 0.01; "
                + "a base rate holds when its 95%% Wilson interval lies in its band. Writes DIR/facts.csv.",
                "With --oat: for each of the main parameters, 11 values over its allowed range, N seeds each: "
                        + "outcome shares, failure share and the largest jump between neighbouring values; writes "
                        + "DIR/oat.csv and a chart per parameter into DIR/charts.",
                "With --robustness [FILE...]: for each scenario (default: the default, the power scenarios and every "
                        + "archetype and remedy), N seeds run to steps and to 2 x steps: the total-variation distance "
                        + "between the two sets of outcome shares and the share of runs reclassified when the outcome "
                        + "rules' band is halved or raised by half; writes DIR/robustness.csv.", ""},
        footer = {"", "Examples:", "  samen facts                          200 seeds per level, under a minute",
                "  samen facts --reps 50 --lang nl      a quick look, in Dutch",
                "  samen facts --oat --out runs/oat     response curves of 13 parameters",
                "  samen facts --robustness --reps 300  outcome robustness of every bundled scenario", "",
                "Exit code 0 whether or not the facts hold: the verdicts are the result."})
final class FactsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "200",
            description = "Seeds per level (default: ${DEFAULT-VALUE}).")
    private int reps;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores available, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioFiles.DEFAULT,
            description = "Base scenario every fact varies (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/facts, with --oat runs/oat, "
            + "with --robustness runs/robustness).")
    private Path out;

    @Option(names = "--force", description = "Replace the output directory if it exists.")
    private boolean force;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en", description = "Language of the table and charts (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--oat", description = "Draw one-at-a-time response curves instead of testing the facts.")
    private boolean oat;

    @Option(names = "--robustness", description = "Check that outcomes depend neither on the run's length nor on the band "
            + "of the outcome rules, for the FILEs (default: every bundled scenario).")
    private boolean robustness;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "With --robustness: the scenarios to check.")
    private List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (reps < 1) throw new UserException("--reps " + reps + ": expected at least 1");
        if (threads < 1) throw new UserException("--threads " + threads + ": expected at least 1");
        if (!FactsTable.LANGUAGES.contains(lang)) {
            throw new UserException("--lang: '" + lang + "' is not a language of samen facts; allowed: en or nl");
        }
        if (oat && robustness) throw new UserException("--oat and --robustness: choose one");
        if (!files.isEmpty() && !robustness) {
            throw new UserException("scenario files are read only with --robustness; the facts vary --scenario FILE");
        }
        Environment env = main.env();
        if (robustness) {
            return new RobustnessReport(main).write(files, env.resolve(out != null ? out : Path.of("runs", "robustness")),
                    force, reps, threads, Version.get());
        }
        Path file = ScenarioFiles.find(scenario, env);
        ScenarioLoader.Prepared base = ScenarioLoader.prepare(ScenarioLoader.readText(file, file.toString()), file.toString());
        var resolved = base.with(List.of());
        String comment = "samen " + Version.get() + " scenario=" + resolved.name().replaceAll("\\s+", "_")
                + " scenario_sha256=" + resolved.hash() + " seeds=0-" + (reps - 1);
        Path target = env.resolve(out != null ? out : Path.of("runs", oat ? "oat" : "facts"));
        if (oat) return new OatReport(main, lang).write(base, file, target, force, reps, threads, comment);
        List<FactsRun.Result> results = FactsRun.run(base, StylisedFacts.all(), reps, threads);
        List<String> leftOut = FactsRun.historyLeftOut(base, StylisedFacts.all());
        try (OutputDirectory dir = OutputDirectory.create(target, force)) {
            FactsCsv.write(dir.dir(), comment + " alpha=" + FactsRun.ALPHA + historyComment(leftOut), results);
            dir.commit();
        }
        main.out().printf("samen facts: %s (%s)%n%n", env.display(file), resolved.hash().substring(0, 12));
        main.out().print(new FactsTable(lang).format(results, reps));
        main.out().print(new FactsTable(lang).historyNote(leftOut));
        main.out().println("Results: " + env.display(target) + "/" + FactsCsv.FILE);
        return 0;
    }

    /** For the CSV's provenance comment: the factors whose levels left out part of the history; empty when none did. */
    static String historyComment(List<String> factors) {
        return factors.isEmpty() ? "" : " history_left_out=" + String.join(",", factors).replaceAll("\\s+", "_");
    }
}
