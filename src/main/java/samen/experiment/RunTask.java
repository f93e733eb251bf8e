package samen.experiment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import samen.engine.PartnerResult;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.engine.StepListener;
import samen.model.Event;
import samen.model.Standing;
import samen.output.Decimals;
import samen.output.TimeseriesRecorder;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;

/**
 * A few consecutive runs of a shard, done on a worker thread: each run's row, its partners' final
 * rows, its event counts (and with time series, its per-step rows, compressed when asked) made
 * ready as bytes, so the writer only appends. A run that throws becomes a row with outcome
 * {@code error} and the message, and has no rows in the other files; the sweep goes on.
 */
final class RunTask implements Callable<RunTask.Lines> {

    /** One run to do. */
    record Run(long runId, long pointId, int replication, long seed, List<String> values) {
    }

    /** What the runs gave, ready to append: runs.csv, organisation_finals.csv, event_counts.csv and the time series. */
    record Lines(String runs, String organisations, String events, byte[] timeseries, int count, int errors, String firstError) {
    }

    private final BaseScenario base;
    private final List<String> keys;
    private final List<String> metricNames;
    private final List<Run> runs;
    private final TimeseriesOptions timeseries;
    private final int[] picks;
    private final RunProbe probe;
    private final int columns;

    RunTask(BaseScenario base, List<String> keys, List<String> metricNames, List<Run> runs, TimeseriesOptions timeseries,
            RunProbe probe) {
        this.base = base;
        this.keys = keys;
        this.metricNames = metricNames;
        this.runs = runs;
        this.timeseries = timeseries;
        this.picks = timeseries.picks();
        this.probe = probe;
        this.columns = SweepColumns.count(keys, metricNames) + probe.columns().size();
    }

    @Override
    public Lines call() {
        StringBuilder rows = new StringBuilder();
        StringBuilder organisations = new StringBuilder();
        StringBuilder events = new StringBuilder();
        ByteArrayOutputStream series = new ByteArrayOutputStream();
        int errors = 0;
        String firstError = null;
        long cachedPoint = -1;
        Scenario scenario = null;
        ScenarioException invalid = null;
        for (Run run : runs) {
            if (run.pointId() != cachedPoint) { // replications of a point share one parse
                cachedPoint = run.pointId();
                invalid = null;
                try {
                    scenario = base.at(overrides(run.values()));
                } catch (ScenarioException e) {
                    invalid = e;
                }
            }
            String[] cells;
            try {
                if (invalid != null) throw new IllegalArgumentException(invalid.getMessage());
                cells = row(run, scenario, organisations, events, series);
            } catch (RuntimeException | StackOverflowError e) { // a failed run adds nothing to the other files
                String message = message(e);
                cells = errorRow(run, message);
                errors++;
                if (firstError == null) firstError = "run " + run.runId() + ": " + message;
            }
            CsvLine.append(rows, cells);
        }
        return new Lines(rows.toString(), organisations.toString(), events.toString(), series.toByteArray(), runs.size(),
                errors, firstError);
    }

    private List<String> overrides(List<String> values) {
        List<String> overrides = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) overrides.add(keys.get(i) + "=" + values.get(i));
        return overrides;
    }

    private String[] row(Run run, Scenario scenario, StringBuilder organisations, StringBuilder events,
                         ByteArrayOutputStream series) {
        String id = Long.toString(run.runId());
        StringBuilder steps = new StringBuilder();
        String[][] last = new String[1][];
        List<StepListener> listeners = new ArrayList<>(2);
        RunProbe.Observer observer = probe.columns().isEmpty() ? null : probe.start();
        if (observer != null) listeners.add(observer);
        if (timeseries.on()) {
            listeners.add(m -> {
                String[] state = TimeseriesRecorder.cells(m);
                String[] cells = new String[picks.length + 1];
                cells[0] = id;
                for (int i = 0; i < picks.length; i++) cells[i + 1] = state[picks[i]];
                if (m.step() % timeseries.every() == 0) {
                    CsvLine.append(steps, cells);
                    last[0] = null;
                } else {
                    last[0] = cells; // kept only if it turns out to be the last step
                }
            });
        }
        Simulation simulation = Simulation.create(scenario.model(), run.seed());
        RunResult result = simulation.run(scenario.steps(), listeners);
        Map<String, Double> metrics = result.metrics();
        if (!metrics.keySet().equals(new java.util.LinkedHashSet<>(metricNames))) {
            throw new IllegalStateException("the run reported the metrics " + metrics.keySet() + ", the header has " + metricNames);
        }
        String[] cells = start(run);
        int c = 4 + keys.size();
        cells[c++] = result.outcome().key();
        cells[c++] = result.phaseReached().key();
        for (String name : metricNames) cells[c++] = Decimals.format(metrics.get(name));
        if (observer != null) for (String cell : observer.cells(simulation.model())) cells[c++] = cell;
        cells[c] = "";
        for (PartnerResult p : result.partners()) {
            CsvLine.append(organisations, id, p.name(), Boolean.toString(p.active()), Decimals.format(p.power()),
                    Decimals.format(p.cumulativePayoff()), Decimals.format(p.alternativeValue()), Decimals.format(p.relativeGain()),
                    Decimals.format(p.surplusRate()), Standing.of(p.surplusRate()).key(),
                    Boolean.toString(p.joined()));
        }
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Event e : simulation.model().events()) counts.computeIfAbsent(e.kind().key(), k -> new TreeMap<>()).merge(e.name(), 1, Integer::sum);
        counts.forEach((kind, names) -> names.forEach((name, n) -> CsvLine.append(events, id, kind, name, Integer.toString(n))));
        if (timeseries.on()) {
            if (last[0] != null) CsvLine.append(steps, last[0]);
            byte[] text = steps.toString().getBytes(StandardCharsets.UTF_8);
            series.writeBytes(timeseries.gzip() ? Gzip.member(text) : text);
        }
        return cells;
    }

    private String[] errorRow(Run run, String message) {
        String[] cells = start(run);
        java.util.Arrays.fill(cells, 4 + keys.size(), cells.length, "");
        cells[4 + keys.size()] = SweepColumns.ERROR_OUTCOME;
        cells[cells.length - 1] = message;
        return cells;
    }

    private String[] start(Run run) {
        String[] cells = new String[columns];
        cells[0] = Long.toString(run.runId());
        cells[1] = Long.toString(run.pointId());
        cells[2] = Integer.toString(run.replication());
        cells[3] = Long.toString(run.seed());
        for (int i = 0; i < keys.size(); i++) cells[4 + i] = run.values().get(i);
        return cells;
    }

    /** One line: a message in a CSV cell must not break the one-row-per-line rule resume relies on. */
    private static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.replaceAll("\\s+", " ").strip();
    }
}
