package samen.experiment.facts;

import java.util.List;
import samen.experiment.stats.Band;
import samen.experiment.stats.Direction;

/**
 * The stylised facts {@code samen facts} tests (issue #10, item 7), each on the base scenario
 * (normally {@code scenarios/default.yaml}), varying one factor through {@code --set} overrides.
 * docs/VALIDATION.md gives the current verdicts and the literature behind each.
 */
public final class StylisedFacts {

    /**
     * Similar partners for the number-of-partners fact: a generated population whose attributes are
     * fixed (no distributions), near the default scenario's averages, so only the count varies. The
     * claim tests use it too, where identical partners isolate one rule (compromise against win-win).
     */
    public static final String SIMILAR_PARTNERS = "organisations={count: 2, autonomy: 0.45, capacity: 1.2, alternative: 1.1, "
            + "loyalty: 0.6, constituency_pressure: 0.45, opportunism: 0.15, leadership: designer, "
            + "interests: {collective: 0.6, organisational: 0.6, individual: 0.4}}";

    /*
     * Complementarity (issue #10, item 7) varies organisation as the partners keep it through the run,
     * as Poppo & Zenger's contracts are kept: the under-organisation archetype's neglect (initial and
     * attention 0.2) against organised from the start and fully tended (0.9 and 1); an initial level
     * alone is overridden by attention within about 50 steps. Trust is what every pair starts with
     * (Level#startingTrust), 0.25 and 0.45: on a base with a history on every pair, trust.initial
     * alone is only what a replacement brings, which organisation's hand-over at turnover (Relations
     * .forget) keeps out, a substitute by construction. docs/VALIDATION.md §1 and §4. The governance
     * contingency compares a few similar partners (4) with many (32), where the partner-count fact
     * shows coordination to bite.
     */

    private StylisedFacts() {
    }

    public static List<Fact> all() {
        return List.of(
                new Fact.Trend("power_imbalance", "Bleeke & Ernst 1993", List.of("power.distribution=dominant"),
                        "power.dominant_share (distribution dominant)",
                        Level.each("power.dominant_share", "0.2", "0.35", "0.5", "0.65", "0.8", "0.95"),
                        Response.FAILURE, Direction.UP),
                new Fact.Trend("conflict_history", "Ansell & Gash 2008", List.of(),
                        "history of conflict: every pair's starting trust down, its vigilance up", conflict(),
                        Response.WIN_WIN, Direction.DOWN),
                new Fact.Trend("partner_count", "Park & Ungson 2001", List.of(SIMILAR_PARTNERS),
                        "number of similar partners (organisations.count)",
                        Level.each("organisations.count", "2", "4", "8", "16", "32", "48"),
                        Response.FAILURE, Direction.UP),
                new Fact.Trend("trust_loss", "Slovic 1993", List.of(), "trust.loss_rate",
                        Level.each("trust.loss_rate", "0.01", "0.02", "0.04", "0.08", "0.16", "0.32"),
                        Response.FAILURE, Direction.UP),
                new Fact.Trend("turnover", "issue #10; seed 003 (personnel instability)", List.of(),
                        "organisations.*.turnover (every partner)",
                        Level.each("organisations.*.turnover", "0", "0.01", "0.02", "0.05", "0.1", "0.2"),
                        Response.FAILURE, Direction.UP),
                new Fact.Trend("forgiveness", "Axelrod 1984; Lewicki et al. 1998",
                        List.of("organisations.*.opportunism=0.3"),
                        "trust.gain_rate under occasional opportunism (every partner 0.3)",
                        Level.each("trust.gain_rate", "0.002", "0.005", "0.01", "0.02", "0.04"),
                        Response.FAILURE, Direction.DOWN),
                new Fact.Interaction("complementarity", "Poppo & Zenger 2002", List.of(),
                        "conditions.organisation initial/attention", organisationKept("0.2", "0.2"),
                        organisationKept("0.9", "1"),
                        "starting trust", Level.startingTrust("0.25"),
                        Level.startingTrust("0.45"), Response.FAILURE, Direction.DOWN),
                new Fact.Interaction("governance_contingency", "Provan & Kenis 2008", List.of(SIMILAR_PARTNERS),
                        "collaboration.governance", Level.of("collaboration.governance", "shared"),
                        Level.of("collaboration.governance", "administrative"),
                        "organisations.count", Level.of("organisations.count", "4"), Level.of("organisations.count", "32"),
                        Response.FAILURE, Direction.DOWN),
                new Fact.Trend("small_wins", "Ansell & Gash 2008", List.of(), "collaboration.energy_gain",
                        Level.each("collaboration.energy_gain", "0.01", "0.025", "0.05", "0.1", "0.2"),
                        Response.FAILURE, Direction.DOWN),
                new Fact.BaseRate("failure_base_rate", "Bleeke & Ernst 1993; Park & Ungson 2001; Kale & Singh 2009",
                        List.of(), Response.FAILURE, new Band(0.30, 0.60)));
    }

    /** Organisation held for the run: its initial level and the attention the table pays it. */
    private static Level organisationKept(String initial, String attention) {
        return new Level(initial + "/" + attention, List.of("conditions.organisation.initial=" + initial,
                "conditions.organisation.attention=" + attention));
    }

    /**
     * Five levels of a shared history of conflict: the trust every pair starts with from 0.6 down to
     * 0.1, its vigilance from 0.1 up to 0.9 (on a base with a history, every history line's too).
     */
    private static List<Level> conflict() {
        String[][] levels = {{"0.6", "0.1"}, {"0.475", "0.3"}, {"0.35", "0.5"}, {"0.225", "0.7"}, {"0.1", "0.9"}};
        return java.util.Arrays.stream(levels).map(l -> Level.startingHistory("trust " + l[0] + " / vigilance " + l[1], l[0], l[1]))
                .toList();
    }
}
