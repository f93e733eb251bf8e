package samen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.experiment.analysis.SweepAnalysis;

/** {@code samen analyze}: outcome shares, metric means and sensitivity indices of a finished sweep. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Summarise a finished sweep: outcome shares, metric means, Morris or Sobol indices.",
        description = {"Prints a table and writes DIR/analysis/outcome_shares.csv and metrics.csv (per "
                + "parameter value and per point, with 95%% intervals), and morris.csv or sobol.csv for those designs.", ""},
        footer = {"", "Example:", "  samen analyze sweeps/power-x-trust", ""})
final class AnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "A directory written by samen sweep or samen merge.")
    private Path dir;

    @Option(names = {"-q", "--quiet"}, description = "Write the CSV files only.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Path sweep = env.resolve(dir);
        SweepAnalysis.Result result = SweepAnalysis.run(sweep);
        if (!quiet) {
            main.out().print(result.table());
            main.out().println();
            main.out().println("CSV files: " + env.display(sweep.resolve(SweepAnalysis.DIR)));
        }
        return 0;
    }
}
