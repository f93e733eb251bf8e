package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import samen.model.Motive;
import samen.model.Motives;

/**
 * Why a partner is at the table: one motive ({@code cost}, or the seed's {@code kosten}), or a
 * mix with a weight for each ({@code {cost: 0.6, pressure: 0.4}}); each motive counts for its
 * weight's share of all the weights.
 */
record MotiveMix() implements FieldType.Leaf {

    private static final Choice MOTIVE = Choice.of(Motive.class, Motive.MARKET);
    private static final Decimal WEIGHT = Decimal.unit(0);

    @Override
    public Motives read(Node node, String path, NodeReader in) {
        if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) return mix(mapping, path, in);
        if (node instanceof ScalarNode && !NodeReader.isNull(node)) {
            Motive motive = (Motive) MOTIVE.read(node, path, in);
            return motive == null ? null : Motives.only(motive);
        }
        in.problem(node, path, Message.of("motive.expected", NodeReader.describe(node), allowed()));
        return null;
    }

    private Motives mix(MappingNode mapping, String path, NodeReader in) {
        Map<Motive, Double> weights = new EnumMap<>(Motive.class);
        boolean wrong = false;
        for (NodeTuple tuple : mapping.getValue()) {
            Motive motive = (Motive) MOTIVE.read(tuple.getKeyNode(), path, in);
            if (motive == null) {
                wrong = true;
                continue;
            }
            String weightPath = NodeReader.join(path, motive.key());
            if (weights.containsKey(motive)) {
                in.problem(tuple.getKeyNode(), weightPath, Message.of("motive.twice", motive.key(), allowed()));
                wrong = true;
                continue;
            }
            Double weight = WEIGHT.read(tuple.getValueNode(), weightPath, in);
            if (weight == null) wrong = true;
            else weights.put(motive, weight);
        }
        if (wrong) return null;
        if (weights.values().stream().allMatch(w -> w == 0)) {
            in.problem(mapping, path, Message.of("motive.no_weight", allowed()));
            return null;
        }
        return Motives.mix(weights);
    }

    @Override
    public Motives fallback() {
        return Motives.only(Motive.MARKET);
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.motive", String.join(", ", MOTIVE.keys()));
    }

    @Override
    public ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode mix = json.objectNode().put("type", "object").put("minProperties", 1);
        ObjectNode properties = mix.putObject("properties");
        MOTIVE.keys().forEach(key -> properties.set(key, WEIGHT.schema()));
        mix.put("additionalProperties", false);
        ObjectNode schema = json.objectNode();
        schema.putArray("anyOf").add(MOTIVE.schema()).add(mix);
        return schema;
    }

    @Override
    public String toYaml(Object value) {
        Motives motives = (Motives) value;
        if (motives.single() != null) return MOTIVE.toYaml(motives.single());
        StringJoiner mix = new StringJoiner(", ", "{", "}");
        motives.weights().forEach((motive, weight) -> mix.add(motive.key() + ": " + Numbers.yaml(weight)));
        return mix.toString();
    }
}
