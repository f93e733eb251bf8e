package samen.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides a run's outcome from the process state and each partner's recent account. Every rule
 * reads quantities that are stable once the collaboration has settled (each partner's surplus per
 * step over its last phases of work, not a sum over the run), so the outcome does not depend on
 * where the run stops. Process failures come first, because payoffs of a collaboration that broke
 * up, stalled or became a sham say little about the collaboration itself:
 * <ol>
 *   <li>{@code breakup}: half the partners or more walked away (seed 003 §4.4: "in het ergste
 *       geval, het uiteenvallen van de samenwerking");</li>
 *   <li>{@code stagnation}: energy drained, or the collaboration never got to execute, or it is
 *       stuck before execute with no phase change for {@link #STUCK_PHASES} phases' worth of steps
 *       (seed 003 §4.5);</li>
 *   <li>{@code sham}: partners keep meeting, but commitment fell to under half its peak (seed 003
 *       §3.1: "partijen komen dan wel regulier samen, maar van werken is nauwelijks meer sprake");</li>
 *   <li>otherwise the four negotiation outcomes of seed 004, on each active partner's
 *       {@link Standing} (its surplus rate against the band {@link Standing#BAND}) and on whether
 *       the value was split fairly: some worse off and nobody better off is {@code lose_lose}; some
 *       worse off while others gain, or one partner taking much more than the others, is
 *       {@code win_lose}; nobody worse off and a fair split is {@code compromise} when together the
 *       partners create little (their joint surplus rate within the band) and {@code win_win} when
 *       they create clearly more.</li>
 * </ol>
 */
public final class OutcomeRules {

    static final double STAGNANT_ENERGY = 0.15;
    static final double SHAM_COMMITMENT_RATIO = 0.5;
    /** Phases' worth of steps without a phase change before execute after which a run is stuck. */
    static final int STUCK_PHASES = 4;

    private OutcomeRules() {
    }

    public static Verdict classify(Collaboration c) {
        return classify(c, Standing.BAND);
    }

    /** The rules with another band, for the robustness check of docs/VALIDATION.md. */
    public static Verdict classify(Collaboration c, double band) {
        List<Organisation> all = c.organisations();
        // In the order of rules 2 and 3 below: a stalled collaboration is a stagnation even if its
        // commitment had fallen too (energy drained drags commitment down with it).
        if (c.brokenUp() && c.stalledAtBreakup() >= 0) return stalledThenBrokenUp(c, all);
        if (c.brokenUp() && c.hollowAtBreakup() >= 0) return hollowThenBrokenUp(c, all);
        if (c.brokenUp()) {
            List<Organisation> exits = all.stream().filter(Organisation::exited)
                    .sorted(Comparator.comparingLong(Organisation::leftAtStep)).toList();
            long joined = all.stream().filter(o -> !o.pending()).count();
            String rule = String.format(Locale.ROOT, "breakup: %d of %d partners walked away (half or more), %d remain",
                    exits.size(), joined, c.activeCount());
            return new Verdict(Outcome.BREAKUP, exits.isEmpty()
                    ? String.format(Locale.ROOT, "Only %d %s remained, too few to collaborate.", c.activeCount(),
                            c.activeCount() == 1 ? "partner" : "partners")
                    : String.format(Locale.ROOT, "%d of %d partners walked away (first %s at step %d: %s) and the collaboration fell apart.",
                            exits.size(), joined, exits.get(0).name(), exits.get(0).leftAtStep(), exits.get(0).exitReason()),
                    rule);
        }
        if (!c.goalReached()) {
            Verdict stalled = stagnation(c);
            if (stalled != null) return stalled;
            if (c.peakCommitment() > 0 && c.recentCommitment() < SHAM_COMMITMENT_RATIO * c.peakCommitment()) {
                double pct = 100 * c.recentCommitment() / c.peakCommitment();
                return new Verdict(Outcome.SHAM, String.format(Locale.ROOT,
                        "Partners still meet, but commitment fell to %.0f%% of its peak: a sham collaboration.", pct),
                        String.format(Locale.ROOT, "sham: recent commitment %.0f%% of its peak, under %.0f%%",
                                pct, 100 * SHAM_COMMITMENT_RATIO));
            }
        }
        return negotiation(c, band);
    }

    /**
     * Whether the collaboration is stalled at step {@code now}: its energy drained, or stuck before
     * execute. The process asks this every step, so that partners walking away from a stalled
     * collaboration do not turn its stagnation into a break-up.
     */
    static boolean stalled(Collaboration c, long now) {
        return c.energy() < STAGNANT_ENERGY || stuck(c, now);
    }

    /** Before execute with no phase change for more than {@link #STUCK_PHASES} phases' worth of steps at step {@code now}. */
    private static boolean stuck(Collaboration c, long now) {
        return c.phase() != Phase.EXECUTE && now - c.lastPhaseChangeStep() > stuckLimit(c);
    }

    private static long stuckLimit(Collaboration c) {
        return (long) STUCK_PHASES * c.phaseDuration();
    }

    /**
     * Whether the partners meet without working: commitment under {@link #SHAM_COMMITMENT_RATIO} of
     * its peak while the goal is not reached. The process asks this every step, so that partners
     * walking away from a sham do not turn it into a break-up.
     */
    static boolean hollow(Collaboration c) {
        return !c.goalReached() && c.peakCommitment() > 0 && c.recentCommitment() < SHAM_COMMITMENT_RATIO * c.peakCommitment();
    }

    private static Verdict hollowThenBrokenUp(Collaboration c, List<Organisation> all) {
        String left = walkedAway(all);
        return new Verdict(Outcome.SHAM, String.format(Locale.ROOT,
                "From step %d the partners met without working (commitment under half its peak); then %s partners walked away "
                        + "from the sham.", c.hollowAtBreakup(), left),
                String.format(Locale.ROOT, "sham: commitment under %.0f%% of its peak from step %d, before %s partners walked away",
                        100 * SHAM_COMMITMENT_RATIO, c.hollowAtBreakup(), left));
    }

    private static Verdict stalledThenBrokenUp(Collaboration c, List<Organisation> all) {
        String left = walkedAway(all);
        return new Verdict(Outcome.STAGNATION, String.format(Locale.ROOT,
                "Progress stalled from step %d and the energy drained away; then %s partners walked away and the collaboration fell apart.",
                c.stalledAtBreakup(), left),
                String.format(Locale.ROOT, "stagnation: stalled from step %d (energy under %.2f or stuck before execute), "
                        + "before %s partners walked away", c.stalledAtBreakup(), STAGNANT_ENERGY, left));
    }

    /** "x of y": the partners who walked away of those who ever joined. */
    private static String walkedAway(List<Organisation> all) {
        return all.stream().filter(Organisation::exited).count() + " of " + all.stream().filter(o -> !o.pending()).count();
    }

    private static Verdict stagnation(Collaboration c) {
        long steps = c.step();
        long stuckFor = steps - c.lastPhaseChangeStep();
        long stuckLimit = stuckLimit(c);
        String phase = c.phase().key();
        if (c.energy() < STAGNANT_ENERGY) {
            return new Verdict(Outcome.STAGNATION, String.format(Locale.ROOT,
                    "Progress stalled in %s and the energy drained away (%.2f left).", phase, c.energy()),
                    String.format(Locale.ROOT, "stagnation: energy %.2f, under %.2f", c.energy(), STAGNANT_ENERGY));
        }
        if (c.phaseReached() != Phase.EXECUTE) {
            return new Verdict(Outcome.STAGNATION, String.format(Locale.ROOT,
                    "The collaboration never got to work: after %d steps it is still in %s.", steps, phase),
                    String.format(Locale.ROOT, "stagnation: execute never reached in %d steps", steps));
        }
        if (stuck(c, steps)) {
            return new Verdict(Outcome.STAGNATION, String.format(Locale.ROOT,
                    "The collaboration fell back and got stuck in %s: no phase change since step %d.", phase,
                    c.lastPhaseChangeStep()),
                    String.format(Locale.ROOT, "stagnation: stuck in %s for %d steps, more than %d", phase, stuckFor, stuckLimit));
        }
        return null;
    }

    private static Verdict negotiation(Collaboration c, double band) {
        List<Organisation> partners = c.activeOrganisations();
        long better = partners.stream().filter(o -> Standing.of(o.surplusRate(), band) == Standing.GAIN).count();
        long worse = partners.stream().filter(o -> Standing.of(o.surplusRate(), band) == Standing.LOSS).count();
        Organisation best = partners.stream().max(Comparator.comparingDouble(Organisation::surplusRate)).orElseThrow();
        Organisation worst = partners.stream().min(Comparator.comparingDouble(Organisation::surplusRate)).orElseThrow();
        double created = c.surplusRate();
        // The split is unfair when a partner takes clearly more than its contribution and power
        // justify in the partners' own eyes: one partner "veel meer winst kan behalen dan de andere
        // partij" (seed 004). The margin is the one partners notice (Round.UNFAIR_MARGIN).
        Organisation taker = partners.stream().max(Comparator.comparingDouble(Organisation::equity)).orElseThrow();
        boolean unfair = taker.equity() > 1 + Round.UNFAIR_MARGIN;
        String numbers = String.format(Locale.ROOT,
                "together %+.0f%% on their stake (little created within %.0f%%); %d of %d partners above +%.0f%%, %d below -%.0f%% "
                        + "(worst %s %+.0f%%, best %s %+.0f%%); %s takes %.0f%% of its fair share (unfair above %.0f%%)",
                100 * created, 100 * band, better, partners.size(), 100 * band, worse, 100 * band, worst.name(),
                100 * worst.surplusRate(), best.name(), 100 * best.surplusRate(), taker.name(), 100 * taker.equity(),
                100 * (1 + Round.UNFAIR_MARGIN));
        if (worse > 0 && better == 0) {
            return new Verdict(Outcome.LOSE_LOSE, String.format(Locale.ROOT,
                    "Nobody gains and %s: the collaboration costs more than it creates (worst: %s, %+.0f%% on its stake).",
                    count(worse, "partner is worse off than alone", "partners are worse off than alone"), worst.name(),
                    100 * worst.surplusRate()), "lose_lose: " + numbers);
        }
        if (worse > 0) {
            return new Verdict(Outcome.WIN_LOSE, String.format(Locale.ROOT,
                    "%s gains %+.0f%% on its stake while %s %s worse off than alone (worst %s, %+.0f%%).",
                    best.name(), 100 * best.surplusRate(), count(worse, "partner", "partners"), worse == 1 ? "is" : "are",
                    worst.name(), 100 * worst.surplusRate()), "win_lose: " + numbers);
        }
        if (unfair) {
            return new Verdict(Outcome.WIN_LOSE, String.format(Locale.ROOT,
                    "Nobody would do better alone, but the split is unfair: %s takes %.0f%% of what its contribution and power justify.",
                    taker.name(), 100 * taker.equity()), "win_lose: " + numbers);
        }
        if (created <= band) {
            return new Verdict(Outcome.COMPROMISE, String.format(Locale.ROOT,
                    "Nobody would do better alone and the value is split fairly, but together the partners create little (%+.0f%% on their stake).",
                    100 * created), "compromise: " + numbers);
        }
        return new Verdict(Outcome.WIN_WIN, String.format(Locale.ROOT,
                "No partner would do better alone, the value is split fairly and together the partners create %+.0f%% on their stake "
                        + "(from %+.0f%% for %s to %+.0f%% for %s).",
                100 * created, 100 * worst.surplusRate(), worst.name(), 100 * best.surplusRate(), best.name()),
                "win_win: " + numbers);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
