package samen.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;

/**
 * Joins the directories of the shards of one sweep into the directory the whole sweep would have
 * written: rows merged by run id, streaming (k-way, one line per shard in memory), after checking
 * that the shards belong to the same sweep and that every run is there exactly once.
 */
public final class Merge {

    /** Missing runs listed in a message at most. */
    static final int LISTED = 20;
    private static final List<String> IDENTITY = List.of("name", "version", "design", "parameters", "replications",
            "master_seed", "base_scenario_sha256");

    /** How it went: runs and errors in the merged sweep. */
    public record Result(long runs, long errors) {
    }

    private Merge() {
    }

    /**
     * @throws SweepException when a directory is no finished shard, the shards are of different
     *                        sweeps, or runs are missing or present twice (naming them)
     */
    public static Result merge(List<Path> shards, Path target) throws SweepException, IOException, OutputExistsException {
        return Damaged.reading("a file of " + shards, () -> mergeShards(shards, target));
    }

    private static Result mergeShards(List<Path> shards, Path target) throws SweepException, IOException, OutputExistsException {
        List<ObjectNode> descriptions = new ArrayList<>();
        for (Path dir : shards) {
            descriptions.add(SweepJson.readTree(dir));
            if (!Files.isRegularFile(dir.resolve(SweepRunner.RUNS))) throw new SweepException(dir + " holds no " + SweepRunner.RUNS);
        }
        ObjectNode first = descriptions.get(0);
        for (int i = 1; i < shards.size(); i++) {
            for (String key : IDENTITY) {
                if (!first.path(key).equals(descriptions.get(i).path(key))) {
                    throw new SweepException(shards.get(i) + " is a shard of another sweep than " + shards.get(0)
                            + " (its " + key + " differs); allowed: the shards of one sweep, run by one samen version");
                }
            }
        }
        long total = first.path("counts").path("runs").asLong();
        // files every shard has: organisation finals and event counts (all but shards of older versions), time series if asked for
        List<String> more = new ArrayList<>();
        for (String name : List.of(SweepRunner.ORGANISATIONS, SweepRunner.EVENTS, SweepRunner.TIMESERIES, SweepRunner.TIMESERIES + ".gz")) {
            if (shards.stream().allMatch(d -> Files.isRegularFile(d.resolve(name)))) more.add(name);
        }
        long errors = 0;
        double seconds = 0;
        for (ObjectNode d : descriptions) {
            errors += d.path("counts").path("errors").asLong();
            seconds += d.path("timing").path("seconds").asDouble();
        }
        try (OutputDirectory out = OutputDirectory.create(target, false)) {
            mergeFile(shards, SweepRunner.RUNS, out.dir(), total, absentShards(descriptions));
            for (String name : more) mergeFile(shards, name, out.dir(), -1, "");
            ObjectNode merged = first.deepCopy();
            merged.remove(List.of("shard", "counts", "timing"));
            merged.putObject("counts").put("points", first.path("counts").path("points").asLong())
                    .put("runs", total).put("errors", errors);
            merged.putObject("timing").put("seconds", Math.round(seconds * 1000) / 1000.0).put("shards", shards.size());
            SweepInputs.copy(shards.get(0), out.dir());
            SweepJson.write(out.dir(), merged);
            out.commit();
        }
        return new Result(total, errors);
    }

    /** "; no directory holds shard 2/4, 4/4" when shards are named I/N and some are absent. */
    private static String absentShards(List<ObjectNode> descriptions) {
        java.util.Set<String> present = new java.util.HashSet<>();
        int count = 0;
        for (ObjectNode d : descriptions) {
            Shard s = Shard.parse(d.path("shard").asText(""));
            if (s == null) return "";
            present.add(s.toString());
            count = s.count();
        }
        List<String> absent = new ArrayList<>();
        for (int i = 1; i <= count; i++) if (!present.contains(i + "/" + count)) absent.add(i + "/" + count);
        return absent.isEmpty() ? "" : "; no directory holds shard " + String.join(", ", absent);
    }

    private record Head(String line, long runId, int shard) {
    }

    /**
     * Merges {@code name} of every shard by run id into {@code dir}. With {@code total} >= 0 checks
     * that run ids are exactly 0 .. total - 1, one line each. A compressed file ({@code .gz}) is
     * written as the whole sweep writes it: the header one gzip member, each run's lines another.
     */
    private static void mergeFile(List<Path> shards, String name, Path dir, long total, String hint) throws IOException, SweepException {
        List<BufferedReader> readers = new ArrayList<>();
        try (Lines out = new Lines(dir.resolve(name), name.endsWith(".gz"))) {
            String head = null;
            PriorityQueue<Head> queue = new PriorityQueue<>((a, b) -> a.runId != b.runId
                    ? Long.compare(a.runId, b.runId) : Integer.compare(a.shard, b.shard));
            for (int s = 0; s < shards.size(); s++) {
                Path file = shards.get(s).resolve(name);
                BufferedReader reader = name.endsWith(".gz")
                        ? new BufferedReader(new java.io.InputStreamReader(Gzip.reading(Files.newInputStream(file)), StandardCharsets.UTF_8))
                        : Files.newBufferedReader(file, StandardCharsets.UTF_8);
                readers.add(reader);
                String shardHead = reader.readLine() + "\n" + reader.readLine() + "\n";
                if (head == null) head = shardHead;
                else if (!head.equals(shardHead)) {
                    throw new SweepException(shards.get(s).resolve(name) + " has another header than " + shards.get(0).resolve(name));
                }
                advance(readers, s, queue);
            }
            out.head(head);
            Gaps gaps = new Gaps();
            long expected = 0;
            while (!queue.isEmpty()) {
                Head h = queue.poll();
                if (total >= 0) {
                    if (h.runId < expected) gaps.duplicate(h.runId);
                    else {
                        if (h.runId > expected) gaps.missing(expected, h.runId - 1);
                        expected = h.runId + 1;
                    }
                }
                out.line(h.runId, h.line);
                advance(readers, h.shard, queue);
            }
            if (total >= 0 && expected < total) gaps.missing(expected, total - 1);
            gaps.throwIfAny(total, hint);
        } finally {
            for (BufferedReader r : readers) r.close();
        }
    }

    private static void advance(List<BufferedReader> readers, int shard, PriorityQueue<Head> queue) throws IOException {
        String line = readers.get(shard).readLine();
        if (line != null && !line.isEmpty()) queue.add(new Head(line, runId(line), shard));
    }

    private static long runId(String line) {
        int comma = line.indexOf(',');
        String cell = (comma < 0 ? line : line.substring(0, comma)).replace("\"", "");
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a row without a run id: " + samen.scenario.NumberText.shown(line));
        }
    }

    /** A merged file being written: plain lines, or one gzip member for the header and one per run. */
    private static final class Lines implements AutoCloseable {
        private final java.io.OutputStream out;
        private final boolean gzip;
        private final StringBuilder run = new StringBuilder();
        private long runId = -1;

        Lines(Path file, boolean gzip) throws IOException {
            this.out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.gzip = gzip;
        }

        void head(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(gzip ? Gzip.member(bytes) : bytes);
        }

        void line(long id, String line) throws IOException {
            if (id != runId) flush();
            runId = id;
            run.append(line).append('\n');
            if (!gzip) flush();
        }

        private void flush() throws IOException {
            if (run.isEmpty()) return;
            byte[] bytes = run.toString().getBytes(StandardCharsets.UTF_8);
            out.write(gzip ? Gzip.member(bytes) : bytes);
            run.setLength(0);
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }

    /** Missing and duplicated run ids, for one message. */
    private static final class Gaps {
        private final List<String> missing = new ArrayList<>();
        private final List<String> duplicated = new ArrayList<>();
        private long missingCount;
        private long duplicatedCount;

        void missing(long from, long to) {
            missingCount += to - from + 1;
            if (missing.size() < LISTED) missing.add(from == to ? Long.toString(from) : from + "-" + to);
        }

        void duplicate(long id) {
            duplicatedCount++;
            if (duplicated.size() < LISTED) duplicated.add(Long.toString(id));
        }

        void throwIfAny(long total, String hint) throws SweepException {
            if (missingCount == 0 && duplicatedCount == 0) return;
            StringBuilder m = new StringBuilder("the shards do not make the whole sweep of " + total + " runs:");
            if (missingCount > 0) m.append(" ").append(missingCount).append(" missing (run_id ").append(String.join(", ", missing))
                    .append(missingCount > LISTED ? ", ..." : "").append(")");
            if (duplicatedCount > 0) m.append(missingCount > 0 ? ";" : "").append(" ").append(duplicatedCount)
                    .append(" present twice (run_id ").append(String.join(", ", duplicated)).append(duplicatedCount > LISTED ? ", ..." : "").append(")");
            throw new SweepException(m.append(hint).append("; run the missing shards and merge again").toString());
        }
    }
}
