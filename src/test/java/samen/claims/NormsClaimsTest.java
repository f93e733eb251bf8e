package samen.claims;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Collaboration;
import samen.model.DecisionPolicy;
import samen.model.Opportunism;
import samen.model.Organisation;

/**
 * The rules of the game (issue #11, item 5): {@code collaboration.norms} at 0, 0.25, 0.5, 0.75 and 1
 * in the default ({@value Runs#SEEDS} seeds per level; Jonckheere-Terpstra, one-sided, Holm over
 * every claim of the suite).
 */
class NormsClaimsTest {

    /** The default's partner most given to opportunism (0.3), by name. */
    static final String BREAKER = "Health insurer";

    /** The mean trust of the partners at the table in the health insurer, over the run (also once it has left). */
    private static final Observed.Probe TRUST_IN_BREAKER = Observed.Probe.mean("trust_in_breaker", NormsClaimsTest::trustInBreaker);

    private static final String[] NORMS = {"0", "0.25", "0.5", "0.75", "1"};

    private static Evidence evidence;

    /**
     * The health insurer's representative commits {@code breach} with probability {@code rate} each
     * step and never otherwise, whatever the norms: the breaches are held fixed, so what the norms
     * change is what they cost it. With {@code othersKeep} every other partner never breaks a rule;
     * without, the others decide as the model has them. The model works out its own decision first,
     * so the random stream of the run is unchanged.
     */
    record Breaker(double rate, Opportunism breach, boolean othersKeep) implements Observed.Treatment {
        @Override
        public void apply(Collaboration model, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            DecisionPolicy breaks = (self, agents) -> random.nextDouble() < rate
                    ? new DecisionPolicy.Decision(agents.commitment(), breach, null)
                    : new DecisionPolicy.Decision(agents.commitment(), null, agents.voice());
            DecisionPolicy keeps = (self, agents) -> new DecisionPolicy.Decision(agents.commitment(), null, agents.voice());
            for (Organisation o : model.organisations()) {
                if (o.name().equals(BREAKER)) o.decideBy(breaks);
                else if (othersKeep) o.decideBy(keeps);
            }
        }
    }

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(NormsClaimsTest.class);
    }

    private static double trustInBreaker(Collaboration c) {
        return c.organisations().stream().filter(o -> o.name().equals(BREAKER)).mapToDouble(Organisation::trustReceived)
                .findFirst().orElse(Double.NaN);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = Runs.levels(List.of(), "collaboration.norms", NORMS);
        List<Sample> held = Runs.of(Runs.SEEDS, cells);
        e.trend("norms: opportunistic acts", held, new Response.Metric("opportunistic_acts_total"), Direction.DOWN);
        Breaker evades = new Breaker(0.2, Opportunism.EVASION, false);
        List<Sample> fixed = Observed.run(Runs.SEEDS, cells.stream().map(c -> new Observed.Arm(c, evades)).toList(), List.of(TRUST_IN_BREAKER));
        e.trend("norms: trust in a partner that keeps breaking a rule", fixed, new Response.Metric(TRUST_IN_BREAKER.name()),
                Direction.DOWN);
    }

    /**
     * Seed 004, *Spelregels in een netwerk* (De Bruijn &amp; ten Heuvelhof): *"Loyaliteit aan de
     * besluitvorming"*, *"Geen tussentijdse wijziging van de spelregels"*, *"Voor wat hoort wat"*.
     * Where partners hold the rules of the game, a breach one of them saw is told to the others:
     * with the breaches held fixed (the health insurer evades in a fifth of the steps), the firmer
     * the norms, the less the others trust the breaker.
     */
    @Test
    void aBreachCostsTrustBeyondThoseWhoSawIt() {
        evidence.assertHolds("norms: trust in a partner that keeps breaking a rule");
    }

    /**
     * Partners who reckon with being found out, also by hearsay, break the rules less often: in the
     * default, the firmer the norms, the fewer opportunistic acts.
     */
    @Test
    void heldRulesAreBrokenLessOften() {
        evidence.assertHolds("norms: opportunistic acts");
    }
}
