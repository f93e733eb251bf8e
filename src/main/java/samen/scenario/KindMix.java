package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import samen.model.Resource;
import samen.model.ResourceMix;

/**
 * What a partner brings: one kind of resource ({@code knowledge}, or the seed's {@code kennis}); a mix with a weight
 * for each kind ({@code {production: 0.6, knowledge: 0.4}}), its capacity split over them by share, as a motive mix
 * is read ({@link Weights}); or {@code {one_of: [finance, knowledge]}}, of which the model draws one kind with equal
 * chance when the run starts, as {@link Varying} draws a number. A draw is of single kinds, so {@code one_of} does not
 * stand beside weights. Read as the list of what may be drawn; {@code none} reads as the empty list, so a partner that
 * names nothing is told apart from one that names something.
 */
record KindMix() implements FieldType.Leaf {

    static final String ONE_OF = "one_of";
    private static final Choice KIND = Choice.of(Resource.class, Resource.NONE);
    /** A mix weighs kinds: {@code none} names none, so it takes no weight. */
    private static final Weights<Resource> WEIGHTS = new Weights<>(Resource.class, KIND.without(Resource.NONE));

    @Override
    public List<ResourceMix> read(Node node, String path, NodeReader in) {
        if (node instanceof ScalarNode && !NodeReader.isNull(node)) {
            Resource kind = (Resource) KIND.read(node, path, in);
            return kind == null ? null : named(List.of(ResourceMix.only(kind)));
        }
        if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(ONE_OF)) {
                    if (mapping.getValue().size() == 1) return drawn(tuple.getValueNode(), NodeReader.join(path, ONE_OF), in);
                    in.problem(key, NodeReader.join(path, ONE_OF), Message.of("brings.mixed", allowed()));
                    return null;
                }
            }
            NodeTuple only = mapping.getValue().get(0);
            // One key over a list is a draw whose key is misspelt ({one_off: [..]}), not a mix.
            if (mapping.getValue().size() == 1 && only.getValueNode() instanceof SequenceNode
                    && only.getKeyNode() instanceof ScalarNode key) {
                in.problem(key, NodeReader.join(path, key.getValue()),
                        Message.of("brings.unknown", key.getValue(), Suggestions.didYouMean(key.getValue(), List.of(ONE_OF)), allowed()));
                return null;
            }
            Map<Resource, Double> weights = WEIGHTS.read(mapping, path, in, allowed(), Message.of("brings.no_weight", allowed()));
            return weights == null ? null : List.of(ResourceMix.mix(weights));
        }
        in.problem(node, path, Message.of("brings.expected", NodeReader.describe(node), allowed()));
        return null;
    }

    /** The kinds of {@code one_of}'s list, one of which the run draws. */
    private List<ResourceMix> drawn(Node list, String listPath, NodeReader in) {
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            in.problem(list, listPath, Message.of("brings.expected", NodeReader.describe(list), allowed()));
            return null;
        }
        List<ResourceMix> options = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Resource kind = (Resource) KIND.read(sequence.getValue().get(i), NodeReader.join(listPath, Integer.toString(i + 1)), in);
            if (kind == null) return null;
            options.add(ResourceMix.only(kind));
        }
        return named(options);
    }

    // None alone names nothing: the empty list.
    private static List<ResourceMix> named(List<ResourceMix> options) {
        return options.equals(List.of(ResourceMix.NONE)) ? List.of() : List.copyOf(options);
    }

    @Override
    public List<ResourceMix> fallback() {
        return List.of();
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.brings", KIND.listed());
    }

    @Override
    public ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode drawn = FieldType.onlyKey(ONE_OF, json.objectNode().put("type", "array").put("minItems", 1).set("items", KIND.schema()));
        ObjectNode schema = json.objectNode();
        schema.putArray("anyOf").add(KIND.schema()).add(WEIGHTS.schema()).add(drawn);
        return schema;
    }

    @Override
    public String toYaml(Object value) {
        List<?> options = (List<?>) value;
        if (options.isEmpty()) return KIND.toYaml(Resource.NONE);
        if (options.size() == 1) {
            ResourceMix only = (ResourceMix) options.get(0);
            return only.single() != null ? KIND.toYaml(only.single()) : WEIGHTS.toYaml(only.weights());
        }
        StringJoiner list = new StringJoiner(", ", "{" + ONE_OF + ": [", "]}");
        options.forEach(o -> list.add(KIND.toYaml(((ResourceMix) o).named() ? ((ResourceMix) o).single() : Resource.NONE)));
        return list.toString();
    }
}
