package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.chart.ChartFiles;
import samen.chart.DiscoveryCharts;
import samen.chart.Labels;
import samen.experiment.SweepColumns;
import samen.experiment.discovery.Condition;
import samen.experiment.discovery.Discovery;
import samen.model.Outcome;
import samen.output.Manifest;

/** {@code samen discover}: scenario discovery (PRIM) on a finished sweep. */
@Command(name = "discover",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Find the ranges of parameter values that lead to an outcome (scenario discovery with PRIM).",
        description = {"Peels boxes off the sweep's parameter space (PRIM, as the EMA Workbench does), prints the "
                + "chosen box with a quasi-p-value per limit, then scores every parameter with a random forest "
                + "(permutation importance) and shows a classification tree of depth 3 as rules. Writes "
                + "SWEEP_DIR/discovery/prim_trajectory.csv, prim_box.csv, feature_scores.csv, tree_rules.csv and the charts "
                + "prim-trajectory.png, prim-box.png and feature-scores.png.", ""},
        footer = {"", "Examples:",
                "  samen discover sweeps/lhs --outcome stagnation",
                "  samen discover sweeps/lhs --where \"mean_trust < 0.3\"",
                "  samen discover sweeps/lhs --outcome breakup --box 12      choose step 12 of the trajectory", ""})
final class DiscoverCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "A directory written by samen sweep or samen merge.")
    private Path dir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Option(names = "--outcome", paramLabel = "OUTCOME", description = "Runs of interest: those ending in OUTCOME (e.g. stagnation).")
        String outcome;

        @Option(names = "--where", paramLabel = "\"METRIC OP X\"", description = "Runs of interest: those whose final METRIC meets OP X (<, <=, >, >=, ==, !=).")
        String where;
    }

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Share of the box's runs one peel or paste moves (default: ${DEFAULT-VALUE}).")
    private double alpha;

    @Option(names = "--min-mass", paramLabel = "M", defaultValue = "0.05", description = "Smallest share of all runs a box may hold (default: ${DEFAULT-VALUE}).")
    private double minMass;

    @Option(names = "--min-coverage", paramLabel = "C", defaultValue = "0.7",
            description = "Choose the densest box with at least this coverage (default: ${DEFAULT-VALUE}).")
    private double minCoverage;

    @Option(names = "--box", paramLabel = "STEP", description = "Choose this step of the trajectory instead (see prim_trajectory.csv).")
    private Integer box;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en", description = "Language of the charts (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Path sweep = env.resolve(dir);
        if (!Files.isDirectory(sweep)) throw new UserException(env.display(sweep) + ": no such directory");
        if (!(alpha > 0 && alpha < 0.5)) throw new UserException("--alpha " + alpha + ": expected a share above 0 and below 0.5");
        if (!(minMass > 0 && minMass < 1)) throw new UserException("--min-mass " + minMass + ": expected a share above 0 and below 1");
        if (!(minCoverage >= 0 && minCoverage <= 1)) throw new UserException("--min-coverage " + minCoverage + ": expected a share from 0 to 1");
        Labels labels;
        try {
            labels = Labels.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException("--lang: " + e.getMessage());
        }
        Condition condition = condition();
        Discovery.Result result = Discovery.run(sweep, condition,
                new Discovery.Options(alpha, minMass, minCoverage, box == null ? -1 : box));
        Path out = sweep.resolve(Discovery.DIR);
        // The charts join the files samen wrote there, so a later discover may replace them.
        Manifest.add(out, ChartFiles.write(DiscoveryCharts.of(out, env.display(out), labels), out, ChartFiles.Format.PNG,
                condition.text()));
        main.out().print(result.table());
        main.out().println();
        main.out().println("Files: " + env.display(out) + "/ (prim_trajectory.csv, prim_box.csv, feature_scores.csv, tree_rules.csv; "
                + "prim-trajectory.png, prim-box.png, feature-scores.png)");
        return 0;
    }

    private Condition condition() throws UserException {
        if (target.outcome != null) {
            Condition c = Condition.outcome(target.outcome);
            boolean known = c.value().equals(SweepColumns.ERROR_OUTCOME)
                    || Arrays.stream(Outcome.values()).anyMatch(o -> o.key().equals(c.value()));
            if (!known) {
                throw new UserException("--outcome " + target.outcome + ": not an outcome; allowed: "
                        + String.join(", ", Arrays.stream(Outcome.values()).map(Outcome::key).toList()));
            }
            return c;
        }
        Condition c = Condition.where(target.where);
        if (c == null) throw new UserException("--where " + target.where + ": expected METRIC OP NUMBER, e.g. --where \"mean_trust < 0.3\"");
        return c;
    }
}
