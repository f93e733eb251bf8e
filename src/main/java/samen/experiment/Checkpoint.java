package samen.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * How far an unfinished sweep got, as last made durable: the lengths of its files up to the last
 * whole task and the counts at that moment. Written to a temporary file, fsync'd, then renamed over
 * the old one, so it is always one whole checkpoint or the previous one.
 *
 * @param specHash    identifies the sweep (design, parameters, base scenario, seeds, shard, version)
 * @param runsBytes   length of runs.csv.part at the checkpoint
 * @param stepsBytes  length of timeseries.csv.part at the checkpoint (0 without time series)
 * @param done        runs of the shard done
 * @param errors      of which errors
 * @param elapsedMillis time spent so far over all sessions
 */
record Checkpoint(String specHash, long runsBytes, long stepsBytes, long done, long errors, long elapsedMillis) {

    static final String FILE = ".checkpoint";

    void write(Path dir) throws IOException {
        String text = "spec_sha256=" + specHash + "\nruns_bytes=" + runsBytes + "\ntimeseries_bytes=" + stepsBytes
                + "\ndone=" + done + "\nerrors=" + errors + "\nelapsed_ms=" + elapsedMillis + "\n";
        Path temp = dir.resolve(FILE + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The checkpoint in {@code dir}; null when there is none. */
    static Checkpoint read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        try {
            return new Checkpoint(p.getProperty("spec_sha256", ""), Long.parseLong(p.getProperty("runs_bytes")),
                    Long.parseLong(p.getProperty("timeseries_bytes")), Long.parseLong(p.getProperty("done")),
                    Long.parseLong(p.getProperty("errors")), Long.parseLong(p.getProperty("elapsed_ms")));
        } catch (RuntimeException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
