package samen.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import samen.scenario.Problem;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The quick form without a file: {@code --scenario FILE --vary key.path=v1,v2 ... --reps N
 * [--seed S]}, a grid over the listed values. Problems name the {@code --vary} option.
 */
public final class QuickSweep {

    private QuickSweep() {
    }

    /**
     * @param scenario   the base scenario, absolute
     * @param label      the scenario as the user named it
     * @param varies     {@code key.path=v1,v2,...} texts
     * @throws ScenarioException when the scenario, a key or a value is wrong
     */
    public static SweepSpec of(Path scenario, String label, List<String> varies, int reps, long masterSeed)
            throws ScenarioException {
        Scenario base = ScenarioLoader.load(scenario, List.of());
        String text = ScenarioLoader.readText(scenario, scenario.toString());
        ParameterCheck check = new ParameterCheck(text, scenario.toString());
        List<Problem> problems = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String vary : varies) {
            String source = "--vary " + vary;
            int equals = vary.indexOf('=');
            String key = equals < 0 ? "" : vary.substring(0, equals).strip();
            List<String> values = equals < 0 ? List.of()
                    : Arrays.stream(vary.substring(equals + 1).split(",", -1)).map(String::strip).toList();
            if (key.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
                problems.add(new Problem(source, 0, 0, "", "expected KEY=V1,V2,...; allowed: a key path and "
                        + "comma-separated values, e.g. --vary power.distribution=equal,dominant"));
                continue;
            }
            if (key.equals("seed") || !keys.add(key) || Set.copyOf(values).size() != values.size()) {
                problems.add(new Problem(source, 0, 0, key, key.equals("seed")
                        ? "the seed is not a parameter; allowed: --seed S (the master seed) and --reps N"
                        : "a key or a value given twice; allowed: each key once, with distinct values"));
                continue;
            }
            problems.addAll(check.check(key, values, (k, onKey, i, message) -> new Problem(source, 0, 0, k, message)));
            parameters.add(new Parameter.Levels(key, values));
        }
        if (parameters.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("--vary", 0, 0, "", "nothing to vary; allowed: at least one --vary KEY=V1,V2"));
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new SweepSpec(base.slug() + "-sweep", scenario, label, masterSeed, reps, DesignSpec.grid(), parameters);
    }
}
