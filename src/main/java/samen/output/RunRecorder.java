package samen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import samen.engine.RunResult;
import samen.engine.StepListener;
import samen.model.Collaboration;
import samen.scenario.Scenario;

/**
 * Records one run into a directory: pass it to {@code Simulation.run} as a listener, then call
 * {@link #finish} with the result. Time series are streamed to disk as the run goes; the relations,
 * summary and resolved scenario are written at the end.
 *
 * <pre>{@code
 * try (OutputDirectory out = OutputDirectory.create(target, force);
 *      RunRecorder recorder = new RunRecorder(out.dir(), provenance)) {
 *     RunResult result = simulation.run(scenario.steps(), List.of(recorder));
 *     recorder.finish(result, scenario);
 *     out.commit();
 * }
 * }</pre>
 */
public final class RunRecorder implements StepListener, AutoCloseable {

    public static final String TIMESERIES = "timeseries.csv";
    public static final String ORGANISATIONS = "organisations.csv";
    public static final String RELATIONS = "relations.csv";
    public static final String SUMMARY = "summary.json";
    public static final String SCENARIO = "scenario.yaml";
    public static final String EVENTS = "events.csv";

    private final Path dir;
    private final Provenance provenance;
    private final TimeseriesRecorder timeseries;
    private final OrganisationsRecorder organisations;
    private final NeglectWatch neglect = new NeglectWatch();
    private Collaboration last;
    private RunStory story;
    private boolean finished;

    public RunRecorder(Path dir, Provenance provenance) throws IOException {
        this.dir = dir;
        this.provenance = provenance;
        this.timeseries = new TimeseriesRecorder(dir.resolve(TIMESERIES), provenance);
        try {
            this.organisations = new OrganisationsRecorder(dir.resolve(ORGANISATIONS), provenance);
        } catch (IOException | RuntimeException e) {
            timeseries.close();
            throw e;
        }
    }

    @Override
    public void afterStep(Collaboration model) {
        timeseries.afterStep(model);
        organisations.afterStep(model);
        neglect.afterStep(model);
        last = model;
    }

    /**
     * Closes the time series and writes {@code relations.csv}, {@code events.csv},
     * {@code summary.json}, {@code scenario.yaml}.
     */
    public void finish(RunResult result, Scenario scenario) throws IOException {
        if (last == null) throw new IllegalStateException("finish before the first step was recorded");
        if (finished) throw new IllegalStateException("already finished");
        finished = true;
        closeTables();
        RelationsWriter.write(dir.resolve(RELATIONS), last, provenance);
        EventsWriter.write(dir.resolve(EVENTS), last, provenance);
        story = RunStory.of(RunFacts.of(result, EventRecord.of(last.events()), neglect));
        SummaryWriter.write(dir.resolve(SUMMARY), result, story, scenario.steps(), provenance);
        Files.writeString(dir.resolve(SCENARIO), scenario.toCanonicalYaml(), StandardCharsets.UTF_8);
    }

    /** The story of the run, once {@link #finish} has written it into {@code summary.json}. */
    public RunStory story() {
        if (story == null) throw new IllegalStateException("no story before finish");
        return story;
    }

    @Override
    public void close() throws IOException {
        if (!finished) closeTables();
    }

    private void closeTables() throws IOException {
        try {
            timeseries.close();
        } finally {
            organisations.close();
        }
    }
}
