package samen.scenario;

import java.math.BigDecimal;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads values out of snakeyaml-engine's node tree and reports problems at the node's own mark.
 * Every node carries its source in its mark (the file, or an override's text), so a problem is
 * located the same way wherever the value came from.
 */
final class NodeReader {

    private final Problems problems;

    NodeReader(Problems problems) {
        this.problems = problems;
    }

    int problemCount() {
        return problems.count();
    }

    void problem(Node at, String path, Message message) {
        problems.add(at(at.getStartMark(), path, message));
    }

    static Problem at(Optional<Mark> mark, String path, Message message) {
        return mark.map(m -> new Problem(m.getName(), m.getLine() + 1, m.getColumn() + 1, path, message))
                .orElseGet(() -> new Problem("scenario", 0, 0, path, message));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** What the user wrote, as a message shows it after "got". */
    static Message describe(Node node) {
        if (node instanceof MappingNode) return Message.of("got.mapping");
        if (node instanceof SequenceNode) return Message.of("got.list");
        ScalarNode scalar = (ScalarNode) node;
        String shown = NumberText.shown(scalar.getValue());
        if (scalar.getTag().equals(Tag.NULL)) return Message.of("got.nothing");
        if (scalar.getTag().equals(Tag.BOOL)) return Message.of("got.bool", shown);
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) return Message.of("got.text", shown);
        return Message.of("got.plain", shown);
    }

    /**
     * A YAML number as an exact decimal, or null after reporting a problem. Only numbers YAML
     * itself calls numbers: no booleans, no quoted text, no infinities.
     *
     * @param whole   true for a whole number, which gets no hint about decimal commas
     * @param allowed the allowed-values text of the field
     */
    BigDecimal number(Node node, String path, boolean whole, Message allowed) {
        Message expected = Message.of(whole ? "kind.whole" : "kind.number");
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            Tag tag = scalar.getTag();
            Message tooBig = NumberText.tooBigMessage(text);
            if (tooBig != null && (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT))) {
                problem(node, path, Message.of("expected", expected, tooBig, allowed));
                return null;
            }
            try {
                if (tag.equals(Tag.INT)) return new BigDecimal(NumberText.integer(text));
                if (tag.equals(Tag.FLOAT)) {
                    if (text.toLowerCase(java.util.Locale.ROOT).matches("[-+]?\\.(inf|nan)")) {
                        problem(node, path, Message.of("number.infinite", text, allowed));
                        return null;
                    }
                    return NumberText.decimal(text);
                }
            } catch (NumberFormatException e) {
                // an explicit !!int or !!float on text that is no number: reported below
            }
            if (tag.equals(Tag.STR) && scalar.getScalarStyle() != ScalarStyle.PLAIN && looksNumeric(text)) {
                problem(node, path, Message.of("number.quoted", expected, describe(node), allowed));
                return null;
            }
        }
        problem(node, path, Message.of("expected.hint", expected, describe(node), whole ? Message.literal("") : hint(node), allowed));
        return null;
    }

    /** What a student most likely meant by a percentage or a decimal comma: " (write 0.5 for 50%)". */
    private static Message hint(Node node) {
        if (!(node instanceof ScalarNode scalar)) return Message.literal("");
        String text = scalar.getValue().strip();
        if (text.matches("[-+]?\\d+([.,]\\d+)?\\s*%")) {
            BigDecimal percent = new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
            return Message.of("hint.percent", percent.movePointLeft(2).stripTrailingZeros().toPlainString(), text);
        }
        if (text.matches("[-+]?\\d+,\\d+")) {
            return Message.of("hint.comma", text.replace(',', '.'));
        }
        return Message.literal("");
    }

    private static boolean looksNumeric(String text) {
        try {
            NumberText.decimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
