package samen.workshop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import samen.model.Intervention;

/**
 * Turns a page's text into a {@link Message}, or refuses it with a reason the sender can read:
 * JSON objects of at most {@link #MAX_CHARS} characters, with exactly the fields of their type,
 * each of the right kind and in range. Nothing in a message is used as a file name.
 */
public final class Messages {

    /** Longest message accepted; the longest real one is under 300 characters. */
    public static final int MAX_CHARS = 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Messages() {
    }

    public static Message parse(String text) throws Refused {
        if (text == null || text.isEmpty()) throw new Refused("empty message");
        if (text.length() > MAX_CHARS) {
            throw new Refused("message too long (" + text.length() + " characters; allowed: at most " + MAX_CHARS + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Refused("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new Refused("not a JSON object");
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) throw new Refused("type: missing; allowed: join, rejoin, decide, ask, start, pause, next, intervene");
        Fields f = new Fields(root);
        return switch (type.asText()) {
            case "join" -> {
                f.only("type", "seat");
                yield new Message.Join(f.whole("seat", 1, 1000));
            }
            case "rejoin" -> {
                f.only("type", "token");
                yield new Message.Rejoin(f.token("token"));
            }
            case "decide" -> {
                f.only("type", "seq", "seat", "round", "bring", "act", "attend", "constituency", "stay");
                yield new Message.Decide(f.seq(), f.whole("seat", 1, 1000), f.whole("round", 1, 1_000_000),
                        new Choice(f.whole("bring", 0, 100), f.choice("act", Act.values()),
                                f.choice("attend", Attend.values()), f.choice("constituency", Answer.values()),
                                f.bool("stay")));
            }
            case "ask" -> {
                f.only("type", "seq", "seat", "intervention");
                yield new Message.Ask(f.seq(), f.whole("seat", 1, 1000), f.choice("intervention", Intervention.values()));
            }
            case "start", "pause", "next" -> {
                f.only("type", "seq");
                yield new Message.Control(f.seq(), Message.Command.valueOf(type.asText().toUpperCase(Locale.ROOT)));
            }
            case "intervene" -> {
                f.only("type", "seq", "intervention");
                yield new Message.Intervene(f.seq(), f.choice("intervention", Intervention.values()));
            }
            default -> throw new Refused("type: unknown '" + shorten(type.asText())
                    + "'; allowed: join, rejoin, decide, ask, start, pause, next, intervene");
        };
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** The fields of one message, each checked as it is read. */
    private record Fields(JsonNode root) {

        void only(String... names) throws Refused {
            Set<String> allowed = Set.of(names);
            List<String> missing = new ArrayList<>();
            for (String n : names) if (!root.has(n)) missing.add(n);
            if (!missing.isEmpty()) throw new Refused("missing " + String.join(", ", missing));
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String n = it.next();
                if (!allowed.contains(n)) throw new Refused(shorten(n) + ": unknown field; allowed: " + String.join(", ", names));
            }
        }

        int whole(String name, int min, int max) throws Refused {
            JsonNode v = root.get(name);
            if (v.isIntegralNumber() && v.canConvertToLong() && v.asLong() >= min && v.asLong() <= max) return v.asInt();
            throw new Refused(name + ": " + shorten(v.toString()) + " is not allowed; allowed: a whole number from " + min + " to " + max);
        }

        long seq() throws Refused {
            JsonNode v = root.get("seq");
            if (v.isIntegralNumber() && v.canConvertToLong() && v.asLong() >= 1 && v.asLong() <= Long.MAX_VALUE / 2) return v.asLong();
            throw new Refused("seq: " + shorten(v.toString()) + " is not allowed; allowed: a whole number from 1, higher than the last");
        }

        boolean bool(String name) throws Refused {
            JsonNode v = root.get(name);
            if (v.isBoolean()) return v.asBoolean();
            throw new Refused(name + ": " + shorten(v.toString()) + " is not allowed; allowed: true, false");
        }

        String token(String name) throws Refused {
            JsonNode v = root.get(name);
            if (v.isTextual() && Tokens.wellFormed(v.asText(), 64)) return v.asText();
            throw new Refused(name + ": not a seat code; allowed: the code the seat was given");
        }

        <E extends Enum<E>> E choice(String name, E[] values) throws Refused {
            JsonNode v = root.get(name);
            List<String> keys = new ArrayList<>();
            for (E e : values) {
                String key = e.name().toLowerCase(Locale.ROOT);
                if (v.isTextual() && v.asText().equals(key)) return e;
                keys.add(key);
            }
            throw new Refused(name + ": " + shorten(v.toString()) + " is not allowed; allowed: " + String.join(", ", keys));
        }
    }
}
