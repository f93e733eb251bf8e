package samen.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Safe YAML reading: text to snakeyaml-engine's node tree, never to objects. A scenario file can
 * come from anyone (a shared course folder), so size, aliases ("billion laughs"), nesting and
 * tags are limited before a node tree is built, and every YAML error becomes a located problem.
 */
final class YamlSource {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_CODE_POINTS = 1 << 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_COLLECTION_ALIASES = 20;

    // The YAML 1.2 core tags; anything else (!!python/object, !foo, !!binary) is refused.
    private static final Set<String> PLAIN_TAGS = Set.of("!", Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

    private YamlSource() {
    }

    /**
     * The single document in {@code text}, or empty when there is none (an empty file, only
     * comments) or when problems were reported.
     *
     * @param label the source name every node's mark carries (a file name, an override's text)
     */
    static Optional<Node> read(String text, String label, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false) // checked again, with both places named, while walking
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        int before = problems.count();
        Optional<Problem> unreadable = TextCheck.check(text, label);
        if (unreadable.isPresent()) {
            problems.add(unreadable.get());
            return Optional.empty();
        }
        try {
            checkEvents(new Parse(settings).parseString(text), problems);
            if (problems.count() > before) return Optional.empty();
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            problems.add(new SyntaxErrors(text, label).explain(e));
        } catch (YamlEngineException e) { // no mark: the limits on size and aliases, among others
            problems.add(new Problem(label, 0, 0, "", explain(e.getMessage())));
        }
        return Optional.empty();
    }

    // The event stream is flat, so nesting is measured before the (recursive) composer could overflow.
    // Aliases to lists and mappings are counted here too (the composer would refuse them as well,
    // but without saying where).
    // A list or mapping used as a key ("? [a, b]") is refused here too, where its place is known.
    private static void checkEvents(Iterable<Event> events, Problems problems) {
        int depth = 0;
        int collectionAliases = 0;
        Set<Anchor> collectionAnchors = new HashSet<>();
        Deque<boolean[]> keyNext = new ArrayDeque<>(); // per open collection: {is a mapping, next node is a key}
        for (Event event : events) {
            boolean node = event instanceof CollectionStartEvent || event instanceof ScalarEvent || event instanceof AliasEvent;
            if (node && !keyNext.isEmpty() && keyNext.peek()[0]) {
                boolean isKey = keyNext.peek()[1];
                keyNext.peek()[1] = !isKey;
                if (isKey && event instanceof CollectionStartEvent) {
                    problems.add(NodeReader.at(event.getStartMark(), "", Message.of("yaml.complex_key")));
                    return;
                }
            }
            if (event instanceof CollectionStartEvent start) {
                keyNext.push(new boolean[] {event instanceof MappingStartEvent, true});
                checkTag(start.getTag(), event, problems);
                start.getAnchor().ifPresent(collectionAnchors::add);
                if (++depth > MAX_DEPTH) {
                    problems.add(NodeReader.at(event.getStartMark(), "", Message.of("yaml.depth", MAX_DEPTH)));
                    return;
                }
            } else if (event instanceof CollectionEndEvent) {
                keyNext.pop();
                depth--;
            } else if (event instanceof ScalarEvent scalar) {
                checkTag(scalar.getTag(), event, problems);
            } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAlias())
                    && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                problems.add(NodeReader.at(event.getStartMark(), "", explain("aliases for non-scalar nodes")));
                return;
            }
        }
    }

    private static void checkTag(Optional<String> tag, Event event, Problems problems) {
        if (tag.isEmpty() || PLAIN_TAGS.contains(tag.get())) return;
        String shown = tag.get().replace(Tag.PREFIX, "!!");
        problems.add(NodeReader.at(event.getStartMark(), "", Message.of("yaml.tag", shown)));
    }

    // The errors without a mark: the limits on size and aliases (located errors: SyntaxErrors).
    private static Message explain(String message) {
        String problem = message == null ? "" : message;
        if (problem.contains("aliases for non-scalar nodes")) return Message.of("yaml.aliases", MAX_COLLECTION_ALIASES);
        if (problem.contains("exceeds the limit")) return Message.of("yaml.too_long", MAX_CODE_POINTS);
        return Message.of("yaml.error", problem);
    }
}
