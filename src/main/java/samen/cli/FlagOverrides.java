package samen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import samen.scenario.Problem;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The {@code --set} overrides of a command plus those its {@code --seed} and {@code --steps} flags
 * stand for, so that a problem with {@code --steps 0} is reported as such, not as the override it became.
 */
final class FlagOverrides {

    private final List<String> all = new ArrayList<>();
    private final Map<String, String> flags = new LinkedHashMap<>();

    FlagOverrides(List<String> sets, Long seed, Integer steps) {
        all.addAll(sets);
        if (seed != null) flags.put("seed=" + seed, "--seed " + seed);
        if (steps != null) flags.put("steps=" + steps, "--steps " + steps);
        all.addAll(flags.keySet());
    }

    /** In the {@code key.path=value} form the scenario loader takes. */
    List<String> list() {
        return all;
    }

    /**
     * The scenario in {@code file} with these overrides, checked as {@code samen validate} checks it
     * (the file by itself first), its warnings printed as {@code main} prints them; a problem of an
     * override is put on its flag.
     */
    Scenario load(Path file, Main main) throws ScenarioException {
        try {
            ScenarioLoader.Checked checked = ScenarioLoader.check(file, list());
            main.printWarnings(checked.warnings());
            return checked.scenario();
        } catch (ScenarioException e) {
            throw blamingFlags(e);
        }
    }

    /** The same problems, with those of a flag's override put on the flag. */
    ScenarioException blamingFlags(ScenarioException e) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
            String flag = p.source().startsWith("--set ") ? flags.get(p.source().substring("--set ".length())) : null;
            problems.add(flag == null ? p : p.from(flag, 0, 0));
        }
        return new ScenarioException(problems);
    }
}
