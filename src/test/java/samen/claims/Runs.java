package samen.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import samen.experiment.facts.Batch;
import samen.experiment.facts.Sample;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The runs a claim class needs, all in one parallel in-process batch (seeds 0..n-1 per cell, the
 * same for any thread count): a cell is a scenario file with {@code --set} overrides.
 */
final class Runs {

    /** Seeds per cell unless a claim says otherwise. */
    static final int SEEDS = 200;
    /** The team every mechanism claim varies one factor of: the default without its classic problems (docs/VALIDATION.md §3). */
    static final String BASE = "scenarios/base-team.yaml";

    /** One configuration to run: a file and its overrides. */
    record Cell(String file, List<String> overrides) {
        static Cell of(String file, String... overrides) {
            return new Cell(file, List.of(overrides));
        }
    }

    private Runs() {
    }

    static List<Sample> of(int seeds, List<Cell> cells) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Cell c : cells) {
            try {
                scenarios.add(ScenarioLoader.load(Path.of(c.file()), c.overrides()));
            } catch (ScenarioException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return Batch.run(scenarios, seeds, Runtime.getRuntime().availableProcessors());
    }

    /** The base team with {@code key} at each of {@code values}, after {@code base} overrides. */
    static List<Cell> levels(List<String> base, String key, String... values) {
        return levels(BASE, base, key, values);
    }

    /** Scenario {@code file} with {@code key} at each of {@code values}, after {@code base} overrides. */
    static List<Cell> levels(String file, List<String> base, String key, String... values) {
        List<Cell> cells = new ArrayList<>();
        for (String v : values) {
            List<String> overrides = new ArrayList<>(base);
            overrides.add(key + "=" + v);
            cells.add(new Cell(file, overrides));
        }
        return cells;
    }

    /**
     * An intervention as a dose: the values of {@code interventions} that apply it never, then
     * every 48, 24, 12 and 6 steps (four, two, one and half a default phase of work).
     */
    static String[] schedules(String intervention) {
        List<String> levels = new ArrayList<>(List.of("[]"));
        for (int n : new int[] {48, 24, 12, 6}) levels.add("[{type: " + intervention + ", when: \"every " + n + " steps\"}]");
        return levels.toArray(String[]::new);
    }
}
