package samen.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;

/**
 * What {@code samen sweep --force} may replace: a directory a sweep wrote (finished, unfinished or a
 * shard), never one that holds anything else, so {@code --out . --force} cannot delete someone's work.
 */
public final class SweepDirectory {

    /** Files of which one is in every directory a sweep has started writing. */
    private static final List<String> MARKERS = List.of(SweepJson.FILE, Checkpoint.FILE, SweepRunner.RUNS,
            SweepRunner.RUNS + SweepRunner.PART);

    private SweepDirectory() {
    }

    /**
     * Deletes {@code dir} when it is a sweep's directory; does nothing when it does not exist.
     *
     * @throws OutputExistsException when it exists and holds no sweep
     */
    public static void clear(Path dir) throws IOException, OutputExistsException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(dir, "exists and is not a directory; not replacing it");
        }
        boolean sweep = false;
        for (String marker : MARKERS) sweep |= Files.isRegularFile(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS);
        boolean empty;
        try (var entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!sweep && !empty) {
            throw new OutputExistsException(dir, "exists and does not look like a sweep of samen (there is "
                    + "no sweep.json, runs.csv or .checkpoint in it); not replacing it");
        }
        OutputDirectory.deleteRecursively(dir);
    }
}
