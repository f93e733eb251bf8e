package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A whole number in a closed range (steps, seed, counts). 2.0 and 1e3 are whole; 2.5 is not.
 *
 * @param beyond what to do instead when a number is above {@code max} because {@code max} is a
 *               limit of the machine rather than of the model (appended to the message), or an empty text
 */
record Whole(long min, long max, long fallbackValue, Message beyond) implements FieldType.Leaf {

    Whole {
        if (!(min <= fallbackValue && fallbackValue <= max)) throw new IllegalArgumentException("default outside range");
    }

    Whole(long min, long max, long fallbackValue) {
        this(min, max, fallbackValue, Message.literal(""));
    }

    /** Any 64-bit whole number, for seeds. */
    static Whole anyLong(long fallback) {
        return new Whole(Long.MIN_VALUE, Long.MAX_VALUE, fallback);
    }

    @Override
    public Long read(Node node, String path, NodeReader in) {
        BigDecimal number = in.number(node, path, true, allowed());
        if (number == null) return null;
        String text = ((ScalarNode) node).getValue().strip();
        if (number.stripTrailingZeros().scale() > 0) {
            in.problem(node, path, Message.of("whole.fraction", NumberText.shown(text), allowed()));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            in.problem(node, path, Message.of("out_of_range", NumberText.shown(text), allowed(),
                    number.compareTo(BigDecimal.valueOf(max)) > 0 ? beyond : Message.literal("")));
            return null;
        }
        return number.longValueExact();
    }

    @Override
    public Long fallback() {
        return fallbackValue;
    }

    @Override
    public Message allowed() {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) return Message.of("allowed.long");
        return Message.of("allowed.whole", min, max);
    }

    @Override
    public ObjectNode schema() {
        return JsonNodeFactory.instance.objectNode().put("type", "integer").put("minimum", min).put("maximum", max);
    }

    @Override
    public String toYaml(Object value) {
        return Long.toString(((Number) value).longValue());
    }
}
