package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A list of like items ({@code interventions:}, {@code shocks:}), each a mapping read by
 * {@code member}; absent means an empty list. Items are numbered from 1 in messages and overrides.
 *
 * @param noun what one item is, for messages ("intervention")
 */
record Items(Group member, String noun, int max) implements FieldType {

    @Override
    public List<Object> read(Node node, String path, NodeReader in) {
        if (NodeReader.isNull(node)) return List.of();
        if (!(node instanceof SequenceNode sequence)) {
            in.problem(node, path, "expected a list of " + noun + "s, got " + NodeReader.describe(node) + "; allowed: " + allowed());
            return null;
        }
        int before = in.problemCount();
        List<Node> nodes = sequence.getValue();
        if (nodes.size() > max) {
            in.problem(sequence, path, "the list has " + nodes.size() + " items; allowed: " + allowed());
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(member.read(nodes.get(i), NodeReader.join(path, Integer.toString(i + 1)), in));
        }
        return in.problemCount() == before ? List.copyOf(items) : null;
    }

    @Override
    public List<Object> fallback() {
        return List.of();
    }

    @Override
    public String allowed() {
        return "a list of up to " + max + " " + noun + "s, each a mapping with the keys " + String.join(", ", member.keys());
    }

    @Override
    public ObjectNode schema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "array").put("maxItems", max);
        schema.set("items", member.schema());
        return schema;
    }
}
