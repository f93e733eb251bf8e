package samen.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The file's per-pair history when an override replaces its partners ({@code organisations={count: 4, ...}},
 * {@code organisations.count=2}): a history line that names a partner of the file the override
 * took away no longer applies, and is left out; every other line stays. As in EMA Workbench or
 * BehaviorSpace, a base scenario's settings carry into each experiment where they still mean
 * something, so {@code samen facts} can vary the number of partners of a scenario with a history.
 * A line naming a partner the file never had is still an error, reported as before.
 */
final class ReplacedPartners {

    private ReplacedPartners() {
    }

    /**
     * The history lines of {@code changed} (0-based, in order) that name a partner of {@code file}
     * missing from {@code changed}; none when either's partners cannot be told from the tree (a
     * problem the check reports).
     */
    static List<Integer> leftOut(MappingNode file, MappingNode changed) {
        if (!(References.value(changed, ScenarioFormat.HISTORY_KEY) instanceof SequenceNode history)) return List.of();
        Set<String> before = names(file);
        Set<String> after = names(changed);
        if (before == null || after == null) return List.of();
        before.removeAll(after);
        if (before.isEmpty()) return List.of();
        List<Integer> out = new ArrayList<>();
        List<Node> lines = history.getValue();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof MappingNode line && (before.contains(text(line, "partner")) || before.contains(text(line, "other")))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Removes the lines {@link #leftOut} finds from {@code changed}, a copy the overrides were applied to. */
    static void drop(MappingNode file, MappingNode changed) {
        List<Integer> out = leftOut(file, changed);
        if (out.isEmpty()) return;
        List<Node> lines = ((SequenceNode) References.value(changed, ScenarioFormat.HISTORY_KEY)).getValue();
        for (int k = out.size() - 1; k >= 0; k--) lines.remove((int) out.get(k));
    }

    /** The partners' names: a list's names, or a generated population's "Partner 1" ..; null when the tree does not say. */
    private static Set<String> names(MappingNode root) {
        Node organisations = References.value(root, ScenarioFormat.ORGANISATIONS_KEY);
        if (organisations instanceof SequenceNode list) {
            Set<String> names = new HashSet<>();
            for (Node item : list.getValue()) {
                if (!(item instanceof MappingNode member) || text(member, ScenarioFormat.NAME) == null) return null;
                names.add(text(member, ScenarioFormat.NAME));
            }
            return names;
        }
        String count = organisations instanceof MappingNode generated ? text(generated, Population.COUNT) : null;
        if (count == null || !count.matches("\\d{1,6}")) return null;
        Set<String> names = new HashSet<>();
        for (int i = 1; i <= Integer.parseInt(count); i++) names.add(Population.generatedName(i));
        return names;
    }

    private static String text(MappingNode mapping, String key) {
        return References.value(mapping, key) instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
