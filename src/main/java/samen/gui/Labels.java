package samen.gui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import samen.model.Condition;
import samen.model.Event;
import samen.model.EventKind;
import samen.model.Intervention;
import samen.model.LewickiQuadrant;
import samen.model.Opportunism;
import samen.model.Outcome;
import samen.model.Phase;
import samen.output.Language;
import samen.output.Vocabulary;

/**
 * The words on screen, in English or Dutch ({@code labels.properties}, {@code labels_nl.properties});
 * the terms of the domain (phases, conditions, outcomes, quadrants, interventions, opportunism)
 * come from the one {@link Vocabulary} the summary, report and charts use, so "overeenkomen" is
 * "overeenkomen" everywhere.
 */
public final class Labels {

    private final ResourceBundle bundle;
    private final Language language;
    private final Vocabulary words;

    public Labels(Language language) {
        this.language = language;
        this.words = Vocabulary.of(language);
        // No fallback to the machine's locale: English must stay English on a Dutch desktop.
        this.bundle = ResourceBundle.getBundle("samen.gui.labels", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** The vocabulary of the domain, with its number formats. */
    public Vocabulary words() {
        return words;
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}} ... filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** True when there are words for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A phase as a heading: {@code Verkennen}, {@code Execute and renew}. */
    public String phase(Phase phase) {
        String word = words.phase(phase.key());
        return word.substring(0, 1).toUpperCase(language.locale()) + word.substring(1);
    }

    public String outcome(Outcome outcome) {
        return words.outcome(outcome.key());
    }

    public String quadrant(LewickiQuadrant quadrant) {
        return words.quadrant(quadrant.key());
    }

    public String condition(Condition condition) {
        return words.condition(condition.key());
    }

    /** An intervention type by the workbook's name: English, or the Dutch one. */
    public String intervention(Intervention type) {
        return words.intervention(type.key());
    }

    /** An opportunism kind: Wathne and Heide's English term, or the workbook's Dutch one. */
    public String opportunism(Opportunism kind) {
        return words.opportunism(kind.key());
    }

    /** One line for the strip: who did what ({@code event.<kind>} with the subject and the translated name). */
    public String event(Event e) {
        return get("event." + e.kind().key(), e.subject(), eventName(e));
    }

    private String eventName(Event e) {
        for (Phase p : Phase.values()) if (p.key().equals(e.name())) return phase(p);
        for (Intervention i : Intervention.values()) if (i.key().equals(e.name())) return intervention(i);
        for (Opportunism o : Opportunism.values()) if (o.key().equals(e.name())) return opportunism(o);
        if (e.kind() == EventKind.VOICE) return words.voice(e.name());
        return e.name().replace('_', ' ');
    }
}
