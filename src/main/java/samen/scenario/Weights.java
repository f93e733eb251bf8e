package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * A mix with a weight for each of some choices ({@code {cost: 0.6, pressure: 0.4}}): each key one of the choices (or
 * its Dutch word), each weight a number from 0 to 1, none named twice, at least one above 0. The motives and the
 * kinds of resource a partner brings are both such mixes, so they read, fail and are written alike.
 *
 * @param type   the enum the choices are constants of
 * @param choice the choices a key may name
 * @param <E>    that enum
 */
record Weights<E extends Enum<E>>(Class<E> type, Choice choice) {

    private static final Decimal WEIGHT = Decimal.unit(0);

    /**
     * The weights {@code mapping} names, or null after reporting each problem at its key or weight; {@code noWeight}
     * says, at the mapping, why a mix whose weights are all 0 is wrong.
     */
    Map<E, Double> read(MappingNode mapping, String path, NodeReader in, Message allowed, Message noWeight) {
        Map<E, Double> weights = new EnumMap<>(type);
        boolean wrong = false;
        for (NodeTuple tuple : mapping.getValue()) {
            Enum<?> named = choice.read(tuple.getKeyNode(), path, in);
            if (named == null) {
                wrong = true;
                continue;
            }
            E key = type.cast(named);
            String weightPath = NodeReader.join(path, Choice.key(key));
            if (weights.containsKey(key)) {
                in.problem(tuple.getKeyNode(), weightPath, Message.of("mix.twice", Choice.key(key), allowed));
                wrong = true;
                continue;
            }
            Double weight = WEIGHT.read(tuple.getValueNode(), weightPath, in);
            if (weight == null) wrong = true;
            else weights.put(key, weight);
        }
        if (wrong) return null;
        if (weights.values().stream().allMatch(w -> w == 0)) {
            in.problem(mapping, path, noWeight);
            return null;
        }
        return weights;
    }

    /** The JSON Schema of a mix: an object with a weight for some of the choices. */
    ObjectNode schema() {
        ObjectNode mix = JsonNodeFactory.instance.objectNode().put("type", "object").put("minProperties", 1);
        ObjectNode properties = mix.putObject("properties");
        choice.keys().forEach(key -> properties.set(key, WEIGHT.schema()));
        mix.put("additionalProperties", false);
        return mix;
    }

    /** The mix as a YAML flow mapping, {@code {cost: 0.6, pressure: 0.4}}. */
    String toYaml(Map<E, Double> weights) {
        StringJoiner mix = new StringJoiner(", ", "{", "}");
        weights.forEach((key, weight) -> mix.add(Choice.key(key) + ": " + Numbers.yaml(weight)));
        return mix.toString();
    }
}
