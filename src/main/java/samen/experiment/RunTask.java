package samen.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.engine.StepListener;
import samen.output.Decimals;
import samen.output.TimeseriesRecorder;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;

/**
 * A few consecutive runs of a shard, done on a worker thread: each run's row (and with time series,
 * its per-step rows) formatted into text, so the writer only appends. A run that throws becomes
 * a row with outcome {@code error} and the message; the sweep goes on.
 */
final class RunTask implements Callable<RunTask.Lines> {

    /** One run to do. */
    record Run(long runId, long pointId, int replication, long seed, List<String> values) {
    }

    /** What the runs gave, ready to append. */
    record Lines(String runs, String timeseries, int count, int errors, String firstError) {
    }

    private final BaseScenario base;
    private final List<String> keys;
    private final List<String> metricNames;
    private final List<Run> runs;
    private final boolean timeseries;

    RunTask(BaseScenario base, List<String> keys, List<String> metricNames, List<Run> runs, boolean timeseries) {
        this.base = base;
        this.keys = keys;
        this.metricNames = metricNames;
        this.runs = runs;
        this.timeseries = timeseries;
    }

    @Override
    public Lines call() {
        StringBuilder rows = new StringBuilder();
        StringBuilder steps = new StringBuilder();
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
            int stepsBefore = steps.length();
            String[] cells;
            try {
                if (invalid != null) throw new IllegalArgumentException(invalid.getMessage());
                cells = row(run, scenario, steps);
            } catch (RuntimeException | StackOverflowError e) {
                steps.setLength(stepsBefore); // no partial time series of a failed run
                String message = message(e);
                cells = errorRow(run, message);
                errors++;
                if (firstError == null) firstError = "run " + run.runId() + ": " + message;
            }
            CsvLine.append(rows, cells);
        }
        return new Lines(rows.toString(), steps.toString(), runs.size(), errors, firstError);
    }

    private List<String> overrides(List<String> values) {
        List<String> overrides = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) overrides.add(keys.get(i) + "=" + values.get(i));
        return overrides;
    }

    private String[] row(Run run, Scenario scenario, StringBuilder steps) {
        String id = Long.toString(run.runId());
        List<StepListener> listeners = timeseries
                ? List.of(m -> {
                    String[] state = TimeseriesRecorder.cells(m);
                    String[] cells = new String[state.length + 1];
                    cells[0] = id;
                    System.arraycopy(state, 0, cells, 1, state.length);
                    CsvLine.append(steps, cells);
                })
                : List.of();
        RunResult result = Simulation.create(scenario.model(), run.seed()).run(scenario.steps(), listeners);
        Map<String, Double> metrics = result.metrics();
        if (!metrics.keySet().equals(new java.util.LinkedHashSet<>(metricNames))) {
            throw new IllegalStateException("the run reported the metrics " + metrics.keySet() + ", the header has " + metricNames);
        }
        String[] cells = start(run);
        int c = 4 + keys.size();
        cells[c++] = result.outcome().key();
        cells[c++] = result.phaseReached().key();
        for (String name : metricNames) cells[c++] = Decimals.format(metrics.get(name));
        cells[c] = "";
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
        String[] cells = new String[SweepColumns.count(keys, metricNames)];
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
