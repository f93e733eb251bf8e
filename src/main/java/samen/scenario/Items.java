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
 * @param noun what the items are, for messages: a key of the messages ({@code noun.interventions})
 */
record Items(Group member, String noun, int max) implements FieldType {

    @Override
    public List<Object> read(Node node, String path, NodeReader in) {
        if (NodeReader.isNull(node)) return List.of();
        if (!(node instanceof SequenceNode sequence)) {
            in.problem(node, path, Message.of("items.expected", Message.of(noun), NodeReader.describe(node), allowed()));
            return null;
        }
        int before = in.problemCount();
        List<Node> nodes = sequence.getValue();
        if (nodes.size() > max) {
            in.problem(sequence, path, Message.of("items.too_many", nodes.size(), allowed()));
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
    public Message allowed() {
        return Message.of("allowed.items", max, Message.of(noun), String.join(", ", member.keys()));
    }

    @Override
    public ObjectNode schema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "array").put("maxItems", max);
        schema.set("items", member.schema());
        return schema;
    }
}
