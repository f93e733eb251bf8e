package samen.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides a run's outcome from the process state and each partner's payoff against its
 * stand-alone alternative. Process failures come first, because payoffs of a collaboration that
 * broke up, stalled or became a sham say little about the collaboration itself:
 * <ol>
 *   <li>{@code breakup}: half the partners or more left (seed 003 §4.4: "in het ergste geval, het
 *       uiteenvallen van de samenwerking");</li>
 *   <li>{@code stagnation}: energy drained, or stuck before execute with no phase change in the
 *       last third of the run (seed 003 §4.5);</li>
 *   <li>{@code sham}: partners keep meeting, but commitment fell to under half its peak (seed 003
 *       §3.1: "partijen komen dan wel regulier samen, maar van werken is nauwelijks meer sprake");</li>
 *   <li>otherwise the four negotiation outcomes of seed 004, with each partner's {@link Standing}
 *       (better or worse off when its cumulative payoff exceeds or falls below 2% of its
 *       alternative's value): everyone better off is {@code win_win}; nobody worse off but not
 *       everyone better is {@code compromise}; some better and some worse is {@code win_lose};
 *       some worse and nobody better is {@code lose_lose}.</li>
 * </ol>
 */
public final class OutcomeRules {

    static final double STAGNANT_ENERGY = 0.15;
    static final double SHAM_COMMITMENT_RATIO = 0.5;

    private OutcomeRules() {
    }

    public static Verdict classify(Collaboration c) {
        long steps = c.step();
        List<Organisation> all = c.organisations();
        if (c.brokenUp()) {
            List<Organisation> exits = all.stream().filter(Organisation::exited)
                    .sorted(Comparator.comparingLong(Organisation::leftAtStep)).toList();
            return new Verdict(Outcome.BREAKUP, exits.isEmpty()
                    ? String.format(Locale.ROOT, "Only %d partner(s) remained, too few to collaborate.", c.activeCount())
                    : String.format(Locale.ROOT, "%d of %d partners walked away (first %s at step %d) and the collaboration fell apart.",
                            exits.size(), all.stream().filter(o -> !o.pending()).count(), exits.get(0).name(),
                            exits.get(0).leftAtStep()));
        }
        boolean stuck = c.phase() != Phase.EXECUTE && steps - c.lastPhaseChangeStep() > steps / 3;
        if (!c.goalReached() && (c.energy() < STAGNANT_ENERGY || stuck)) {
            return new Verdict(Outcome.STAGNATION, c.energy() < STAGNANT_ENERGY
                    ? String.format(Locale.ROOT, "Progress stalled in %s and the energy drained away (%.2f left).",
                            c.phase().key(), c.energy())
                    : String.format(Locale.ROOT, "The collaboration got stuck in %s: no phase change since step %d.",
                            c.phase().key(), c.lastPhaseChangeStep()));
        }
        if (!c.goalReached() && c.peakCommitment() > 0 && c.recentCommitment() < SHAM_COMMITMENT_RATIO * c.peakCommitment()) {
            return new Verdict(Outcome.SHAM, String.format(Locale.ROOT,
                    "Partners still meet, but commitment fell to %.0f%% of its peak: a sham collaboration.",
                    100 * c.recentCommitment() / c.peakCommitment()));
        }
        List<Organisation> partners = all.stream().filter(Organisation::active).toList();
        long better = partners.stream().filter(o -> Standing.of(o.relativeGain()) == Standing.GAIN).count();
        long worse = partners.stream().filter(o -> Standing.of(o.relativeGain()) == Standing.LOSS).count();
        Organisation best = partners.stream().max(Comparator.comparingDouble(Organisation::relativeGain)).orElseThrow();
        Organisation worst = partners.stream().min(Comparator.comparingDouble(Organisation::relativeGain)).orElseThrow();
        if (worse == 0 && better == partners.size()) {
            return new Verdict(Outcome.WIN_WIN, String.format(Locale.ROOT,
                    "Every partner ended better off than alone (from %+.0f%% for %s to %+.0f%% for %s).",
                    100 * worst.relativeGain(), worst.name(), 100 * best.relativeGain(), best.name()));
        }
        if (worse == 0) {
            return new Verdict(Outcome.COMPROMISE, String.format(Locale.ROOT,
                    "Nobody lost, but %d of %d partners only broke even (%s: %+.0f%%): the value was shared, not grown.",
                    partners.size() - better, partners.size(), worst.name(), 100 * worst.relativeGain()));
        }
        if (better > 0) {
            return new Verdict(Outcome.WIN_LOSE, String.format(Locale.ROOT,
                    "%s gained %+.0f%% while %s lost %.0f%%: %d partner(s) would have done better alone.",
                    best.name(), 100 * best.relativeGain(), worst.name(), -100 * worst.relativeGain(), worse));
        }
        return new Verdict(Outcome.LOSE_LOSE, String.format(Locale.ROOT,
                "No partner gained and %d lost (worst: %s, %.0f%%): the collaboration cost more than it created.",
                worse, worst.name(), -100 * worst.relativeGain()));
    }
}
