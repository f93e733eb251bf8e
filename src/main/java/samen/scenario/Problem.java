package samen.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario, located so a student can go straight to it.
 *
 * @param source  the file name as given, or the override text ({@code --set trust.gain_rate=2})
 * @param line    1-based line, or 0 when the problem concerns the source as a whole
 * @param column  1-based column, or 0 with {@code line} 0
 * @param key     dotted key path ({@code trust.gain_rate}, {@code organisations.2.loyalty}), or "" when none applies
 * @param message what is wrong, then {@code "; allowed: "} and what is allowed
 */
public record Problem(String source, int line, int column, String key, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        // A key or value echoed from a hostile file could be megabytes long: keep one line readable.
        if (key.length() > MAX_KEY) key = key.substring(0, MAX_KEY - 3) + "...";
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE / 2) + " ... " + message.substring(message.length() - MAX_MESSAGE / 2);
        }
    }

    static final int MAX_KEY = 200;
    static final int MAX_MESSAGE = 2000;

    /** {@code scenarios/default.yaml:12:14: trust.gain_rate: 1.5 is out of range; allowed: a number from 0 to 1}. */
    public String format() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) text.append(':').append(line).append(':').append(column);
        text.append(": ");
        if (!key.isEmpty()) text.append(key).append(": ");
        return text.append(message).toString();
    }
}
