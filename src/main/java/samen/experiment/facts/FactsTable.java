package samen.experiment.facts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The facts as a text table for the terminal, in English or Dutch ({@code facts*.properties}): each
 * fact's claim, effect, statistic, p, Holm-adjusted p and verdict.
 */
public final class FactsTable {

    /** The languages there are, as {@code --lang} takes them. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    private final ResourceBundle bundle;
    private final Locale locale;

    /** @throws IllegalArgumentException for a language not in {@link #LANGUAGES} */
    public FactsTable(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unknown language '" + lang + "'; allowed: " + String.join(", ", LANGUAGES));
        }
        locale = Locale.forLanguageTag(lang);
        bundle = ResourceBundle.getBundle("samen.experiment.facts.facts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The claim a fact makes, in this language. */
    public String claim(Fact fact) {
        return text("fact." + fact.key());
    }

    public String format(List<FactsRun.Result> results, int reps) {
        StringBuilder out = new StringBuilder();
        out.append(text("title", results.size(), reps - 1, FactsRun.ALPHA)).append("\n\n");
        int width = results.stream().mapToInt(r -> claim(r.fact()).length()).max().orElse(10);
        String row = "%-" + width + "s  %-12s  %-21s  %8s  %9s  %9s  %s%n";
        out.append(String.format(Locale.ROOT, row, text("header.fact"), text("header.expected"), text("header.statistic"),
                "z", "p", text("header.holm"), text("header.verdict")));
        for (FactsRun.Result r : results) {
            Evaluation e = r.evaluation();
            out.append(String.format(Locale.ROOT, row, claim(r.fact()), expected(r.fact()), e.statistic(),
                    Double.isNaN(e.z()) ? "-" : String.format(Locale.ROOT, "%.2f", e.z()), dash(Numbers.p(e.p())),
                    dash(Numbers.p(r.adjustedP())), text(r.holds() ? "verdict.holds" : "verdict.fails")));
            out.append(String.format(Locale.ROOT, "    %s (%s); %s: %s%n", r.fact().source(), r.fact().key(),
                    r.fact().response().label(), e.effect()));
        }
        out.append('\n').append(text("footnote")).append('\n');
        long holding = results.stream().filter(FactsRun.Result::holds).count();
        out.append(text("summary", holding, results.size())).append('\n');
        return out.toString();
    }

    /**
     * One line saying that the levels of {@code factors} replace the partners, so the base
     * scenario's history between those partners was left out there; empty when there are none.
     */
    public String historyNote(List<String> factors) {
        return factors.isEmpty() ? "" : text("note.history", String.join(", ", factors)) + "\n";
    }

    /** {@code up} and {@code down} in this language; a band as it is. */
    private String expected(Fact fact) {
        String key = "expected." + fact.expected();
        return bundle.containsKey(key) ? text(key) : fact.expected();
    }

    private static String dash(String cell) {
        return cell.isEmpty() ? "-" : cell;
    }
}
