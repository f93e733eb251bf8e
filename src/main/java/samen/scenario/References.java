package samen.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import samen.model.Circle;
import samen.model.EventKind;
import samen.model.Joining;
import samen.model.config.CollaborationSettings;
import samen.model.config.HistorySpec;
import samen.model.config.InterventionRule;
import samen.model.config.OrganisationSpec;
import samen.model.config.ShockSpec;

/**
 * Checks what one part of a scenario says about another: shocks, histories and the carriers of
 * interventions name organisations that exist, a history is between two different ones, a caption waits for one step or one kind
 * of event. Runs on the parts of a file that are valid by themselves, in the same pass as the
 * checks of each value (a student sees a misspelt partner and an out-of-range rate together), and
 * reports at the naming key.
 */
final class References {

    private References() {
    }

    /** @param values the root's valid values by key ({@link Group#readValid}); a part that is wrong is absent */
    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> values, MappingNode root, NodeReader in) {
        if (values.get(ScenarioFormat.CAPTIONS_KEY) instanceof List<?> captions) checkCaptions((List<Caption>) captions, root, in);
        if (!(values.get(ScenarioFormat.ORGANISATIONS_KEY) instanceof List<?> members)) return;
        List<OrganisationSpec> organisations = (List<OrganisationSpec>) members;
        List<String> names = organisations.stream().map(OrganisationSpec::name).toList();
        Set<String> known = Set.copyOf(names);
        long founders = organisations.stream().filter(o -> o.joinsAt() == 0 && o.joins() == Joining.PLANNED).count();
        if (founders < 2) {
            Node list = value(root, ScenarioFormat.ORGANISATIONS_KEY);
            in.problem(list != null ? list : root, ScenarioFormat.ORGANISATIONS_KEY, Message.of("references.founders", founders));
        }
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationSpec o = organisations.get(i);
            if (o.joins() != Joining.PLANNED && o.joinsAt() > 0) {
                in.problem(node(root, ScenarioFormat.ORGANISATIONS_KEY, i, "joins_at"), path(ScenarioFormat.ORGANISATIONS_KEY, i, "joins_at"),
                        Message.of("references.invited_at", o.name(), o.joinsAt(), o.joins().key()));
            }
        }
        long core = organisations.stream().filter(o -> o.circle() == Circle.CORE).count();
        if (core > Population.MAX_CORE) {
            Node list = value(root, ScenarioFormat.ORGANISATIONS_KEY);
            in.problem(list != null ? list : root, ScenarioFormat.ORGANISATIONS_KEY,
                    Message.of("references.core", core, Population.MAX_CORE));
        }
        List<ShockSpec> shocks = (List<ShockSpec>) values.getOrDefault(ScenarioFormat.SHOCKS_KEY, List.of());
        for (int i = 0; i < shocks.size(); i++) {
            String partner = shocks.get(i).partner();
            if (!partner.isEmpty()) name(root, ScenarioFormat.SHOCKS_KEY, i, "partner", partner, names, known, in);
        }
        List<InterventionRule> interventions = (List<InterventionRule>) values.getOrDefault(ScenarioFormat.INTERVENTIONS_KEY, List.of());
        for (int i = 0; i < interventions.size(); i++) {
            String by = interventions.get(i).by();
            if (!by.isEmpty()) name(root, ScenarioFormat.INTERVENTIONS_KEY, i, "by", by, names, known, in);
        }
        if (values.get(ScenarioFormat.COLLABORATION_KEY) instanceof CollaborationSettings c && !c.facilitator().isEmpty()
                && !known.contains(c.facilitator())) {
            Node group = value(root, ScenarioFormat.COLLABORATION_KEY);
            Node at = group instanceof MappingNode mapping && value(mapping, "facilitator") != null ? value(mapping, "facilitator") : root;
            unknown(at, ScenarioFormat.COLLABORATION_KEY + ".facilitator", c.facilitator(), names, in);
        }
        List<HistorySpec> history = (List<HistorySpec>) values.getOrDefault(ScenarioFormat.HISTORY_KEY, List.of());
        for (int i = 0; i < history.size(); i++) {
            HistorySpec h = history.get(i);
            name(root, ScenarioFormat.HISTORY_KEY, i, "partner", h.partner(), names, known, in);
            name(root, ScenarioFormat.HISTORY_KEY, i, "other", h.other(), names, known, in);
            if (h.partner().equals(h.other())) {
                in.problem(node(root, ScenarioFormat.HISTORY_KEY, i, "other"), path(ScenarioFormat.HISTORY_KEY, i, "other"),
                        Message.of("references.history_self", h.partner()));
            }
        }
    }

    /** A caption waits for exactly one thing: a step or a kind of event the model logs. */
    private static void checkCaptions(List<Caption> captions, MappingNode root, NodeReader in) {
        List<String> kinds = Arrays.stream(EventKind.values()).map(EventKind::key).toList();
        for (int i = 0; i < captions.size(); i++) {
            Caption c = captions.get(i);
            if ((c.atStep() > 0) == c.waitsForEvent()) {
                Node item = node(root, ScenarioFormat.CAPTIONS_KEY, i, "text");
                in.problem(itemNode(root, ScenarioFormat.CAPTIONS_KEY, i, item), ScenarioFormat.CAPTIONS_KEY + "." + (i + 1),
                        Message.of("caption.when", String.join(", ", kinds)));
            } else if (!c.lang().isEmpty() && !List.of("en", "nl").contains(c.lang())) {
                in.problem(node(root, ScenarioFormat.CAPTIONS_KEY, i, "lang"), path(ScenarioFormat.CAPTIONS_KEY, i, "lang"),
                        Message.of("caption.lang", c.lang()));
            } else if (c.waitsForEvent() && !kinds.contains(c.onEvent())) {
                in.problem(node(root, ScenarioFormat.CAPTIONS_KEY, i, "on_event"), path(ScenarioFormat.CAPTIONS_KEY, i, "on_event"),
                        Message.of("caption.event", c.onEvent(), Suggestions.didYouMean(c.onEvent(), kinds), String.join(", ", kinds)));
            }
        }
    }

    /** The item's own node (a mapping), so a problem with the item as a whole points at its start. */
    private static Node itemNode(MappingNode root, String list, int i, Node fallback) {
        Node items = value(root, list);
        return items instanceof SequenceNode sequence && i < sequence.getValue().size() ? sequence.getValue().get(i) : fallback;
    }

    private static void name(MappingNode root, String list, int i, String key, String name, List<String> names,
                             Set<String> known, NodeReader in) {
        if (!known.contains(name)) unknown(node(root, list, i, key), path(list, i, key), name, names, in);
    }

    private static void unknown(Node at, String path, String name, List<String> names, NodeReader in) {
        in.problem(at, path, Message.of("references.name", name, Suggestions.didYouMean(name, names),
                names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))));
    }

    static String path(String list, int i, String key) {
        return list + "." + (i + 1) + "." + key;
    }

    /** The value node at {@code list[i].key}; the list's own node when the value was a default. */
    static Node node(MappingNode root, String list, int i, String key) {
        Node items = value(root, list);
        if (items instanceof SequenceNode sequence && i < sequence.getValue().size()) {
            Node item = sequence.getValue().get(i);
            Node value = item instanceof MappingNode mapping ? value(mapping, key) : null;
            return value != null ? value : item;
        }
        return items != null ? items : root;
    }

    static Node value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return tuple.getValueNode();
        }
        return null;
    }
}
