package samen.gui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import samen.model.LewickiQuadrant;
import samen.model.Outcome;
import samen.model.Phase;

/**
 * The words on screen, in English or Dutch ({@code labels.properties}, {@code labels_nl.properties}).
 * Dutch uses the seed texts' own terms (samenwerking, vertrouwen, waakzaamheid, verkennen, delen ...).
 */
public final class Labels {

    /** The languages {@code samen gui --lang} accepts. */
    public enum Language {
        EN(Locale.ENGLISH), NL(Locale.forLanguageTag("nl"));

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    private final ResourceBundle bundle;
    private final Locale locale;

    public Labels(Language language) {
        this.locale = language.locale;
        // ROOT fallback so a Dutch or English default locale of the machine never leaks in.
        this.bundle = ResourceBundle.getBundle("samen.gui.labels", language.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}} ... filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String phase(Phase phase) {
        return get("phase." + phase.key());
    }

    public String outcome(Outcome outcome) {
        return get("outcome." + outcome.key());
    }

    public String quadrant(LewickiQuadrant quadrant) {
        return get("quadrant." + quadrant.key());
    }
}
