package samen.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Properties;
import samen.output.AtomicFile;

/**
 * How far an unfinished sweep got, as last made durable: the lengths of its files up to the last
 * whole task and the counts at that moment. Written as an {@link AtomicFile} (a new temporary name,
 * fsync'd, renamed over the old one), so it is always one whole checkpoint or the previous one.
 *
 * @param specHash    identifies the sweep (design, parameters, base scenario, seeds, shard, version)
 * @param runsBytes   length of runs.csv.part at the checkpoint
 * @param organisationsBytes length of organisation_finals.csv.part
 * @param eventsBytes length of event_counts.csv.part
 * @param stepsBytes  length of timeseries.csv.part (or .csv.gz.part) at the checkpoint (0 without time series)
 * @param done        runs of the shard done
 * @param errors      of which errors
 * @param elapsedMillis time spent so far over all sessions
 */
record Checkpoint(String specHash, long runsBytes, long organisationsBytes, long eventsBytes, long stepsBytes, long done,
                  long errors, long elapsedMillis) {

    static final String FILE = ".checkpoint";

    void write(Path dir) throws IOException {
        AtomicFile.writeString(dir.resolve(FILE), "spec_sha256=" + specHash + "\nruns_bytes=" + runsBytes
                + "\norganisation_finals_bytes=" + organisationsBytes + "\nevent_counts_bytes=" + eventsBytes
                + "\ntimeseries_bytes=" + stepsBytes + "\ndone=" + done + "\nerrors=" + errors
                + "\nelapsed_ms=" + elapsedMillis + "\n");
    }

    /**
     * The checkpoint in {@code dir}; null when there is none.
     *
     * @throws SweepException when it is damaged (not written by samen, or edited): what it says cannot be trusted
     */
    static Checkpoint read(Path dir) throws IOException, SweepException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            if (Files.size(file) > MAX_BYTES) throw new IllegalArgumentException(Files.size(file) + " bytes");
            Properties p = new Properties();
            p.load(new StringReader(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString()));
            // a checkpoint without the lengths of the newer files resumes nothing: their header check fails at 0
            Checkpoint c = new Checkpoint(p.getProperty("spec_sha256", ""), Long.parseLong(p.getProperty("runs_bytes")),
                    Long.parseLong(p.getProperty("organisation_finals_bytes", "0")), Long.parseLong(p.getProperty("event_counts_bytes", "0")),
                    Long.parseLong(p.getProperty("timeseries_bytes")), Long.parseLong(p.getProperty("done")),
                    Long.parseLong(p.getProperty("errors")), Long.parseLong(p.getProperty("elapsed_ms")));
            if (c.runsBytes < 0 || c.organisationsBytes < 0 || c.eventsBytes < 0 || c.stepsBytes < 0 || c.done < 0 || c.errors < 0 || c.errors > c.done) {
                throw new IllegalArgumentException("negative or inconsistent counts");
            }
            return c;
        } catch (RuntimeException | CharacterCodingException e) {
            throw new SweepException(file + " is damaged (" + (e instanceof CharacterCodingException ? "not text"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); the runs so far cannot be trusted: delete " + dir
                    + " and run the sweep again, or use another --out");
        }
    }

    /** A checkpoint is a few lines; anything much larger was not written by samen. */
    private static final int MAX_BYTES = 4096;
}
