package samen.gui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import samen.model.Condition;
import samen.model.Event;
import samen.model.Intervention;
import samen.model.LewickiQuadrant;
import samen.model.Opportunism;
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

    public String condition(Condition condition) {
        return get("condition." + condition.key());
    }

    /** An intervention type by the workbook's name: English, or its Dutch name in brackets there. */
    public String intervention(Intervention type) {
        if (locale.getLanguage().equals("nl")) return type.dutch();
        String label = type.label();
        int bracket = label.indexOf(" (");
        return bracket < 0 ? label : label.substring(0, bracket);
    }

    /** An opportunism kind: Wathne and Heide's English term, or the workbook's Dutch one. */
    public String opportunism(Opportunism kind) {
        return locale.getLanguage().equals("nl") ? kind.dutch() : kind.key().replace('_', ' ');
    }

    /** One line for the strip: who did what ({@code event.<kind>} with the subject and the translated name). */
    public String event(Event e) {
        return get("event." + e.kind().key(), e.subject(), eventName(e));
    }

    private String eventName(Event e) {
        for (Phase p : Phase.values()) if (p.key().equals(e.name())) return phase(p);
        for (Intervention i : Intervention.values()) if (i.key().equals(e.name())) return intervention(i);
        for (Opportunism o : Opportunism.values()) if (o.key().equals(e.name())) return opportunism(o);
        return e.name().replace('_', ' ');
    }
}
