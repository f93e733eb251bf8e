package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * One of the constants of an enum, spelt in lowercase in the file ({@code dominant}, {@code explore});
 * the Dutch word of the source texts is accepted too ({@code verkennen}), see {@link DutchTerms}.
 *
 * @param dutch Dutch word (normalised) to constant
 */
record Choice(List<Enum<?>> constants, Enum<?> fallbackValue, Map<String, Enum<?>> dutch) implements FieldType.Leaf {

    static <E extends Enum<E>> Choice of(Class<E> type, E fallback) {
        return new Choice(List.of(type.getEnumConstants()), fallback, DutchTerms.of(type));
    }

    /** These choices but {@code constant}, in English and in Dutch: e.g. the kinds a mix may weigh, {@code none} left out. */
    Choice without(Enum<?> constant) {
        Map<String, Enum<?>> words = new LinkedHashMap<>(dutch);
        words.values().removeIf(constant::equals);
        return new Choice(constants.stream().filter(c -> c != constant).toList(), fallbackValue, words);
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
            Enum<?> synonym = dutch.get(DutchTerms.normalise(given));
            if (synonym != null) return synonym;
            in.problem(node, path, Message.of("choice.unknown", NumberText.shown(given), suggestion(given), allowed()));
            return null;
        }
        in.problem(node, path, Message.of("choice.expected", NodeReader.describe(node), allowed()));
        return null;
    }

    // A near-miss of an English key, or of a Dutch word (named with the key it stands for).
    private Message suggestion(String given) {
        if (Suggestions.closest(given, keys()).isPresent()) return Suggestions.didYouMean(given, keys());
        return Suggestions.closest(DutchTerms.normalise(given), dutch.keySet())
                .map(word -> Message.of("hint.dutch", key(dutch.get(word)), word))
                .orElse(Message.literal(""));
    }

    @Override
    public Enum<?> fallback() {
        return fallbackValue;
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.one_of", String.join(", ", keys()));
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
