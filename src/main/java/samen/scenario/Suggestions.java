package samen.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt keys and choices: only when one option is clearly meant. */
final class Suggestions {

    private Suggestions() {
    }

    /** The option the user most likely meant by {@code given}, if one is close enough. */
    static Optional<String> closest(String given, Collection<String> options) {
        String typed = normalise(given);
        if (typed.isEmpty()) return Optional.empty();
        // Short words tolerate one slip, longer ones up to three: "seeds" -> seed, "trsut" -> trust.
        int threshold = typed.length() <= 3 ? 1 : typed.length() <= 8 ? 2 : 3;
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options) {
            int d = distance.apply(typed, normalise(option));
            if (d >= 0 && d < bestDistance) {
                best = option;
                bestDistance = d;
            }
        }
        if (best != null) return Optional.of(best);
        // A clear abbreviation: "skew" -> skewed, "constituency" -> constituency_pressure.
        List<String> extensions = options.stream()
                .filter(o -> typed.length() >= 3 && normalise(o).startsWith(typed)).toList();
        if (extensions.size() == 1) return Optional.of(extensions.get(0));
        // An option with more words after it: "dominant_partner" -> dominant.
        List<String> stems = options.stream().filter(o -> typed.startsWith(normalise(o) + "_")).toList();
        return stems.size() == 1 ? Optional.of(stems.get(0)) : Optional.empty();
    }

    /** " (did you mean `gain_rate`?)" or "". */
    static Message didYouMean(String given, Collection<String> options) {
        return closest(given, options).map(o -> Message.of("hint.did_you_mean", o)).orElse(Message.literal(""));
    }

    // gainRate, Gain-Rate and "gain rate" all mean gain_rate.
    private static String normalise(String key) {
        return key.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
