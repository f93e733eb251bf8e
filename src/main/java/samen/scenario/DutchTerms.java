package samen.scenario;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import samen.model.Circle;
import samen.model.Governance;
import samen.model.Intervention;
import samen.model.Joining;
import samen.model.Leadership;
import samen.model.Membership;
import samen.model.Motive;
import samen.model.NetworkChange;
import samen.model.Participation;
import samen.model.Phase;
import samen.model.Resource;
import samen.model.ShockKind;
import samen.model.StartingPoint;
import samen.model.config.PowerSettings.PowerDistribution;

/**
 * The Dutch words of the source texts that a scenario accepts for a choice, so a student who
 * writes {@code start_phase: verkennen} or {@code leadership: verbinder} is understood. The
 * phases, leadership signatures and interventions take their Dutch names from the model, so
 * there is one spelling of each; the file itself always holds the English key.
 */
final class DutchTerms {

    private DutchTerms() {
    }

    /** Dutch word (lowercase, without accents) to constant, for the choices that have them. */
    static Map<String, Enum<?>> of(Class<?> type) {
        Map<String, Enum<?>> terms = new LinkedHashMap<>();
        if (type == Phase.class) {
            for (Phase p : Phase.values()) {
                put(terms, p.dutch(), p);
                put(terms, p.dutch().split(" ")[0], p); // "uitvoeren" for "uitvoeren en vernieuwen"
            }
        } else if (type == Leadership.class) {
            for (Leadership l : Leadership.values()) {
                put(terms, l.dutch(), l);
                String[] words = l.dutch().split(" ");
                put(terms, words[words.length - 1].equals("leider") ? words[0] : words[words.length - 1], l);
            }
            // What trainers call connecting leadership (verbindend leiderschap) is the relationship builder's.
            put(terms, "verbinder", Leadership.RELATIONSHIP_BUILDER);
            put(terms, "verbindend", Leadership.RELATIONSHIP_BUILDER);
        } else if (type == Intervention.class) {
            for (Intervention i : Intervention.values()) put(terms, i.dutch(), i);
        } else if (type == PowerDistribution.class) {
            put(terms, "gelijk", PowerDistribution.EQUAL);
            put(terms, "scheef", PowerDistribution.SKEWED);
            put(terms, "onduidelijk", PowerDistribution.UNCLEAR);
        } else if (type == Joining.class) {
            for (Joining j : Joining.values()) put(terms, j.dutch(), j);
        } else if (type == Resource.class) {
            for (Resource r : Resource.values()) put(terms, r.dutch(), r);
        } else if (type == Motive.class) {
            for (Motive m : Motive.values()) put(terms, m.dutch(), m);
        } else if (type == Participation.class) {
            for (Participation p : Participation.values()) put(terms, p.dutch(), p);
        } else if (type == Governance.class) {
            for (Governance g : Governance.values()) put(terms, g.dutch(), g);
            put(terms, "leidend", Governance.LEAD);
            put(terms, "zelforganiserend netwerk", Governance.SELF_ORGANISING);
        } else if (type == Membership.class) {
            for (Membership m : Membership.values()) put(terms, m.dutch(), m);
        } else if (type == NetworkChange.class) {
            for (NetworkChange n : NetworkChange.values()) put(terms, n.dutch(), n);
            put(terms, "veranderend", NetworkChange.EVOLVING);
            put(terms, "groeiend", NetworkChange.EVOLVING);
            put(terms, "netwerkend", NetworkChange.EVOLVING_TIES);
        } else if (type == Circle.class) {
            for (Circle c : Circle.values()) put(terms, c.dutch(), c);
            put(terms, "kern", Circle.CORE);
            put(terms, "vrij", Circle.FREE);
        } else if (type == StartingPoint.class) {
            for (StartingPoint p : StartingPoint.values()) put(terms, p.dutch(), p);
        } else if (type == ShockKind.class) {
            put(terms, "bezuiniging", ShockKind.BUDGET_CUT);
            put(terms, "prioriteitswijziging", ShockKind.PRIORITY_CHANGE);
        }
        return terms;
    }

    /** Lowercase, accents dropped, spaces and dashes as underscores: "hiërarchisch leider" -> hierarchisch_leider. */
    static String normalise(String word) {
        String plain = Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static void put(Map<String, Enum<?>> terms, String word, Enum<?> constant) {
        terms.putIfAbsent(normalise(word), constant);
    }
}
