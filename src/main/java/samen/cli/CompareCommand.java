package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.experiment.analysis.Comparison;

/** {@code samen compare}: two finished sweeps side by side, with intervals and tests of the difference. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Compare two sweeps: outcome shares with intervals, their difference and a test of it.",
        description = {"Prints, per outcome, each sweep's share with its 95% Wilson interval and the difference B - A with "
                + "Newcombe's interval; a chi-square test of the outcome distributions; and per metric the means and "
                + "Welch's t-test. Writes outcome_shares.csv, metrics.csv and test.csv into --out. For two scenarios over "
                + "the same seeds, sweep each with the same --seed and --reps.", ""},
        footer = {"", "Example:",
                "  samen sweep --scenario scenarios/archetypes/sham-collaboration.yaml --reps 200 --seed 1 --out sweeps/sham",
                "  samen sweep --scenario scenarios/archetypes/sham-collaboration-remedy.yaml --reps 200 --seed 1 --out sweeps/remedy",
                "  samen compare sweeps/sham sweeps/remedy", ""})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "A", description = "A sweep directory.")
    private Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Another sweep directory.")
    private Path b;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the CSV files go (default: compare/<A>-vs-<B>).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Path first = env.resolve(a);
        Path second = env.resolve(b);
        for (Path dir : new Path[] {first, second}) {
            if (!Files.isDirectory(dir)) throw new UserException(env.display(dir) + ": no such directory");
        }
        Path target = env.resolve(out != null ? out : Path.of("compare", first.getFileName() + "-vs-" + second.getFileName()));
        Comparison.Result result = Comparison.run(first, second, target);
        main.out().print(result.table());
        main.out().println();
        main.out().println("Files: " + env.display(target) + "/ (outcome_shares.csv, metrics.csv, test.csv)");
        return 0;
    }
}
