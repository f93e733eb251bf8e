package samen.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a scenario, located so a student can go straight to it.
 *
 * @param source  the file name as given, or the override text ({@code --set trust.gain_rate=2})
 * @param line    1-based line, or 0 when the problem concerns the source as a whole
 * @param column  1-based column, or 0 with {@code line} 0
 * @param key     dotted key path ({@code trust.gain_rate}, {@code organisations.2.loyalty}), or "" when none applies
 * @param text    what is wrong, then {@code "; allowed: "} and what is allowed, in either language
 */
public record Problem(String source, int line, int column, String key, Message text) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        // A key or value echoed from a hostile file could be megabytes long: keep one line readable.
        if (key.length() > MAX_KEY) key = key.substring(0, MAX_KEY - 3) + "...";
    }

    /** A problem whose message has no translation. */
    public Problem(String source, int line, int column, String key, String message) {
        this(source, line, column, key, Message.literal(message));
    }

    static final int MAX_KEY = 200;
    static final int MAX_MESSAGE = 2000;

    /** The same problem, found in {@code source}. */
    public Problem from(String newSource, int newLine, int newColumn) {
        return new Problem(newSource, newLine, newColumn, key, text);
    }

    /** The same, told as a warning: valid, but it can never take effect. */
    public Problem warning() {
        return new Problem(source, line, column, key, Message.of("warning", text));
    }

    /** What is wrong, in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** What is wrong, in {@code locale}'s language. */
    public String message(Locale locale) {
        String message = text.in(locale);
        if (message.length() <= MAX_MESSAGE) return message;
        return message.substring(0, MAX_MESSAGE / 2) + " ... " + message.substring(message.length() - MAX_MESSAGE / 2);
    }

    /** {@code scenarios/default.yaml:12:14: trust.gain_rate: 1.5 is out of range; allowed: a number from 0 to 1}. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    /** Like {@link #format()}, the message in {@code locale}'s language; source and key stay as written. */
    public String format(Locale locale) {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) out.append(':').append(line).append(':').append(column);
        out.append(": ");
        if (!key.isEmpty()) out.append(key).append(": ");
        return out.append(message(locale)).toString();
    }
}
