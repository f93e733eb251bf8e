package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * One of the constants of an enum, spelt in lowercase in the file ({@code dominant}, {@code explore});
 * the Dutch word of the source texts is accepted too ({@code verkennen}), see {@link DutchTerms}.
 *
 * @param dutch Dutch word (normalised) to constant
 * @param hints a word students reach for that is none of the choices (normalised) to what to write
 *              instead: {@code legal} for a motive is {@code participation: mandated}
 */
record Choice(List<Enum<?>> constants, Enum<?> fallbackValue, Map<String, Enum<?>> dutch, Map<String, Message> hints)
        implements FieldType.Leaf {

    static <E extends Enum<E>> Choice of(Class<E> type, E fallback) {
        return new Choice(List.of(type.getEnumConstants()), fallback, DutchTerms.of(type), Map.of());
    }

    /** These choices but {@code constant}, in English and in Dutch: e.g. the kinds a mix may weigh, {@code none} left out. */
    Choice without(Enum<?> constant) {
        Map<String, Enum<?>> words = new LinkedHashMap<>(dutch);
        words.values().removeIf(constant::equals);
        return new Choice(constants.stream().filter(c -> c != constant).toList(), fallbackValue, words, hints);
    }

    /** These choices, with {@code hint} shown for each of {@code words} given where a choice belongs. */
    Choice hinting(Message hint, String... words) {
        Map<String, Message> more = new LinkedHashMap<>(hints);
        for (String word : words) more.put(DutchTerms.normalise(word), hint);
        return new Choice(constants, fallbackValue, dutch, Map.copyOf(more));
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

    // A word with a hint of its own, a near-miss of an English key, or of a Dutch word (named with the key it stands for).
    private Message suggestion(String given) {
        Message hint = hints.get(DutchTerms.normalise(given));
        if (hint != null) return hint;
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
        return Message.of("allowed.one_of", listed());
    }

    /** The keys, and in Dutch each with the seeds' word for it that the file may also use: {@code equal (gelijk)}. */
    Message listed() {
        Map<Enum<?>, String> word = new LinkedHashMap<>();
        dutch.forEach((w, constant) -> word.putIfAbsent(constant, w));
        String withDutch = constants.stream()
                .map(c -> word.containsKey(c) && !word.get(c).equals(key(c)) ? key(c) + " (" + word.get(c) + ")" : key(c))
                .collect(Collectors.joining(", "));
        return Message.of("choices", String.join(", ", keys()), withDutch);
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
