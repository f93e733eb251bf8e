package samen.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A mapping with known keys ({@code trust:}, an organisation, the file itself). Reading one
 * checks every key (unknown, duplicate, missing) and every value, and fills in defaults.
 *
 * @param binding builds the result from the values by key; null for a group only read for its values
 */
record Group(List<Field> fields, Binding binding) implements FieldType {

    Group {
        fields = List.copyOf(fields);
    }

    static Group of(Class<? extends Record> type, Field... fields) {
        return new Group(List.of(fields), new RecordBinding(type, List.of(fields)));
    }

    List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }

    Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    @Override
    public Object read(Node node, String path, NodeReader in) {
        Map<String, Object> values = readValues(node, path, in);
        return values == null ? null : binding.build(values);
    }

    /** The checked values by key, defaults filled in, in field order; null when anything is wrong. */
    Map<String, Object> readValues(Node node, String path, NodeReader in) {
        int before = in.problemCount();
        Map<String, Object> values = readValid(node, path, in);
        return in.problemCount() == before ? values : null;
    }

    /**
     * The values that are valid, by key, defaults filled in for keys not given, in field order,
     * reporting the others; so checks between parts of a file can run in the same pass as the
     * checks of each value. Null when the node is not a mapping.
     */
    Map<String, Object> readValid(Node node, String path, NodeReader in) {
        Map<String, Object> given = new HashMap<>();
        Map<String, Node> seen = new HashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                readEntry(tuple, path, in, seen, given);
            }
        } else if (!NodeReader.isNull(node)) { // `trust:` with nothing below it means: all defaults
            in.problem(node, path, Message.of("group.expected", NodeReader.describe(node), String.join(", ", keys())));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            if (given.containsKey(field.key())) {
                values.put(field.key(), given.get(field.key()));
            } else if (field.required() && !seen.containsKey(field.key())) {
                in.problem(node, NodeReader.join(path, field.key()), Message.of("group.missing", field.type().allowed()));
            } else if (!seen.containsKey(field.key())) {
                values.put(field.key(), field.type().fallback());
            }
        }
        return values;
    }

    private void readEntry(NodeTuple tuple, String path, NodeReader in, Map<String, Node> seen, Map<String, Object> given) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar) || NodeReader.isNull(keyNode)) {
            in.problem(keyNode, path, Message.of("group.key_not_word", NodeReader.describe(keyNode), String.join(", ", keys())));
            return;
        }
        String key = scalar.getValue();
        String keyPath = NodeReader.join(path, key);
        Node first = seen.putIfAbsent(key, keyNode);
        if (first != null) {
            in.problem(keyNode, keyPath, Message.of("group.duplicate", key, where(first, keyNode)));
            return;
        }
        Optional<Field> field = field(key);
        if (field.isEmpty()) {
            Message hint = key.matches("\\d+") ? Message.of("hint.split_comma") : Suggestions.didYouMean(key, keys());
            in.problem(keyNode, keyPath, Message.of("group.unknown", key, hint, String.join(", ", keys())));
            return;
        }
        Object value = field.get().type().read(tuple.getValueNode(), keyPath, in);
        if (value != null) given.put(key, value);
    }

    private static Message where(Node first, Node again) {
        return first.getStartMark().map(m -> {
            boolean sameSource = again.getStartMark().map(a -> a.getName().equals(m.getName())).orElse(false);
            return sameSource ? Message.of("where.line", m.getLine() + 1) : Message.of("where.source", m.getName(), m.getLine() + 1);
        }).orElse(Message.of("where.before"));
    }

    @Override
    public Object fallback() {
        if (binding == null || fields.stream().anyMatch(Field::required)) return null;
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.key(), f.type().fallback()));
        return binding.build(values);
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.group", String.join(", ", keys()));
    }

    @Override
    public ObjectNode schema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (Field field : fields) {
            properties.set(field.key(), ScenarioSchema.describe(field));
        }
        ArrayNode required = JsonNodeFactory.instance.arrayNode();
        fields.stream().filter(Field::required).forEach(f -> required.add(f.key()));
        if (!required.isEmpty()) schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }
}
