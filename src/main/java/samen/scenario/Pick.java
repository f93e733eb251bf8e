package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A choice a scenario may also leave to the seed: one of the choices ({@code knowledge}), or
 * {@code {one_of: [finance, knowledge]}}, of which the model draws one with equal chance when the run starts,
 * as {@link Varying} draws a number. Read as the list of choices to draw from; the fallback, {@code none},
 * reads as the empty list, so a partner that names nothing is told apart from one that names something.
 *
 * @param choice the choices, with {@code none} as its fallback
 */
record Pick(Choice choice) implements FieldType.Leaf {

    static final String ONE_OF = "one_of";

    @Override
    public List<Enum<?>> read(Node node, String path, NodeReader in) {
        if (node instanceof ScalarNode && !NodeReader.isNull(node)) {
            Enum<?> one = choice.read(node, path, in);
            return one == null ? null : named(List.of(one));
        }
        if (node instanceof MappingNode mapping && mapping.getValue().size() == 1
                && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode keyNode) {
            NodeTuple tuple = mapping.getValue().get(0);
            String key = keyNode.getValue();
            String listPath = NodeReader.join(path, key);
            if (!key.equals(ONE_OF)) {
                in.problem(keyNode, listPath, Message.of("pick.unknown", key, Suggestions.didYouMean(key, List.of(ONE_OF)), allowed()));
                return null;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                in.problem(tuple.getValueNode(), listPath, Message.of("pick.expected", NodeReader.describe(tuple.getValueNode()), allowed()));
                return null;
            }
            List<Enum<?>> options = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Enum<?> one = choice.read(sequence.getValue().get(i), NodeReader.join(listPath, Integer.toString(i + 1)), in);
                if (one == null) return null;
                options.add(one);
            }
            return named(options);
        }
        in.problem(node, path, Message.of("pick.expected", NodeReader.describe(node), allowed()));
        return null;
    }

    // The fallback alone names nothing: the empty list.
    private List<Enum<?>> named(List<Enum<?>> options) {
        return options.equals(List.of(choice.fallbackValue())) ? List.of() : List.copyOf(options);
    }

    @Override
    public List<Enum<?>> fallback() {
        return List.of();
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.pick", String.join(", ", choice.keys()));
    }

    @Override
    public ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode drawn = json.objectNode().put("type", "object");
        drawn.putObject("properties").putObject(ONE_OF).put("type", "array").put("minItems", 1).set("items", choice.schema());
        drawn.putArray("required").add(ONE_OF);
        drawn.put("additionalProperties", false);
        ObjectNode schema = json.objectNode();
        schema.putArray("anyOf").add(choice.schema()).add(drawn);
        return schema;
    }

    @Override
    public String toYaml(Object value) {
        List<?> options = (List<?>) value;
        if (options.isEmpty()) return choice.toYaml(choice.fallbackValue());
        if (options.size() == 1) return choice.toYaml(options.get(0));
        StringJoiner list = new StringJoiner(", ", "{" + ONE_OF + ": [", "]}");
        options.forEach(o -> list.add(choice.toYaml(o)));
        return list.toString();
    }
}
