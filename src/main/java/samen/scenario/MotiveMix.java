package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import samen.model.Motive;
import samen.model.Motives;

/**
 * Why a partner is at the table: one motive ({@code cost}, or the seed's {@code kosten}), or a
 * mix with a weight for each ({@code {cost: 0.6, pressure: 0.4}}); each motive counts for its
 * weight's share of all the weights.
 */
record MotiveMix() implements FieldType.Leaf {

    // Seed 004 lists a legal obligation beside the motives, and political pressure and a moral appeal under external pressure.
    private static final Choice MOTIVE = Choice.of(Motive.class, Motive.MARKET)
            .hinting(Message.of("hint.motive.mandated"), "legal", "law", "legislation", "obligation", "obliged", "mandated",
                    "mandatory", "statutory", "wettelijk", "wet", "verplicht", "verplichting")
            .hinting(Message.of("hint.motive.pressure"), "political", "politics", "moral", "moral appeal", "politiek",
                    "moreel", "moreel appel");
    private static final Weights<Motive> WEIGHTS = new Weights<>(Motive.class, MOTIVE);

    @Override
    public Motives read(Node node, String path, NodeReader in) {
        if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) return mix(mapping, path, in);
        if (node instanceof ScalarNode && !NodeReader.isNull(node)) {
            Motive motive = (Motive) MOTIVE.read(node, path, in);
            return motive == null ? null : Motives.only(motive);
        }
        in.problem(node, path, Message.of("motive.expected", NodeReader.describe(node), allowed()));
        return null;
    }

    private Motives mix(MappingNode mapping, String path, NodeReader in) {
        Map<Motive, Double> weights = WEIGHTS.read(mapping, path, in, allowed(), Message.of("motive.no_weight", allowed()));
        return weights == null ? null : Motives.mix(weights);
    }

    @Override
    public Motives fallback() {
        return Motives.only(Motive.MARKET);
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.motive", MOTIVE.listed());
    }

    @Override
    public ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode schema = json.objectNode();
        schema.putArray("anyOf").add(MOTIVE.schema()).add(WEIGHTS.schema());
        return schema;
    }

    @Override
    public String toYaml(Object value) {
        Motives motives = (Motives) value;
        if (motives.single() != null) return MOTIVE.toYaml(motives.single());
        return WEIGHTS.toYaml(motives.weights());
    }
}
