package samen.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code captions:} of a scenario file: what {@code samen gui --demo} shows at key moments, each
 * pausing the run so the trainer can talk. Checked with located problems like the rest of the file.
 *
 * <pre>
 * captions:
 *   - at_step: 40
 *     text: "The ambition is no longer shared: meetings go on, contributions fall."
 *   - on_event: opportunism      # the first time this kind of event happens
 *     text: "Someone takes more than they bring. Watch the vigilance."
 * </pre>
 *
 * <p>Kept apart from {@link ScenarioFormat} (which a run does not need it for): until that table
 * lists the key, {@link #withoutCaptions} hands the loader the file with this block blanked out,
 * line numbers intact.
 */
public final class Captions {

    public static final String KEY = "captions";
    static final String AT_STEP = "at_step";
    static final String ON_EVENT = "on_event";
    static final String TEXT = "text";

    /** One caption: at a step ({@code onEvent} null) or at the first event of a kind ({@code atStep} -1). */
    public record Caption(long atStep, String onEvent, String text) {
    }

    private Captions() {
    }

    /**
     * @param eventKinds the {@code on_event} names allowed
     * @return the captions in file order; empty when the file has none
     */
    public static List<Caption> read(String text, String source, Set<String> eventKinds) throws ScenarioException {
        SortedSet<String> kinds = new TreeSet<>(eventKinds); // listed in a stable order in messages
        Problems problems = new Problems(source);
        Optional<Node> root = YamlSource.read(text, source, problems);
        problems.throwIfAny();
        NodeTuple tuple = root.flatMap(Captions::captionsTuple).orElse(null);
        if (tuple == null || NodeReader.isNull(tuple.getValueNode())) return List.of();
        NodeReader in = new NodeReader(problems);
        List<Caption> captions = new ArrayList<>();
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            in.problem(tuple.getValueNode(), KEY, "expected a list, got " + NodeReader.describe(tuple.getValueNode())
                    + "; allowed: a list of {at_step: N, text: ...} or {on_event: KIND, text: ...}");
            throw problems.exception();
        }
        for (int i = 0; i < list.getValue().size(); i++) {
            Caption c = caption(list.getValue().get(i), KEY + "." + (i + 1), kinds, in);
            if (c != null) captions.add(c);
        }
        problems.throwIfAny();
        return List.copyOf(captions);
    }

    private static Caption caption(Node node, String path, SortedSet<String> eventKinds, NodeReader in) {
        String allowed = "at_step (a step number) or on_event (one of " + String.join(", ", eventKinds) + "), and text";
        if (!(node instanceof MappingNode item)) {
            in.problem(node, path, "expected a mapping, got " + NodeReader.describe(node) + "; allowed: " + allowed);
            return null;
        }
        Node at = null;
        Node on = null;
        Node text = null;
        for (NodeTuple t : item.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            switch (key) {
                case AT_STEP -> at = t.getValueNode();
                case ON_EVENT -> on = t.getValueNode();
                case TEXT -> text = t.getValueNode();
                default -> in.problem(t.getKeyNode(), NodeReader.join(path, key), "unknown key `" + key + "`; allowed: " + allowed);
            }
        }
        if ((at == null) == (on == null)) {
            in.problem(item, path, "give exactly one of at_step and on_event; allowed: " + allowed);
            return null;
        }
        if (!(text instanceof ScalarNode words) || words.getValue().isBlank()) {
            in.problem(text == null ? item : text, NodeReader.join(path, TEXT), "a caption needs a text; allowed: one line or paragraph of text");
            return null;
        }
        if (at != null) {
            BigDecimal step = in.number(at, NodeReader.join(path, AT_STEP), "a whole number", "a step number from 1");
            if (step == null) return null;
            if (step.signum() <= 0 || step.stripTrailingZeros().scale() > 0 || step.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                in.problem(at, NodeReader.join(path, AT_STEP), step.toPlainString() + " is not a step; allowed: a whole number from 1 to 1000000");
                return null;
            }
            return new Caption(step.longValueExact(), null, words.getValue().strip());
        }
        String kind = on instanceof ScalarNode s ? s.getValue().strip() : "";
        if (!eventKinds.contains(kind)) {
            in.problem(on, NodeReader.join(path, ON_EVENT), "'" + kind + "' is not an event kind; allowed: one of "
                    + String.join(", ", eventKinds));
            return null;
        }
        return new Caption(-1, kind, words.getValue().strip());
    }

    /** The file's text with the lines of its top-level {@code captions:} block made empty. */
    public static String withoutCaptions(String text, String source) throws ScenarioException {
        Problems problems = new Problems(source);
        Optional<Node> root = YamlSource.read(text, source, problems);
        problems.throwIfAny();
        NodeTuple tuple = root.flatMap(Captions::captionsTuple).orElse(null);
        if (tuple == null) return text;
        int first = tuple.getKeyNode().getStartMark().orElseThrow().getLine();
        var end = tuple.getValueNode().getEndMark().orElseThrow();
        // A block value ends at column 0 of the line after it.
        int last = end.getColumn() == 0 ? end.getLine() - 1 : end.getLine();
        String[] lines = text.split("\n", -1);
        for (int i = first; i <= last && i < lines.length; i++) lines[i] = "";
        return String.join("\n", lines);
    }

    private static Optional<NodeTuple> captionsTuple(Node root) {
        if (!(root instanceof MappingNode mapping)) return Optional.empty();
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(KEY))
                .findFirst();
    }
}
