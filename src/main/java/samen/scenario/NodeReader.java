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

    void problem(Node at, String path, String message) {
        problems.add(at(at.getStartMark(), path, message));
    }

    static Problem at(Optional<Mark> mark, String path, String message) {
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
    static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping (keys with values below it)";
        if (node instanceof SequenceNode) return "a list";
        ScalarNode scalar = (ScalarNode) node;
        String shown = NumberText.shown(scalar.getValue());
        if (scalar.getTag().equals(Tag.NULL)) return "nothing";
        if (scalar.getTag().equals(Tag.BOOL)) return "the yes/no value " + shown;
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) return "the text \"" + shown + "\"";
        return "'" + shown + "'";
    }

    /**
     * A YAML number as an exact decimal, or null after reporting a problem. Only numbers YAML
     * itself calls numbers: no booleans, no quoted text, no infinities.
     *
     * @param expected "a number" or "a whole number", for the message
     * @param allowed  the allowed-values text of the field
     */
    BigDecimal number(Node node, String path, String expected, String allowed) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            Tag tag = scalar.getTag();
            String tooBig = NumberText.tooBig(text);
            if (tooBig != null && (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT))) {
                problem(node, path, "expected " + expected + ", got " + tooBig + "; allowed: " + allowed);
                return null;
            }
            try {
                if (tag.equals(Tag.INT)) return new BigDecimal(NumberText.integer(text));
                if (tag.equals(Tag.FLOAT)) {
                    if (text.toLowerCase(java.util.Locale.ROOT).matches("[-+]?\\.(inf|nan)")) {
                        problem(node, path, "expected a finite number, got " + text + "; allowed: " + allowed);
                        return null;
                    }
                    return NumberText.decimal(text);
                }
            } catch (NumberFormatException e) {
                // an explicit !!int or !!float on text that is no number: reported below
            }
            if (tag.equals(Tag.STR) && scalar.getScalarStyle() != ScalarStyle.PLAIN && looksNumeric(text)) {
                problem(node, path, "expected " + expected + ", got " + describe(node)
                        + " (remove the quotes); allowed: " + allowed);
                return null;
            }
        }
        problem(node, path, "expected " + expected + ", got " + describe(node)
                + (expected.contains("whole") ? "" : hint(node)) + "; allowed: " + allowed);
        return null;
    }

    /** What a student most likely meant by a percentage or a decimal comma: " (write 0.5 for 50%)". */
    private static String hint(Node node) {
        if (!(node instanceof ScalarNode scalar)) return "";
        String text = scalar.getValue().strip();
        if (text.matches("[-+]?\\d+([.,]\\d+)?\\s*%")) {
            BigDecimal percent = new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
            return " (write " + percent.movePointLeft(2).stripTrailingZeros().toPlainString() + " for " + text
                    + ": a share is a number from 0 to 1, without %)";
        }
        if (text.matches("[-+]?\\d+,\\d+")) {
            return " (write " + text.replace(',', '.') + " with a decimal point, not a comma)";
        }
        return "";
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
