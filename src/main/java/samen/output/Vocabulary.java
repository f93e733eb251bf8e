package samen.output;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import samen.model.Condition;
import samen.model.Intervention;
import samen.model.Leadership;
import samen.model.LewickiQuadrant;
import samen.model.Opportunism;
import samen.model.Phase;
import samen.model.Voice;

/**
 * One vocabulary for everything samen tells people (summary, report, charts, GUI), in English or
 * in the Dutch of the source texts: the phases (verkennen ... uitvoeren en vernieuwen), the five
 * condities, the outcomes (win-win, compromis, winst-verlies, verlies-verlies, ...), the
 * interventions and leadership signatures of the workbook. Where the model already names a thing
 * in Dutch, that name is used, so each has one spelling. Terms are looked up by their file key
 * ({@code win_win}, {@code explore}), so readers of old run directories can use it too. Numbers
 * are written the reader's way ({@code 0.5} or {@code 0,5}) and consistently within one text.
 */
public final class Vocabulary {

    private final Language language;
    private final ResourceBundle bundle;

    private Vocabulary(Language language) {
        this.language = language;
        // No fallback to the machine's locale: English must stay English on a Dutch desktop.
        this.bundle = ResourceBundle.getBundle("samen.output.words", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Vocabulary of(Language language) {
        return new Vocabulary(language);
    }

    public Language language() {
        return language;
    }

    private boolean dutch() {
        return language == Language.NL;
    }

    /** The text of {@code key} with {@code args} filled in; numbers among them in the reader's format. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the vocabulary has none. */
    public String textOr(String key, String fallback, Object... args) {
        try {
            return text(key, args);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public String phase(String key) {
        if (dutch()) for (Phase p : Phase.values()) if (p.key().equals(key)) return p.dutch();
        return textOr("phase." + key, words(key));
    }

    public String condition(String key) {
        if (dutch()) for (Condition c : Condition.values()) if (c.key().equals(key)) return c.dutch();
        return words(key);
    }

    /** What neglect of a condition brings (seed 003 §4), as one clause. */
    public String neglect(String conditionKey) {
        for (Condition c : Condition.values()) {
            if (c.key().equals(conditionKey)) return dutch() ? text("neglect." + conditionKey) : c.neglectDynamic();
        }
        return "";
    }

    public String outcome(String key) {
        return textOr("outcome." + key, words(key));
    }

    /** {@code gain}, {@code loss}, {@code even}: where a partner ended against going it alone. */
    public String standing(String key) {
        return textOr("standing." + key, words(key));
    }

    /** An intervention by the workbook's name: English, or the Dutch one. */
    public String intervention(String key) {
        for (Intervention i : Intervention.values()) {
            if (i.key().equals(key)) {
                if (dutch()) return i.dutch();
                int bracket = i.label().indexOf(" (");
                return bracket < 0 ? i.label() : i.label().substring(0, bracket);
            }
        }
        return words(key);
    }

    /** What an intervention needs to be carried out (its precondition), as one clause. */
    public String precondition(String key) {
        return textOr("needs." + key, text("needs.unknown"));
    }

    /** An opportunism kind: Wathne and Heide's English term, or the workbook's Dutch one. */
    public String opportunism(String key) {
        if (dutch()) for (Opportunism o : Opportunism.values()) if (o.key().equals(key)) return o.dutch();
        return words(key);
    }

    /** How a partner pushed back ({@code renegotiate}, {@code withhold}): the key, or the Dutch verb. */
    public String voice(String key) {
        for (Voice v : Voice.values()) if (v.key().equals(key)) return dutch() ? v.dutch() : words(key);
        return words(key);
    }

    public String leadership(String key) {
        if (dutch()) for (Leadership l : Leadership.values()) if (l.key().equals(key)) return l.dutch();
        return words(key);
    }

    public String quadrant(String key) {
        if (dutch()) for (LewickiQuadrant q : LewickiQuadrant.values()) if (q.key().equals(key)) return q.dutch();
        return words(key);
    }

    /** An event kind of {@code events.csv} ({@code agreement_reopened}) in words. */
    public String eventKind(String key) {
        return textOr("event." + key, words(key));
    }

    /** A power distribution ({@code equal}, {@code dominant}, ...). */
    public String power(String key) {
        return textOr("power." + key, words(key));
    }

    public String shock(String key) {
        return textOr("shock." + key, words(key));
    }

    /** Names as a list people read: {@code A, B and C} or {@code A, B en C}. */
    public String list(List<String> names) {
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + text("and") + " " + names.get(names.size() - 1);
    }

    /**
     * A share as a signed percentage, {@code +8.4%} or {@code +8,4%}; never {@code -0.0%}: what
     * rounds to zero is written without a sign.
     */
    public String signedPercent(double share, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        double rounded = Math.round(share * 100 * Math.pow(10, decimals)) / Math.pow(10, decimals);
        if (rounded == 0) return f.format(0.0) + "%";
        return (rounded > 0 ? "+" : "") + f.format(rounded) + "%";
    }

    /** A number with {@code decimals} decimals, in the reader's format. */
    public String number(double x, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        double rounded = Math.round(x * Math.pow(10, decimals)) / Math.pow(10, decimals);
        return f.format(rounded == 0 ? 0.0 : rounded);
    }

    private static String words(String key) {
        return key.replace('_', ' ');
    }
}
