package samen.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.output.OutputDirectory;
import samen.output.Invocation;
import samen.output.Provenance;
import samen.output.RunRecorder;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/** Real run directories of the bundled scenarios, written as {@code samen run} writes them. */
final class Fixtures {

    static final Path HOME = Path.of(System.getProperty("samen.home", "")).toAbsolutePath();
    /** Where tests leave the PNGs they render, for people to look at. */
    static final Path PREVIEWS = HOME.resolve("target/chart-previews");

    private Fixtures() {
    }

    static Path run(Path target, String scenario, String... overrides) throws Exception {
        Path file = HOME.resolve("scenarios").resolve(scenario); // an absolute scenario stays as it is
        Scenario resolved = ScenarioLoader.load(file, List.of(overrides));
        Simulation simulation = Simulation.create(resolved.model(), resolved.seed());
        try (OutputDirectory dir = OutputDirectory.create(target, false);
             RunRecorder recorder = new RunRecorder(dir.dir(), Provenance.of(resolved, "scenarios/" + scenario, Invocation.now(java.util.List.of("test"))))) {
            RunResult result = simulation.run(resolved.steps(), List.of(recorder));
            recorder.finish(result, resolved);
            dir.commit();
        }
        return target;
    }

    /**
     * The base team with two interventions and a shock, so a run has every kind of chart:
     * written next to {@code target} as {@code eventful.yaml}.
     */
    static Path eventfulRun(Path target) throws Exception {
        Path yaml = target.resolveSibling("eventful.yaml");
        Files.writeString(yaml, Files.readString(HOME.resolve("scenarios/base-team.yaml")) + """

                interventions:
                  - {type: convening, when: "step 12"}
                  - {type: conflict_handling, when: "step 40"}
                shocks:
                  - {at_step: 50, kind: budget_cut, partner: "Municipality", size: 0.5}
                """);
        return run(target, yaml.toString(), "steps=150");
    }

    static Path previews(String kind) throws IOException {
        return Files.createDirectories(PREVIEWS.resolve(kind));
    }
}
