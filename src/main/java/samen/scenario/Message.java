package samen.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message to a student, kept as a key of {@code samen/scenario/messages*.properties} and its
 * arguments until it is shown, so the same problem reads in English or in Dutch ({@code --lang nl}).
 * Arguments are what the file said (keys, values, names) and stay as written; an argument that is
 * itself a message (an "allowed" text, a did-you-mean hint) is shown in the same language.
 * Placeholders are {@code {0}}, {@code {1}}, ...: nothing else in a text is special, so quotes and
 * the braces of {@code {uniform: [min, max]}} are written as they are.
 *
 * @param key  the key in the bundle, or null for a text that has no translation (from a caller
 *             outside this package, such as a damaged CSV file of a run)
 * @param args the arguments; a literal's single argument is its text
 */
public record Message(String key, List<Object> args) {

    private static final String BUNDLE = "samen.scenario.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    public Message {
        args = List.copyOf(args);
    }

    /** The message {@code key} with {@code args}. */
    public static Message of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Message(key, Arrays.asList(args));
    }

    /** A text the same in every language. */
    public static Message literal(String text) {
        return new Message(null, List.of(text));
    }

    /** The message in English, the language of files and logs. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The message in {@code locale}'s language (English for any language samen does not speak). */
    public String in(Locale locale) {
        if (key == null) return (String) args.get(0);
        Matcher m = PLACEHOLDER.matcher(template(key, locale));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object arg = args.get(Integer.parseInt(m.group(1)));
            String shown = arg instanceof Message message ? message.in(locale) : String.valueOf(arg);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        return m.appendTail(out).toString();
    }

    private static String template(String key, Locale locale) {
        // No fallback to the machine's locale: English (the base bundle) must stay English on a Dutch desktop.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
