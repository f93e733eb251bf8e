package samen.scenario;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Free text of bounded length. Any scalar counts ({@code name: 2024} is the text "2024"), so a
 * student is not punished for a name YAML happens to read as a number; where empty text is
 * allowed, nothing ({@code facilitator:}, or {@code --set collaboration.facilitator=}) is the
 * empty text.
 */
record Text(int minLength, int maxLength, String fallbackValue) implements FieldType.Leaf {

    @Override
    public String read(Node node, String path, NodeReader in) {
        if (minLength == 0 && node instanceof ScalarNode && NodeReader.isNull(node)) return "";
        if (!(node instanceof ScalarNode scalar) || NodeReader.isNull(node)) {
            in.problem(node, path, Message.of("text.expected", NodeReader.describe(node), allowed()));
            return null;
        }
        String text = scalar.getValue();
        int length = text.codePointCount(0, text.length());
        if (minLength > 0 && text.isBlank()) {
            in.problem(node, path, Message.of("text.empty", allowed()));
            return null;
        }
        if (length > maxLength) {
            in.problem(node, path, Message.of("text.long", length, allowed()));
            return null;
        }
        return text;
    }

    @Override
    public String fallback() {
        return fallbackValue;
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.text", minLength, maxLength);
    }

    @Override
    public ObjectNode schema() {
        return JsonNodeFactory.instance.objectNode().put("type", "string")
                .put("minLength", minLength).put("maxLength", maxLength);
    }

    /** Always double-quoted: a JSON string literal is a valid YAML double-quoted scalar. */
    @Override
    public String toYaml(Object value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString((String) value)) + "\"";
    }
}
