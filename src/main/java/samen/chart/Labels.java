package samen.chart;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import samen.model.Condition;
import samen.model.LewickiQuadrant;
import samen.model.Phase;

/**
 * The words on charts and in the report, in English or Dutch, from {@code samen/chart/labels*.properties}.
 * Dutch names that the model already knows (phases, Lewicki quadrants, conditions) come from the model, so there
 * is one spelling of each.
 */
public final class Labels {

    /** The languages there are, as {@code --lang} takes them. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
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

    /** An outcome key ({@code win_win}) as a reader says it ({@code win-win}). */
    public String outcome(String key) {
        return getOr("outcome." + key, key);
    }

    public String standing(String key) {
        return getOr("standing." + key, key);
    }

    public String phase(String key) {
        if (isDutch()) {
            for (Phase p : Phase.values()) if (p.key().equals(key)) return p.dutch();
        }
        return getOr("phase." + key, key);
    }

    public String quadrant(String key) {
        for (LewickiQuadrant q : LewickiQuadrant.values()) {
            if (q.key().equals(key)) return get("quadrant." + key, q.dutch());
        }
        return key;
    }

    public String condition(String key) {
        if (isDutch()) {
            for (Condition c : Condition.values()) if (c.key().equals(key)) return c.dutch();
        }
        return getOr("condition." + key, key);
    }

    public String event(String kind) {
        return getOr("event." + kind, kind.replace('_', ' '));
    }

    private boolean isDutch() {
        return "nl".equals(locale.getLanguage());
    }
}
