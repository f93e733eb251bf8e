package samen.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * {@code --set key.path=value} overrides, grafted onto the file's node tree before it is checked,
 * so an override is validated exactly like the file. Values are YAML ({@code steps=50},
 * {@code power.distribution=dominant}, {@code organisations.loyalty={uniform: [0.4, 0.8]}}).
 * Nodes made here carry marks naming the override's text, so problems point into it.
 *
 * <p>List items are picked by number from 1 ({@code organisations.2.loyalty}, as problems number
 * them), by the organisation's name ({@code organisations.Municipality.loyalty}), or all at once by
 * {@code *} ({@code organisations.*.loyalty}, which also works on a generated population).
 */
final class Overrides {

    private static final String OPTION = "--set ";
    /** A list index standing for every item: {@code organisations.*.loyalty=0.3}. */
    static final String EVERY = "*";

    private Overrides() {
    }

    static void apply(MappingNode root, List<String> overrides, Problems problems) {
        for (String override : overrides) {
            // The CLI passes the text after --set; accept the whole option too.
            String body = override.startsWith(OPTION) || override.startsWith("--set=") ? override.substring(OPTION.length()) : override;
            String source = OPTION + body;
            apply(root, source, OPTION.length(), body, problems);
        }
    }

    /**
     * The value {@code key} addresses, as one path: list items by number and stripped of spaces, so
     * {@code organisations.Municipality.loyalty} and {@code organisations.1.loyalty} give the same
     * text. Null when it addresses nothing. {@code root} is changed: pass a copy.
     */
    static String canonical(MappingNode root, String key, Problems problems) {
        String override = key + "=0";
        return apply(root, OPTION + override, OPTION.length(), override, problems);
    }

    /**
     * @param offset where {@code override} starts within {@code source}
     * @return the canonical path it set (see {@link #canonical}), or null after a problem
     */
    private static String apply(MappingNode root, String source, int offset, String override, Problems problems) {
        int equals = override.indexOf('=');
        String keyText = equals < 0 ? "" : override.substring(0, equals);
        if (keyText.isBlank()) {
            problems.add(new Problem(source, 1, offset + 1, "", Message.of("set.form")));
            return null;
        }
        int valueColumn = offset + equals + 1;
        String padded = " ".repeat(valueColumn) + override.substring(equals + 1); // so marks give the column in `source`
        int before = problems.count();
        Optional<Node> parsed = YamlSource.read(padded, source, problems);
        if (problems.count() > before) return null;
        Node value = parsed.orElseGet(() -> nullNode(mark(source, valueColumn)));

        return walk(root, keyText.split("\\.", -1), 0, "", offset, keyText, value, source, problems);
    }

    /**
     * Follows the key path from {@code segments[i]} on, starting at {@code current}, and puts
     * {@code value} at its end. {@code *} on a list goes on into every item, each getting its own
     * copy of the value; on a generated population (which sets every partner at once) it is skipped.
     *
     * @return the canonical path (see {@link #canonical}; {@code *} on a list stays {@code *}), or
     *         null after a problem
     */
    private static String walk(Node start, String[] segments, int from, String startPath, int startColumn, String keyText,
                             Node value, String source, Problems problems) {
        Node current = start;
        String path = startPath;
        int column = startColumn;
        for (int i = from; i < segments.length; i++) {
            String segment = segments[i].strip();
            Mark at = mark(source, column + segments[i].indexOf(segment));
            boolean last = i == segments.length - 1;
            if (segment.isEmpty()) {
                problems.add(problem(at, keyText, Message.of("set.empty_part")));
                return null;
            }
            if (segment.equals(EVERY)) {
                if (last) {
                    problems.add(problem(at, NodeReader.join(path, segment), Message.of("set.every_last")));
                    return null;
                }
                int next = column + segments[i].length() + 1;
                if (current instanceof SequenceNode sequence) {
                    List<Node> items = sequence.getValue();
                    String first = null;
                    for (int k = 0; k < items.size(); k++) {
                        String item = NodeReader.join(path, Integer.toString(k + 1));
                        String set = walk(items.get(k), segments, i + 1, item, next, keyText,
                                k == 0 ? value : NodeCopy.of(value), source, problems);
                        if (set == null) return null;
                        if (k == 0) first = NodeReader.join(path, EVERY) + set.substring(item.length());
                    }
                    return first;
                }
                if (current instanceof MappingNode mapping && find(mapping, Population.COUNT) != null) {
                    column = next;
                    continue;
                }
                problems.add(problem(at, NodeReader.join(path, segment), Message.of("set.every_not_list", shown(path))));
                return null;
            }
            if (current instanceof MappingNode mapping) {
                if (segment.chars().allMatch(Character::isDigit) && find(mapping, segment) == null) {
                    problems.add(problem(at, NodeReader.join(path, segment), Message.of("set.not_list", shown(path), segment)));
                    return null;
                }
                current = step(mapping, segment, at, last ? value : null);
            } else if (current instanceof SequenceNode sequence) {
                int index = index(sequence, segment);
                if (index < 0) {
                    problems.add(problem(at, NodeReader.join(path, segment),
                            Message.of("set.no_item", segment, path, sequence.getValue().size())));
                    return null;
                }
                segment = Integer.toString(index + 1);
                if (last) sequence.getValue().set(index, value);
                current = sequence.getValue().get(index);
            } else {
                problems.add(problem(at, NodeReader.join(path, segment), Message.of("set.scalar", path, segment)));
                return null;
            }
            path = NodeReader.join(path, segment);
            column += segments[i].length() + 1;
        }
        return path;
    }

    /** The value under {@code key}, made (as an empty mapping, or {@code value} when given) if absent. */
    private static Node step(MappingNode mapping, String key, Mark at, Node value) {
        NodeTuple existing = find(mapping, key);
        boolean replace = value != null || existing == null || NodeReader.isNull(existing.getValueNode());
        if (!replace) return existing.getValueNode();
        Node next = value != null ? value
                : new MappingNode(Tag.MAP, true, new ArrayList<>(), FlowStyle.BLOCK, Optional.of(at), Optional.of(at));
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        if (existing == null) {
            tuples.add(new NodeTuple(new ScalarNode(Tag.STR, true, key, ScalarStyle.PLAIN, Optional.of(at), Optional.of(at)), next));
        } else {
            tuples.set(tuples.indexOf(existing), new NodeTuple(existing.getKeyNode(), next));
        }
        mapping.setValue(tuples);
        return next;
    }

    // The first one: a later duplicate is reported and ignored when the file is checked.
    private static NodeTuple find(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return tuple;
        }
        return null;
    }

    private static int index(SequenceNode sequence, String segment) {
        List<Node> items = sequence.getValue();
        if (segment.chars().allMatch(Character::isDigit)) {
            int number = segment.length() > 6 ? -1 : Integer.parseInt(segment);
            return number >= 1 && number <= items.size() ? number - 1 : -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MappingNode item) {
                NodeTuple name = find(item, "name");
                if (name != null && name.getValueNode() instanceof ScalarNode s && s.getValue().strip().equalsIgnoreCase(segment)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Problem problem(Mark at, String key, Message message) {
        return NodeReader.at(Optional.of(at), key, message);
    }

    // A key path as messages name it; the root has no path.
    private static Object shown(String path) {
        return path.isEmpty() ? Message.of("set.top_level") : path;
    }

    private static Mark mark(String source, int column) {
        return new Mark(source, column, 0, column, source.codePoints().toArray(), column);
    }

    private static Node nullNode(Mark at) {
        return new ScalarNode(Tag.NULL, true, "", ScalarStyle.PLAIN, Optional.of(at), Optional.of(at));
    }
}
