package samen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.experiment.Merge;

/** {@code samen merge}: joins the shards of one sweep into the directory the whole sweep would have written. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Join the shards of a sweep (samen sweep --shard I/N) into one sweep directory.",
        description = {"Checks that the shards belong to one sweep and that every run is there exactly once "
                + "(naming the missing ones); the merged runs.csv is byte-identical to an unsharded sweep's.", ""},
        footer = {"", "Example:", "  samen merge shards/1 shards/2 shards/3 --out sweeps/big", ""})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard directories.")
    private List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged sweep directory (must not exist).")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Merge.Result result = Merge.merge(shards.stream().map(env::resolve).toList(), env.resolve(out));
        if (!quiet) {
            main.out().printf("Merged %d shard%s: %d runs, %d errors, into %s%n", shards.size(), shards.size() == 1 ? "" : "s",
                    result.runs(), result.errors(), env.display(env.resolve(out)));
        }
        return 0;
    }
}
