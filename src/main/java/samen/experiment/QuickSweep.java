package samen.experiment;

import java.math.BigDecimal;
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
 * The quick form without a file: {@code --scenario FILE [--vary key.path=v1,v2 | key.path=lo:hi:step]
 * ... --reps N [--seed S]}, a grid over the listed values, or without {@code --vary} one point
 * replicated N times (one scenario, many seeds). Its name, and so its default directory, says what it
 * varies: {@code <scenario>-by-<key>-<key>}, or {@code <scenario>-<N>-seeds}. Problems name the
 * {@code --vary} option.
 */
public final class QuickSweep {

    private QuickSweep() {
    }

    /**
     * @param scenario   the base scenario, absolute
     * @param label      the scenario as the user named it
     * @param varies     {@code key.path=v1,v2,...} or {@code key.path=lo:hi:step} texts
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
            List<String> values = equals < 0 ? List.of() : values(vary.substring(equals + 1));
            if (key.isEmpty() || values == null || values.stream().anyMatch(String::isEmpty)) {
                problems.add(new Problem(source, 0, 0, key, "expected KEY=V1,V2,... or KEY=LO:HI:STEP; allowed: a key path "
                        + "and comma-separated values, e.g. --vary power.distribution=equal,dominant, or a numeric "
                        + "range with a positive step giving at most " + SweepFile.MAX_LEVELS
                        + " values, e.g. --vary trust.loss_rate=0.04:0.16:0.04"));
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
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new SweepSpec(name(base, parameters, reps), scenario, label, masterSeed, reps, DesignSpec.grid(), parameters);
    }

    /**
     * {@code --scenario FILE --points POINTS.csv --reps N}: the points listed in a CSV file.
     *
     * @param points the CSV file, absolute
     * @throws ScenarioException when the scenario, the file, a key or a value is wrong
     */
    public static SweepSpec ofPoints(Path scenario, String label, Path points, int reps, long masterSeed)
            throws ScenarioException {
        Scenario base = ScenarioLoader.load(scenario, List.of());
        ParameterCheck check = new ParameterCheck(ScenarioLoader.readText(scenario, scenario.toString()), scenario.toString());
        PointsCsv.Read read = PointsCsv.read(points, check);
        if (!read.problems().isEmpty()) throw new ScenarioException(read.problems());
        return new SweepSpec(name(base, read.parameters(), reps), scenario, label, masterSeed, reps, read.design(),
                read.parameters());
    }

    private static String name(Scenario base, List<Parameter> parameters, int reps) {
        return base.slug() + (parameters.isEmpty() ? "-" + reps + "-seeds"
                : "-by-" + String.join("-", parameters.stream().map(Parameter::key).toList()));
    }

    /** The values of {@code v1,v2,...} or of {@code lo:hi:step}; null for a malformed range. */
    private static List<String> values(String given) {
        String[] range = given.split(":", -1);
        if (range.length == 1) return Arrays.stream(given.split(",", -1)).map(String::strip).toList();
        if (range.length != 3) return null;
        try {
            BigDecimal lo = new BigDecimal(range[0].strip());
            BigDecimal hi = new BigDecimal(range[1].strip());
            BigDecimal step = new BigDecimal(range[2].strip());
            if (step.signum() <= 0 || lo.compareTo(hi) > 0) return null;
            return Parameter.steps(lo, hi, step, SweepFile.MAX_LEVELS);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
