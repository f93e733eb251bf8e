package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** One of the constants of an enum, spelt in lowercase in the file ({@code dominant}, {@code explore}). */
record Choice(List<Enum<?>> constants, Enum<?> fallbackValue) implements FieldType.Leaf {

    static <E extends Enum<E>> Choice of(Class<E> type, E fallback) {
        return new Choice(List.of(type.getEnumConstants()), fallback);
    }

    static String key(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    List<String> keys() {
        return constants.stream().map(Choice::key).toList();
    }

    @Override
    public Enum<?> read(Node node, String path, NodeReader in) {
        if (node instanceof ScalarNode scalar && !NodeReader.isNull(node)) {
            String given = scalar.getValue().strip();
            for (Enum<?> constant : constants) {
                if (key(constant).equalsIgnoreCase(given)) return constant;
            }
            in.problem(node, path, "'" + NumberText.shown(given) + "' is not one of the choices"
                    + Suggestions.didYouMean(given, keys()) + "; allowed: " + allowed());
            return null;
        }
        in.problem(node, path, "expected one of the choices, got " + NodeReader.describe(node) + "; allowed: " + allowed());
        return null;
    }

    @Override
    public Enum<?> fallback() {
        return fallbackValue;
    }

    @Override
    public String allowed() {
        return "one of " + String.join(", ", keys());
    }

    @Override
    public ObjectNode schema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "string");
        keys().forEach(schema.putArray("enum")::add);
        return schema;
    }

    @Override
    public String toYaml(Object value) {
        return key((Enum<?>) value);
    }
}
