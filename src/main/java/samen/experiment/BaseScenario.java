package samen.experiment;

import java.nio.file.Path;
import java.util.List;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The sweep's base scenario, read once: each point is the file's text with the point's values
 * applied as {@code --set} overrides, exactly as {@code samen run FILE --set ...} would, so a
 * row reproduces with that command.
 */
final class BaseScenario {

    private final Path file;
    private final String text;
    private final Scenario scenario;

    private BaseScenario(Path file, String text, Scenario scenario) {
        this.file = file;
        this.text = text;
        this.scenario = scenario;
    }

    static BaseScenario load(Path file) throws ScenarioException {
        String text = ScenarioLoader.readText(file, file.toString());
        return new BaseScenario(file, text, ScenarioLoader.parse(text, file.toString(), List.of()));
    }

    /** SHA-256 of the resolved base scenario (without seed). */
    String hash() {
        return scenario.hash();
    }

    /** The scenario of one point. */
    Scenario at(List<String> overrides) throws ScenarioException {
        return ScenarioLoader.parse(text, file.toString(), overrides);
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
