package samen.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import samen.model.config.Distribution;

/**
 * An organisation attribute: a number, or a distribution it is drawn from when the model starts.
 * {@code 0.5}, {@code {uniform: [0.3, 0.7]}} or {@code {normal: {mean: 0.6, sd: 0.1}}}; every
 * bound and mean must lie in the attribute's range, and draws from a normal are clamped to it.
 */
record Varying(Decimal range) implements FieldType.Leaf {

    private static final List<String> KINDS = List.of("uniform", "normal");

    Varying(double min, double max, double fallback) {
        this(new Decimal(min, max, fallback));
    }

    static Varying unit(double fallback) {
        return new Varying(Decimal.unit(fallback));
    }

    // mean and sd of a normal: read as a small group so its keys get the same checks as any other.
    private Group normalGroup() {
        return new Group(List.of(
                Field.required("mean", new Decimal(range.min(), range.max(), range.min()), "mean"),
                Field.required("sd", new Decimal(0, range.max() - range.min(), 0), "standard deviation")), null);
    }

    @Override
    public Distribution read(Node node, String path, NodeReader in) {
        if (node instanceof ScalarNode && !NodeReader.isNull(node)) {
            Double value = range.read(node, path, in);
            return value == null ? null : new Distribution.Constant(value);
        }
        if (node instanceof MappingNode mapping && mapping.getValue().size() == 1
                && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode kindNode) {
            NodeTuple tuple = mapping.getValue().get(0);
            String kind = kindNode.getValue();
            String kindPath = NodeReader.join(path, kind);
            if (kind.equals("uniform")) return uniform(tuple.getValueNode(), kindPath, in);
            if (kind.equals("normal")) return normal(tuple.getValueNode(), kindPath, in);
            in.problem(kindNode, kindPath, Message.of("distribution.unknown", kind, Suggestions.didYouMean(kind, KINDS), allowed()));
            return null;
        }
        Message hint = node instanceof SequenceNode ? Message.of("hint.uniform") : Message.literal("");
        in.problem(node, path, Message.of("distribution.expected", NodeReader.describe(node), hint, allowed()));
        return null;
    }

    private Distribution uniform(Node node, String path, NodeReader in) {
        Message allowed = Message.of("allowed.uniform", Numbers.plain(range.min()), Numbers.plain(range.max()));
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().size() != 2) {
            in.problem(node, path, Message.of("uniform.expected", describeList(node), allowed));
            return null;
        }
        Double min = range.read(sequence.getValue().get(0), path, in);
        Double max = range.read(sequence.getValue().get(1), path, in);
        if (min == null || max == null) return null;
        if (min > max) {
            in.problem(node, path, Message.of("uniform.order", Numbers.plain(min), Numbers.plain(max), allowed));
            return null;
        }
        return new Distribution.Uniform(min, max);
    }

    private Distribution normal(Node node, String path, NodeReader in) {
        Map<String, Object> values = normalGroup().readValues(node, path, in);
        if (values == null) return null;
        return new Distribution.Normal((Double) values.get("mean"), (Double) values.get("sd"), range.min(), range.max());
    }

    private static Message describeList(Node node) {
        return node instanceof SequenceNode s ? Message.of("got.list_of", s.getValue().size()) : NodeReader.describe(node);
    }

    @Override
    public Distribution fallback() {
        return new Distribution.Constant(range.fallbackValue());
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.varying", range.allowed());
    }

    @Override
    public ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode bounds = json.objectNode().put("type", "array").put("minItems", 2).put("maxItems", 2);
        ObjectNode uniform = FieldType.onlyKey("uniform", bounds.set("items", range.schema()));
        ObjectNode normal = FieldType.onlyKey("normal", normalGroup().schema());
        ArrayNode anyOf = json.arrayNode().add(range.schema()).add(uniform).add(normal);
        ObjectNode schema = json.objectNode();
        schema.set("anyOf", anyOf);
        return schema;
    }

    @Override
    public String toYaml(Object value) {
        Distribution distribution = (Distribution) value;
        if (distribution instanceof Distribution.Constant c) return Numbers.yaml(c.value());
        if (distribution instanceof Distribution.Uniform u) {
            return "{uniform: [" + Numbers.yaml(u.min()) + ", " + Numbers.yaml(u.max()) + "]}";
        }
        Distribution.Normal n = (Distribution.Normal) distribution;
        return "{normal: {mean: " + Numbers.yaml(n.mean()) + ", sd: " + Numbers.yaml(n.sd()) + "}}";
    }
}
