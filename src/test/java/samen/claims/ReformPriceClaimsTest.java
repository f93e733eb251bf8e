package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Collaboration;
import samen.model.Event;
import samen.model.EventKind;
import samen.model.Opportunism;
import samen.model.Organisation;

/**
 * A change of form has a price (issue #11, item 4's open point): where the partners hold the rules
 * of the game, a procedure added midway is *"tussentijdse wijziging van de spelregels"* to every
 * partner that did not ask for it. The default, started without a structure and adapting it
 * ({@code collaboration.adaptation} {@value #PACE}), {@code collaboration.norms} at 0, 0.25, 0.5,
 * 0.75 and 1 ({@value Runs#SEEDS} seeds per level; Jonckheere-Terpstra, one-sided, Holm over every
 * claim of the suite).
 */
class ReformPriceClaimsTest {

    /** The partner that breaks agreements, by name (the default's most opportunistic). */
    static final String BREAKER = NormsClaimsTest.BREAKER;
    static final String PACE = "0.5";
    private static final String[] NORMS = {"0", "0.25", "0.5", "0.75", "1"};

    /** The mean trust among the partners other than the breaker, over the run. */
    private static final Observed.Probe TRUST_AMONG_OTHERS = Observed.Probe.mean("trust_among_others",
            ReformPriceClaimsTest::trustAmongOthers);

    /**
     * The trust among the partners other than the breaker lost in the steps the structure changed,
     * summed over the run (0 where it never changed).
     */
    private static final Observed.Probe LOST_AT_CHANGES = Observed.Probe.of("trust_lost_at_changes", () -> new Observed.Watch() {
        private double before = Double.NaN;
        private double lost;
        private int seen;

        @Override
        public void afterStep(Collaboration model) {
            double now = trustAmongOthers(model);
            List<Event> events = model.events();
            boolean changed = events.subList(seen, events.size()).stream().anyMatch(e -> e.kind() == EventKind.RESTRUCTURED);
            seen = events.size();
            if (changed && !Double.isNaN(before) && !Double.isNaN(now)) lost += before - now;
            before = now;
        }

        @Override
        public double value() {
            return lost;
        }
    });

    /** The changes of form in the run: procedures added or stripped. */
    private static final Observed.Probe CHANGES = Observed.Probe.of("changes_of_form", () -> new Observed.Watch() {
        private int seen;
        private int changes;

        @Override
        public void afterStep(Collaboration model) {
            List<Event> events = model.events();
            changes += (int) events.subList(seen, events.size()).stream().filter(e -> e.kind() == EventKind.RESTRUCTURED).count();
            seen = events.size();
        }

        @Override
        public double value() {
            return changes;
        }
    });

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(ReformPriceClaimsTest.class);
    }

    private static double trustAmongOthers(Collaboration c) {
        double sum = 0;
        int n = 0;
        for (Organisation a : c.activeOrganisations()) {
            for (Organisation b : c.activeOrganisations()) {
                if (a == b || a.name().equals(BREAKER) || b.name().equals(BREAKER)) continue;
                sum += c.relations().trust(a.index(), b.index());
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = Runs.levels(List.of("collaboration.structure=0", "collaboration.adaptation=" + PACE),
                "collaboration.norms", NORMS);
        // The breaches held fixed: the health insurer breaks an agreement in a fifth of the steps, the others never.
        // The broken agreements are what the partners add procedures for; nobody over-controls in the
        // default, so nobody asked for them.
        NormsClaimsTest.Breaker violates = new NormsClaimsTest.Breaker(0.2, Opportunism.VIOLATION, true);
        List<Sample> levels = Observed.run(Runs.SEEDS, cells.stream().map(c -> new Observed.Arm(c, violates)).toList(),
                List.of(TRUST_AMONG_OTHERS, LOST_AT_CHANGES, CHANGES));
        e.trend("reform price: trust lost in the steps the structure changed", levels, new Response.Metric(LOST_AT_CHANGES.name()),
                Direction.UP);
        e.trend("reform price: trust among the partners who keep the rules", levels, new Response.Metric(TRUST_AMONG_OTHERS.name()),
                Direction.DOWN);
        e.trend("reform price weighed: fewer changes of form where the rules are held", levels, new Response.Metric(CHANGES.name()),
                Direction.DOWN);
    }

    /**
     * Seed 004, *Spelregels in een netwerk* (De Bruijn &amp; ten Heuvelhof): *"Geen tussentijdse
     * wijziging van de spelregels"*. A procedure added because agreements are broken, which none of
     * the partners asked for, costs the trust between them in the step it comes, the more the firmer
     * they hold the rules.
     */
    @Test
    void aChangeOfFormMidwayCostsTheTrustOfThoseWhoDidNotAskForIt() {
        evidence.assertHolds("reform price: trust lost in the steps the structure changed");
    }

    /**
     * The partners weigh the price before they change the form ({@code Structure.outweighs}): a
     * change nobody asked for should go ahead only where what it answers outweighs the sting of a
     * change of the rules midway, the more so the firmer the partners hold the rules. A known gap
     * (docs/VALIDATION.md §4): here the weighing never holds a change back. The first procedure,
     * against one breaker of five or six for a phase, brings 2 to 2.4 steps of the table against at
     * most 0.81 + 1; stripping it again costs nothing (no anchored routine is left to unsettle, and
     * nobody over-controls, so everyone asked); in the runs traced no second procedure came, which
     * the norms would hold back. Held as still open, so this fails when a better weighing makes it hold.
     */
    @Test
    void whereTheRulesAreHeldThePartnersDoNotYetChangeTheFormLessOften() {
        evidence.assertStillOpen("reform price weighed: fewer changes of form where the rules are held");
    }

    /**
     * The same, over the run: with the breaches held fixed, the firmer the norms, the less the
     * partners who keep the rules trust each other, where they adapt the structure.
     */
    @Test
    void whereTheRulesAreHeldAdaptingCostsTrustOverTheRun() {
        evidence.assertHolds("reform price: trust among the partners who keep the rules");
    }
}
