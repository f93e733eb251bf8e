package samen.experiment;

import java.util.ArrayList;
import java.util.List;
import samen.scenario.Message;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * Checks a parameter's values the way {@code samen run --set} would: each value is applied to the
 * base scenario as an override and the scenario is loaded. A key that does not exist, a value out
 * of range or a choice that is no choice is reported by the scenario's own rules, then moved to
 * where the sweep wrote it.
 */
final class ParameterCheck {

    /** Where a value or a key was written, for messages. */
    interface Locator {
        Problem at(String key, boolean onKey, int value, Message message);
    }

    private final ScenarioLoader.Prepared base;

    ParameterCheck(String baseText, String baseName) throws ScenarioException {
        this.base = ScenarioLoader.prepare(baseText, baseName);
    }

    /** The value {@code key} addresses, as one path; see {@link ScenarioLoader.Prepared#canonicalKey}. */
    String canonical(String key) {
        return base.canonicalKey(key);
    }

    /** Problems of {@code values} of {@code key}, at most one per value and one for the key. */
    List<Problem> check(String key, List<String> values, Locator where) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String override = key + "=" + value;
            try {
                base.with(List.of(override));
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    if (!p.source().startsWith("--set ")) {
                        problems.add(p); // the base scenario itself is wrong
                        continue;
                    }
                    boolean onKey = p.column() > 0 && p.column() <= "--set ".length() + key.length();
                    problems.add(where.at(key, onKey, i, p.text()));
                    if (onKey) return problems; // the same for every value
                }
            }
        }
        return problems;
    }
}
