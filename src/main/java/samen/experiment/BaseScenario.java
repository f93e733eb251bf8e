package samen.experiment;

import java.nio.file.Path;
import java.util.List;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The sweep's base scenario, read once ({@link ScenarioLoader#prepare}): each point is the file
 * with the point's values applied as {@code --set} overrides, exactly as
 * {@code samen run FILE --set ...} does, so a row reproduces with that command; the YAML is not
 * read again per point.
 */
final class BaseScenario {

    private final String text;
    private final ScenarioLoader.Prepared prepared;
    private final Scenario scenario;
    /** The last point built: tasks of the same point (a quick sweep has one) share its scenario. */
    private volatile Point last;

    /** A point's overrides and the scenario they give; immutable, so workers may share it. */
    private record Point(List<String> overrides, Scenario scenario) {
    }

    private BaseScenario(String text, ScenarioLoader.Prepared prepared, Scenario scenario) {
        this.text = text;
        this.prepared = prepared;
        this.scenario = scenario;
    }

    static BaseScenario load(Path file) throws ScenarioException {
        String text = ScenarioLoader.readText(file, file.toString());
        ScenarioLoader.Prepared prepared = ScenarioLoader.prepare(text, file.toString());
        return new BaseScenario(text, prepared, prepared.with(List.of()));
    }

    /** The file's text as read, which the sweep directory keeps a copy of. */
    String text() {
        return text;
    }

    /** SHA-256 of the resolved base scenario (without seed). */
    String hash() {
        return scenario.hash();
    }

    /** Steps of a run of the base scenario. */
    int steps() {
        return scenario.steps();
    }

    /**
     * The scenario of one point. Built once for consecutive tasks of the same point rather than
     * once per task: building copies and re-reads the whole tree, about a third of a run's time,
     * and a 20,000-run sweep of one point would build it 1,250 times.
     */
    Scenario at(List<String> overrides) throws ScenarioException {
        Point point = last;
        if (point != null && point.overrides().equals(overrides)) return point.scenario();
        Scenario built = prepared.with(overrides);
        last = new Point(List.copyOf(overrides), built);
        return built;
    }

    /**
     * The names of the final metrics, in their order, from a run of no steps: the engine reports
     * the same metrics for every run, and the header must be written before the first run ends.
     */
    List<String> metricNames() {
        RunResult probe = Simulation.create(scenario.model(), scenario.seed()).run(0, List.of());
        return List.copyOf(probe.metrics().keySet());
    }
}
