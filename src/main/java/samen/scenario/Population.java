package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The partners: either an explicit list of members, each with a unique name, or a generated
 * population (a mapping with {@code count} and the member's attributes, names "Partner 1" ..).
 * Both read into the same list of members, so the rest of the program sees one shape.
 *
 * @param member    a member of the list form; its first field is the name
 * @param generated the generated form: {@code count} plus the member's fields except the name
 */
record Population(Group member, Group generated, int min, int max) implements FieldType {

    static final String COUNT = "count";

    /**
     * Most partners a scenario can have: with most of them in the ring or the free space, a step
     * costs O(n·k) for k contacts per partner (issue #11, item 10; measured up to 2,048 by
     * {@code samen bench}).
     */
    static final int MAX = 4_096;
    /**
     * Most partners in the core, where every partner meets every other at each step and
     * relations.csv has a row per pair: at 1,000 partners a step takes about a second and the file
     * 60 MB; at 10,000 a single step took minutes and gigabytes (issue #15).
     */
    static final int MAX_CORE = 1_000;

    /** Why there is a maximum, and what to do instead. */
    static final Message LIMIT = Message.of("population.limit");

    static Population of(Group member, int min, int max) {
        List<Field> fields = Stream.concat(
                Stream.of(Field.required(COUNT, new Whole(min, max, min, LIMIT), "how many partners to generate")),
                member.fields().stream().skip(1)).toList();
        return new Population(member, new Group(fields, null), min, max);
    }

    private String nameKey() {
        return member.fields().get(0).key();
    }

    /** The name of the i-th generated member (1-based). */
    static String generatedName(int i) {
        return "Partner " + i;
    }

    @Override
    public List<Object> read(Node node, String path, NodeReader in) {
        if (node instanceof SequenceNode sequence) return readList(sequence, path, in);
        if (node instanceof MappingNode) return readGenerated(node, path, in);
        in.problem(node, path, Message.of("population.expected", NodeReader.describe(node), allowed()));
        return null;
    }

    private List<Object> readList(SequenceNode sequence, String path, NodeReader in) {
        int before = in.problemCount();
        List<Node> items = sequence.getValue();
        if (items.size() < min || items.size() > max) {
            in.problem(sequence, path, Message.of(items.size() == 1 ? "population.count.one" : "population.count", items.size(),
                    min, max, items.size() > max ? LIMIT : Message.literal("")));
        }
        List<Object> members = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = NodeReader.join(path, Integer.toString(i + 1)); // numbered from 1, like "Partner 1"
            members.add(member.read(items.get(i), itemPath, in));
            ScalarNode name = nameNode(items.get(i));
            if (name == null) continue;
            Node first = names.putIfAbsent(name.getValue().strip(), name);
            if (first != null) {
                in.problem(name, NodeReader.join(itemPath, nameKey()), Message.of("population.duplicate", name.getValue(),
                        first.getStartMark().map(m -> m.getLine() + 1).orElse(0)));
            }
        }
        return in.problemCount() == before ? members : null;
    }

    private ScalarNode nameNode(Node item) {
        if (!(item instanceof MappingNode mapping)) return null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(nameKey())
                    && tuple.getValueNode() instanceof ScalarNode value && !NodeReader.isNull(value)) {
                return value;
            }
        }
        return null;
    }

    private List<Object> readGenerated(Node node, String path, NodeReader in) {
        Map<String, Object> values = generated.readValues(node, path, in);
        if (values == null) return null;
        int count = ((Long) values.remove(COUNT)).intValue();
        List<Object> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(nameKey(), generatedName(i));
            one.putAll(values);
            members.add(member.binding().build(one));
        }
        return members;
    }

    @Override
    public Object fallback() {
        return null;
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.population", min, max, nameKey(), COUNT);
    }

    @Override
    public ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode list = json.objectNode().put("type", "array").put("minItems", min).put("maxItems", max);
        list.set("items", member.schema());
        ObjectNode schema = json.objectNode();
        schema.putArray("anyOf").add(list).add(generated.schema());
        return schema;
    }
}
