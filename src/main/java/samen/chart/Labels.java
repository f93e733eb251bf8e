package samen.chart;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import samen.model.LewickiQuadrant;
import samen.output.Language;
import samen.output.Vocabulary;

/**
 * The words on charts and in the report, in English or Dutch, from {@code samen/chart/labels*.properties}.
 * The terms of the domain (outcomes, standings, phases, conditions, event kinds) come from the one
 * {@link Vocabulary} that the run summary and the GUI use too, so there is one spelling of each.
 */
public final class Labels {

    /** The languages there are, as {@code --lang} takes them. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Vocabulary words;

    private Labels(Locale locale) {
        this.locale = locale;
        this.words = Vocabulary.of(Language.of(locale.getLanguage()));
        // No fallback to the JVM's default locale: --lang en must be English on a Dutch desktop too.
        this.bundle = ResourceBundle.getBundle("samen.chart.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param lang {@code en} or {@code nl}
     * @throws IllegalArgumentException for any other language
     */
    public static Labels forLanguage(String lang) {
        return switch (lang) {
            case "en" -> new Labels(Locale.ENGLISH);
            case "nl" -> new Labels(Locale.forLanguageTag("nl"));
            default -> throw new IllegalArgumentException("unknown language '" + lang + "'; allowed: "
                    + String.join(", ", LANGUAGES));
        };
    }

    public static Labels english() {
        return forLanguage("en");
    }

    /** {@code en} or {@code nl}. */
    public String lang() {
        return locale.getLanguage();
    }

    Locale locale() {
        return locale;
    }

    /** Numbers as the reader writes them: {@code 0.5} in English, {@code 0,5} in Dutch. */
    public NumberFormat numbers() {
        return NumberFormat.getNumberInstance(locale);
    }

    /** A number with up to four significant digits, as the reader writes it: {@code 0.1667} or {@code 0,1667}. */
    public String number(double x) {
        String plain = Levels.format(x);
        return "nl".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** The text of {@code key} with {@code args} filled in ({@link MessageFormat}). */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when there is none. */
    public String getOr(String key, String fallback) {
        try {
            return get(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** The vocabulary of the domain in this language, and its number formats. */
    public Vocabulary words() {
        return words;
    }

    /** An outcome key ({@code win_win}) as a reader says it ({@code win-win}). */
    public String outcome(String key) {
        return words.outcome(key);
    }

    public String standing(String key) {
        return words.standing(key);
    }

    public String phase(String key) {
        return words.phase(key);
    }

    public String quadrant(String key) {
        for (LewickiQuadrant q : LewickiQuadrant.values()) {
            if (q.key().equals(key)) return get("quadrant." + key, q.dutch());
        }
        return key;
    }

    public String condition(String key) {
        return words.condition(key);
    }

    public String event(String kind) {
        return words.eventKind(kind);
    }
}
