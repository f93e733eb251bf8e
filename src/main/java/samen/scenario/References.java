package samen.scenario;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import samen.model.config.HistorySpec;
import samen.model.config.OrganisationSpec;
import samen.model.config.ShockSpec;

/**
 * Checks what one part of a scenario says about another: shocks and histories name organisations
 * that exist, and a history is between two different ones. Runs on a scenario whose parts are
 * each valid, and reports at the naming key.
 */
final class References {

    private References() {
    }

    static void check(Scenario scenario, MappingNode root, NodeReader in) {
        List<String> names = scenario.model().organisations().stream().map(OrganisationSpec::name).toList();
        Set<String> known = Set.copyOf(names);
        long founders = scenario.model().organisations().stream().filter(o -> o.joinsAt() == 0).count();
        if (founders < 2) {
            Node list = value(root, ScenarioFormat.ORGANISATIONS_KEY);
            in.problem(list != null ? list : root, ScenarioFormat.ORGANISATIONS_KEY, founders
                    + " organisation(s) start the collaboration; allowed: at least two with joins_at 0 (founding partners)");
        }
        List<ShockSpec> shocks = scenario.model().shocks();
        for (int i = 0; i < shocks.size(); i++) {
            String partner = shocks.get(i).partner();
            if (!partner.isEmpty()) name(root, ScenarioFormat.SHOCKS_KEY, i, "partner", partner, names, known, in);
        }
        List<HistorySpec> history = scenario.model().history();
        for (int i = 0; i < history.size(); i++) {
            HistorySpec h = history.get(i);
            name(root, ScenarioFormat.HISTORY_KEY, i, "partner", h.partner(), names, known, in);
            name(root, ScenarioFormat.HISTORY_KEY, i, "other", h.other(), names, known, in);
            if (h.partner().equals(h.other())) {
                in.problem(node(root, ScenarioFormat.HISTORY_KEY, i, "other"), path(ScenarioFormat.HISTORY_KEY, i, "other"),
                        "a history needs two different organisations; allowed: a name other than '" + h.partner() + "'");
            }
        }
    }

    private static void name(MappingNode root, String list, int i, String key, String name, List<String> names,
                             Set<String> known, NodeReader in) {
        if (known.contains(name)) return;
        in.problem(node(root, list, i, key), path(list, i, key), "no organisation is named '" + name + "'"
                + Suggestions.didYouMean(name, names) + "; allowed: " + names.stream().map(n -> "'" + n + "'")
                .collect(Collectors.joining(", ")));
    }

    private static String path(String list, int i, String key) {
        return list + "." + (i + 1) + "." + key;
    }

    /** The value node at {@code list[i].key}; the list's own node when the value was a default. */
    private static Node node(MappingNode root, String list, int i, String key) {
        Node items = value(root, list);
        if (items instanceof SequenceNode sequence && i < sequence.getValue().size()) {
            Node item = sequence.getValue().get(i);
            Node value = item instanceof MappingNode mapping ? value(mapping, key) : null;
            return value != null ? value : item;
        }
        return items != null ? items : root;
    }

    private static Node value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return tuple.getValueNode();
        }
        return null;
    }
}
