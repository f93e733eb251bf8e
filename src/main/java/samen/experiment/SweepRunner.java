package samen.experiment;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import samen.output.AtomicFile;
import samen.output.FaultInjection;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;
import samen.output.Invocation;
import samen.scenario.ScenarioException;

/**
 * Runs a sweep (or one shard of it) into a directory.
 *
 * <p>Runs are cut into small tasks of consecutive runs and done on a fixed thread pool. The main
 * thread keeps at most {@link #WINDOW_PER_THREAD} tasks per thread in flight, in run order, and
 * appends each task's rows as soon as it and every task before it are done: a bounded reorder
 * buffer, so rows land in run id order whatever the thread count, and memory does not grow with
 * the number of runs.
 *
 * <p>Crash safety: rows go to {@code runs.csv.part}, {@code organisation_finals.csv.part},
 * {@code event_counts.csv.part} (and {@code timeseries.csv.part} or {@code .csv.gz.part}); about every
 * {@link #CHECKPOINT_MILLIS} ms the files are fsync'd and a {@link Checkpoint} with their lengths is
 * written. {@code resume} cuts the files back to the checkpoint (dropping a torn last row) after
 * checking they belong to the same sweep, and goes on from there; seeds depend on run ids only, so
 * the redone runs give the same bytes. On completion the files are renamed to their names without
 * {@code .part} and {@code sweep.json} is written last; a kill between those steps
 * leaves a checkpoint of all runs, from which {@code --resume} finishes again. A resume of a finished
 * sweep checks that it is the same sweep.
 */
public final class SweepRunner {

    public static final String RUNS = "runs.csv";
    public static final String TIMESERIES = "timeseries.csv";
    /** One row per run and partner: how each partner ended. */
    public static final String ORGANISATIONS = "organisation_finals.csv";
    /** One row per run and kind of event: how often it happened. */
    public static final String EVENTS = "event_counts.csv";
    static final String PART = ".part";
    static final int WINDOW_PER_THREAD = 4;
    static final long CHECKPOINT_MILLIS = 1000;
    static final long MAX_TIMESERIES_ROWS = 10_000_000;

    /**
     * @param threads   worker threads (at least 1)
     * @param out       the sweep directory
     * @param resume    continue an unfinished sweep in {@code out}
     * @param timeseries whether and how to write the runs' per-step rows
     * @param failFast  stop at the first run that throws
     * @param probe     columns of runs.csv measured on each run besides its metrics
     */
    public record Options(int threads, Path out, boolean resume, Shard shard, TimeseriesOptions timeseries, boolean failFast,
                          RunProbe probe) {

        public Options(int threads, Path out, boolean resume, Shard shard, TimeseriesOptions timeseries, boolean failFast) {
            this(threads, out, resume, shard, timeseries, failFast, RunProbe.NONE);
        }

        /** With every step of every run's time series, or none. */
        public Options(int threads, Path out, boolean resume, Shard shard, boolean timeseries, boolean failFast) {
            this(threads, out, resume, shard, timeseries ? TimeseriesOptions.ALL : TimeseriesOptions.NONE, failFast);
        }
    }

    /** Told after every task written. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, long errors);
    }

    /**
     * How it went.
     *
     * @param runs      runs in this shard
     * @param firstError the first error message, or null
     * @param stopped   true when {@code failFast} stopped the sweep before its end
     */
    public record Summary(long points, long runs, long errors, double seconds, String firstError, boolean stopped,
                          boolean alreadyComplete) {
    }

    private final SweepSpec spec;
    private final Options options;
    private final Progress progress;
    private final Invocation invocation;

    /** @param invocation the command that started the sweep, for the provenance in {@code sweep.json} */
    public SweepRunner(SweepSpec spec, Options options, Progress progress, Invocation invocation) {
        this.spec = spec;
        this.options = options;
        this.progress = progress;
        this.invocation = invocation;
    }

    /** A sweep started from Java code rather than the command line. */
    public SweepRunner(SweepSpec spec, Options options, Progress progress) {
        this(spec, options, progress, Invocation.now(List.of("(in process)")));
    }

    public Summary run() throws ScenarioException, SweepException, IOException, InterruptedException {
        BaseScenario base = BaseScenario.load(spec.scenarioFile());
        Design design = spec.newDesign();
        long points = design.points();
        long total = Math.multiplyExact(points, (long) spec.replications());
        long shardRuns = options.shard().runs(total);
        TimeseriesOptions series = options.timeseries();
        if (series.on()) checkTimeseriesSize(base, shardRuns);
        List<String> metrics = base.metricNames();
        List<String> columns = new ArrayList<>(metrics);
        columns.addAll(options.probe().columns());
        String provenance = SweepColumns.provenance(spec.name(), base.hash(), spec.masterSeed());
        Heads heads = new Heads(provenance + CsvLine.of(SweepColumns.runs(spec.keys(), columns).toArray(String[]::new)),
                provenance + CsvLine.of(SweepColumns.organisations().toArray(String[]::new)),
                provenance + CsvLine.of(SweepColumns.events().toArray(String[]::new)),
                series.gzip() ? Gzip.member(stepsHead(provenance, series)) : stepsHead(provenance, series));
        ObjectNode description = SweepJson.describe(spec, base.hash());
        if (series.on()) describe(description.putObject("timeseries"), series);
        if (!options.probe().columns().isEmpty()) description.put("probe", options.probe().identity());
        String specHash = SweepJson.sha256(SweepJson.text(description) + heads.runs() + "shard=" + options.shard()
                + " timeseries=" + series.identity());

        Path dir = options.out();
        if (Files.isRegularFile(dir.resolve(SweepJson.FILE), LinkOption.NOFOLLOW_LINKS) && options.resume()) {
            checkSameSweep(dir, description);
            Files.deleteIfExists(dir.resolve(Checkpoint.FILE)); // killed after sweep.json was written
            removeLeftovers(dir);
            return new Summary(points, shardRuns, 0, 0, null, false, true);
        }
        Checkpoint start = prepare(dir, specHash);
        Pace pace = new Pace();
        if (start != null && start.done() == shardRuns) { // killed while finishing: finish again
            finish(dir, description, base.text(), start, points, total, shardRuns, heads, pace);
            return new Summary(points, shardRuns, start.errors(), start.elapsedMillis() / 1000.0, null, false, false);
        }
        long began = System.nanoTime();
        try (Appends files = Appends.open(dir, start, heads, series)) {
            long done = start == null ? 0 : start.done();
            long errors = start == null ? 0 : start.errors();
            long previousMillis = start == null ? 0 : start.elapsedMillis();
            Checkpoint last = checkpoint(dir, specHash, files, done, errors, previousMillis, began);
            progress.update(done, shardRuns, errors);

            ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemons());
            Deque<Future<RunTask.Lines>> window = new ArrayDeque<>();
            long next = done;
            long lastCheckpoint = System.nanoTime();
            String firstError = null;
            boolean stopped = false;
            int taskSize = taskSize(shardRuns, options.threads());
            try {
                while (done < shardRuns && !stopped) {
                    while (window.size() < options.threads() * WINDOW_PER_THREAD && next < shardRuns) {
                        int size = (int) Math.min(taskSize, shardRuns - next);
                        window.add(pool.submit(task(base, design, metrics, next, size)));
                        next += size;
                    }
                    RunTask.Lines lines = get(window.removeFirst());
                    files.append(lines);
                    done += lines.count();
                    pace.passed(done, shardRuns);
                    errors += lines.errors();
                    if (firstError == null) firstError = lines.firstError();
                    stopped = options.failFast() && lines.errors() > 0;
                    progress.update(done, shardRuns, errors);
                    if (System.nanoTime() - lastCheckpoint > CHECKPOINT_MILLIS * 1_000_000 || stopped) {
                        last = checkpoint(dir, specHash, files, done, errors, previousMillis, began);
                        lastCheckpoint = System.nanoTime();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            last = checkpoint(dir, specHash, files, done, errors, previousMillis, began);
            double seconds = last.elapsedMillis() / 1000.0;
            if (stopped) return new Summary(points, shardRuns, errors, seconds, firstError, true, false);
            files.close();
            finish(dir, description, base.text(), last, points, total, shardRuns, heads, pace);
            return new Summary(points, shardRuns, errors, seconds, firstError, false, false);
        }
    }

    /** The header of each file: runs, organisation finals, event counts (text) and the time series (bytes, maybe compressed). */
    private record Heads(String runs, String organisations, String events, byte[] steps) {
    }

    private static byte[] stepsHead(String provenance, TimeseriesOptions series) {
        List<String> header = new ArrayList<>(List.of(SweepColumns.RUN_ID));
        header.addAll(series.header());
        return (provenance + CsvLine.of(header.toArray(String[]::new))).getBytes(UTF_8);
    }

    /** How the time series were written, in {@code sweep.json}. */
    private static void describe(ObjectNode node, TimeseriesOptions series) {
        node.put("file", series.file()).put("every", series.every());
        if (!series.columns().isEmpty()) series.columns().forEach(node.putArray("columns")::add);
    }

    /** The files a sweep appends to, open together; the time series only when asked for. */
    private record Appends(AppendFile runs, AppendFile organisations, AppendFile events, AppendFile steps) implements AutoCloseable {

        static Appends open(Path dir, Checkpoint start, Heads heads, TimeseriesOptions series) throws IOException, SweepException {
            AppendFile runs = null;
            AppendFile organisations = null;
            AppendFile events = null;
            try {
                runs = file(dir.resolve(RUNS + PART), start == null ? -1 : start.runsBytes(), heads.runs().getBytes(UTF_8));
                organisations = file(dir.resolve(ORGANISATIONS + PART), start == null ? -1 : start.organisationsBytes(),
                        heads.organisations().getBytes(UTF_8));
                events = file(dir.resolve(EVENTS + PART), start == null ? -1 : start.eventsBytes(), heads.events().getBytes(UTF_8));
                AppendFile steps = !series.on() ? null
                        : file(dir.resolve(series.file() + PART), start == null ? -1 : start.stepsBytes(), heads.steps());
                return new Appends(runs, organisations, events, steps);
            } catch (IOException | SweepException | RuntimeException e) {
                for (AppendFile f : new AppendFile[] {runs, organisations, events}) if (f != null) f.close();
                throw e;
            }
        }

        private static AppendFile file(Path part, long bytes, byte[] head) throws IOException, SweepException {
            return bytes < 0 ? AppendFile.create(part, head) : AppendFile.resume(part, bytes, head);
        }

        /** Time series first, runs last: a row in runs.csv.part is never ahead of what the other files hold. */
        void append(RunTask.Lines lines) throws IOException {
            if (steps != null) steps.append(lines.timeseries());
            events.append(lines.events());
            organisations.append(lines.organisations());
            runs.append(lines.runs());
        }

        void sync() throws IOException {
            if (steps != null) steps.sync();
            events.sync();
            organisations.sync();
            runs.sync();
        }

        @Override
        public void close() throws IOException {
            try (runs; organisations; events) {
                if (steps != null) steps.close();
            }
        }
    }

    /**
     * Turns the finished parts into {@code runs.csv} and the other files and writes
     * {@code sweep.json}, then drops the checkpoint. Safe to repeat after a kill at any point in it:
     * {@code --resume} finds a checkpoint of all runs and comes here again, where a part already
     * renamed is taken as it is.
     */
    private void finish(Path dir, ObjectNode description, String baseText, Checkpoint last, long points, long total,
                        long shardRuns, Heads heads, Pace pace) throws IOException, SweepException {
        SweepInputs.write(dir, spec, baseText);
        complete(dir, ORGANISATIONS, last.organisationsBytes(), heads.organisations().getBytes(UTF_8));
        complete(dir, EVENTS, last.eventsBytes(), heads.events().getBytes(UTF_8));
        if (options.timeseries().on()) complete(dir, options.timeseries().file(), last.stepsBytes(), heads.steps());
        complete(dir, RUNS, last.runsBytes(), heads.runs().getBytes(UTF_8));
        FaultInjection.point("sweep.after-runs-rename");
        double seconds = last.elapsedMillis() / 1000.0;
        long errors = last.errors();
        if (!options.shard().whole()) description.put("shard", options.shard().toString());
        ObjectNode counts = description.putObject("counts");
        counts.put("points", points).put("runs", total).put("errors", errors);
        if (!options.shard().whole()) counts.put("shard_runs", shardRuns);
        ObjectNode timing = description.putObject("timing");
        timing.put("seconds", Math.round(seconds * 1000) / 1000.0);
        timing.put("threads", options.threads());
        timing.put("runs_per_second", seconds > 0 ? Math.round(shardRuns / seconds * 10) / 10.0 : 0);
        pace.putInto(timing, shardRuns);
        invocation.fields().forEach(description.putObject("provenance")::put);
        SweepJson.write(dir, description);
        FaultInjection.point("sweep.after-sweep-json");
        Files.deleteIfExists(dir.resolve(Checkpoint.FILE));
    }

    /** {@code NAME.part} cut to the checkpoint's length and renamed to {@code NAME}, unless a kill came after that. */
    private static void complete(Path dir, String name, long bytes, byte[] head) throws IOException, SweepException {
        Path part = dir.resolve(name + PART);
        Path whole = dir.resolve(name);
        if (Files.exists(part, LinkOption.NOFOLLOW_LINKS)) {
            AppendFile.resume(part, bytes, head).close(); // checks the header, drops anything past the checkpoint
            Files.move(part, whole, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else if (!Files.isRegularFile(whole, LinkOption.NOFOLLOW_LINKS) || Files.size(whole) != bytes) {
            throw new SweepException(dir + " holds neither " + name + PART + " nor a whole " + name + " ("
                    + bytes + " bytes): it was damaged; delete it and run the sweep again, or use another --out");
        }
    }

    /**
     * A complete sweep is "already complete" only for the same sweep: another design, parameter, base
     * scenario, master seed, shard, --timeseries or samen version is refused, not answered with old rows.
     */
    private void checkSameSweep(Path dir, ObjectNode description) throws SweepException, IOException {
        ObjectNode expected = description.deepCopy();
        if (!options.shard().whole()) expected.put("shard", options.shard().toString());
        List<String> differ = new ArrayList<>(SweepJson.differences(dir, expected));
        if (SweepJson.readTree(dir).has("shard") && options.shard().whole()) differ.add("shard");
        if (!SweepJson.readTree(dir).path("timeseries").equals(description.path("timeseries"))) differ.add("--timeseries");
        if (!differ.isEmpty()) {
            throw new SweepException(dir + " holds a finished sweep that is not this one (" + String.join(", ", differ)
                    + " differ); use another --out, or resume it with the sweep file it was made with");
        }
    }

    /** Temporary files a killed checkpoint or sweep.json writer left. */
    private static void removeLeftovers(Path dir) throws IOException {
        AtomicFile.removeLeftovers(dir, Checkpoint.FILE);
        AtomicFile.removeLeftovers(dir, SweepJson.FILE);
    }

    /**
     * {@code --timeseries} writes a row per run and step: refused up front when that would be more
     * than one machine's disk takes well ({@value #MAX_TIMESERIES_ROWS} rows, about 3 GB).
     */
    private void checkTimeseriesSize(BaseScenario base, long shardRuns) throws SweepException {
        long steps = base.steps();
        for (Parameter p : spec.parameters()) {
            if (!p.key().equals("steps")) continue;
            steps = p instanceof Parameter.Levels levels
                    ? levels.values().stream().mapToLong(v -> new java.math.BigDecimal(v).longValue()).max().orElse(steps)
                    : ((Parameter.Range) p).max().longValue();
        }
        long perRun = options.timeseries().rows(steps);
        long rows = shardRuns > MAX_TIMESERIES_ROWS / perRun ? Long.MAX_VALUE : shardRuns * perRun;
        if (rows > MAX_TIMESERIES_ROWS) {
            throw new SweepException(String.format(java.util.Locale.ROOT, "--timeseries: %,d runs of up to %,d steps would "
                    + "write more than %,d rows into timeseries.csv; allowed: at most %,d rows (about 3 GB): fewer runs or "
                    + "steps, fewer rows per run (--every N), a shard of the sweep (--shard), or no --timeseries (runs.csv "
                    + "keeps one row per run)",
                    shardRuns, steps, MAX_TIMESERIES_ROWS, MAX_TIMESERIES_ROWS));
        }
    }

    /**
     * What a reader of the timing needs to tell the pipeline's steady pace from its start: the JVM's
     * age when the sweep began (start-up: JVM, class loading, checking the sweep), the rate over the
     * second half of the runs (after the JIT has warmed up), per second and per CPU-second (which a
     * loaded machine does not distort), and the CPU time the process used.
     */
    private static final class Pace {
        private final double startupSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        private final long cpuStart = cpuNanos();
        private final long began = System.nanoTime();
        private long halfDone = -1;
        private long halfNanos;
        private long halfCpu;

        void passed(long done, long shardRuns) {
            if (halfDone < 0 && done >= shardRuns / 2) {
                halfDone = done;
                halfNanos = System.nanoTime();
                halfCpu = cpuNanos();
            }
        }

        void putInto(ObjectNode timing, long done) {
            long now = System.nanoTime();
            timing.put("startup_seconds", Math.round(startupSeconds * 1000) / 1000.0);
            timing.put("cpu_seconds", Math.round((cpuNanos() - cpuStart) / 1e6) / 1000.0);
            timing.put("session_seconds", Math.round((now - began) / 1e6) / 1000.0);
            long cpu = cpuNanos();
            if (halfDone >= 0 && done > halfDone && now > halfNanos && cpu > halfCpu) {
                timing.put("second_half_runs_per_second", Math.round((done - halfDone) / ((now - halfNanos) / 1e9) * 10) / 10.0);
                timing.put("second_half_runs_per_cpu_second", Math.round((done - halfDone) / ((cpu - halfCpu) / 1e9) * 10) / 10.0);
            }
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    /** Checks the directory; the checkpoint to resume from, or null for a fresh start. */
    private Checkpoint prepare(Path dir, String specHash) throws SweepException, IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            throw new SweepException(dir + " exists and is not a directory");
        }
        try {
            OutputDirectory.createDirectories(dir, dir);
        } catch (OutputExistsException e) {
            throw new SweepException(e.getMessage());
        }
        removeLeftovers(dir);
        Checkpoint checkpoint = Checkpoint.read(dir);
        if (checkpoint == null && options.resume() && onlyLeftovers(dir)) {
            return null; // killed before its first checkpoint: nothing was kept, start afresh
        }
        if (options.resume()) {
            if (checkpoint == null) {
                throw new SweepException(dir + " holds no unfinished sweep to resume; run the sweep without --resume");
            }
            if (!checkpoint.specHash().equals(specHash)) {
                throw new SweepException(dir + " holds another sweep (its design, parameters, base scenario, seed, "
                        + "shard, --timeseries or samen version differ); resume it with the same command, or use another --out");
            }
            return checkpoint;
        }
        if (checkpoint != null) {
            throw new SweepException(dir + " holds an unfinished sweep; add --resume to continue it, or use another --out");
        }
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new SweepException(dir + " already exists and is not empty; use another --out, or --force to replace it");
                }
            }
        }
        return null;
    }

    /** True when {@code dir} holds nothing but files an unfinished start of a sweep leaves. */
    private static boolean onlyLeftovers(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(n -> n.endsWith(PART) && List.of(RUNS, ORGANISATIONS, EVENTS, TIMESERIES, TIMESERIES + ".gz")
                            .contains(n.substring(0, n.length() - PART.length())));
        }
    }

    private Checkpoint checkpoint(Path dir, String specHash, Appends files, long done, long errors,
                                  long previousMillis, long began) throws IOException {
        files.sync();
        Checkpoint c = new Checkpoint(specHash, files.runs().length(), files.organisations().length(), files.events().length(),
                files.steps() == null ? 0 : files.steps().length(), done, errors,
                previousMillis + (System.nanoTime() - began) / 1_000_000);
        c.write(dir);
        return c;
    }

    /** Runs {@code first .. first + size - 1} of the shard. */
    private RunTask task(BaseScenario base, Design design, List<String> metrics, long first, int size) {
        List<RunTask.Run> runs = new ArrayList<>(size);
        List<String> values = null;
        long valuesPoint = -1;
        for (long m = first; m < first + size; m++) {
            long runId = options.shard().runId(m);
            long point = runId / spec.replications();
            if (point != valuesPoint) {
                values = design.values(point);
                valuesPoint = point;
            }
            runs.add(new RunTask.Run(runId, point, (int) (runId % spec.replications()),
                    RunSeeds.of(spec.masterSeed(), runId), values));
        }
        return new RunTask(base, spec.keys(), metrics, runs, options.timeseries(), options.probe());
    }

    /** Small enough to keep every thread busy and progress smooth, large enough to share parses. */
    static int taskSize(long runs, int threads) {
        return (int) Math.max(1, Math.min(16, runs / (threads * (long) WINDOW_PER_THREAD * 4)));
    }

    private static RunTask.Lines get(Future<RunTask.Lines> future) throws InterruptedException, IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause);
        }
    }

    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "samen-sweep");
            t.setDaemon(true);
            return t;
        };
    }
}
