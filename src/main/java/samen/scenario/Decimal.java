package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A number in a closed range, e.g. a rate in [0, 1]. */
record Decimal(double min, double max, double fallbackValue) implements FieldType.Leaf {

    Decimal {
        if (!(min <= fallbackValue && fallbackValue <= max)) throw new IllegalArgumentException("default outside range");
    }

    /** A number from 0 to 1, the range of most rates and weights. */
    static Decimal unit(double fallback) {
        return new Decimal(0, 1, fallback);
    }

    @Override
    public Double read(Node node, String path, NodeReader in) {
        BigDecimal number = in.number(node, path, false, allowed());
        if (number == null) return null;
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            in.problem(node, path, Message.of("out_of_range", NumberText.shown(((ScalarNode) node).getValue().strip()),
                    allowed(), Message.literal("")));
            return null;
        }
        return number.doubleValue();
    }

    @Override
    public Double fallback() {
        return fallbackValue;
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.number", Numbers.plain(min), Numbers.plain(max));
    }

    @Override
    public ObjectNode schema() {
        return JsonNodeFactory.instance.objectNode().put("type", "number").put("minimum", min).put("maximum", max);
    }

    @Override
    public String toYaml(Object value) {
        return Numbers.yaml((Double) value);
    }
}
