package samen.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * How partners commit, stay, watch and judge, each as a dose on the default scenario (one key
 * at five levels, {@value Runs#SEEDS} seeds per level): a Jonckheere-Terpstra trend for a metric and
 * Cochran-Armitage for the failure share, one-sided in the direction the seed gives, Holm over
 * every claim of the suite ({@link ClaimSuite}) at alpha 0.01.
 */
class PartnerClaimsTest {

    private static Evidence evidence;
    private static Map<String, List<Sample>> byFactor;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(PartnerClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        Map<String, List<Observed.Arm>> factors = new LinkedHashMap<>();
        factors.put("autonomy", untreated(List.of(), "organisations.*.autonomy", "0.1", "0.3", "0.5", "0.7", "0.9"));
        factors.put("synergy", untreated(List.of(), "collaboration.synergy", "0.9", "1.0", "1.125", "1.25", "1.5"));
        factors.put("loyalty", untreated(List.of(), "organisations.*.loyalty", "0.2", "0.35", "0.5", "0.65", "0.8"));
        factors.put("vigilance", untreated(List.of(), "trust.vigilance_initial", "0.1", "0.3", "0.5", "0.7", "0.9"));
        factors.put("misjudged power", untreated(List.of("power.distribution=unclear"), "power.perception_noise",
                "0", "0.5", "1", "1.5", "2"));
        factors.put("turnover", untreated(List.of(), "organisations.*.turnover", "0", "0.01", "0.02", "0.03", "0.05"));
        factors.put("constituency", untreated(List.of("organisations.*.mandate=0.05"), "organisations.*.constituency_pressure",
                "0.1", "0.3", "0.5", "0.7", "0.9"));
        factors.put("lock-in", untreated(List.of(), "collaboration.lock_in_half", "200", "100", "50", "25", "12.5"));
        byFactor = Observed.byFactor(Runs.SEEDS, factors, List.of(Probes.CONTRIBUTION, Probes.OPPORTUNISM, Probes.LARGEST_EQUITY));
        claim("autonomy", new Response.Metric("final_commitment"), Direction.UP);
        claim("autonomy", new Response.Metric(Probes.CONTRIBUTION.name()), Direction.UP);
        claim("synergy", new Response.Metric("min_surplus_rate"), Direction.UP);
        claim("synergy", Response.FAILURE, Direction.DOWN);
        claim("loyalty", new Response.Metric("exits"), Direction.DOWN);
        claim("vigilance", new Response.Metric(Probes.OPPORTUNISM.name()), Direction.DOWN);
        claim("vigilance", new Response.Metric(Probes.CONTRIBUTION.name()), Direction.DOWN);
        claim("misjudged power", new Response.Metric(Probes.LARGEST_EQUITY.name()), Direction.UP);
        claim("misjudged power", new Response.Metric("mean_trust"), Direction.DOWN);
        claim("turnover", new Response.Metric("reopened_agreements"), Direction.UP);
        claim("constituency", new Response.Metric("reopened_agreements"), Direction.UP);
        claim("lock-in", new Response.Metric("voice_acts"), Direction.UP);
    }

    private static List<Observed.Arm> untreated(List<String> base, String key, String... levels) {
        return Observed.Arm.untreated(Runs.levels(base, key, levels));
    }

    private static void claim(String factor, Response response, Direction direction) {
        evidence.trend(factor + ": " + response.label(), byFactor.get(factor), response, direction);
    }

    /**
     * Seed 003 §2: "Ieder van de partners moet een deel van zijn autonomie opgeven in het
     * vertrouwen dat hij er meer voor terugkrijgt." The more autonomy partners are willing to give
     * up, the more they commit and bring.
     */
    @Test
    void partnersWhoGiveUpMoreAutonomyCommitAndBringMore() {
        evidence.assertHolds("autonomy: mean final_commitment");
        evidence.assertHolds("autonomy: mean " + Probes.CONTRIBUTION.name());
    }

    /**
     * Seed 003, introduction: "samen meer te bereiken dan iedere partij alleen zou kunnen
     * bereiken". The more the whole is worth beyond its parts, the better off the worst-off
     * partner is and the less often the collaboration fails.
     */
    @Test
    void moreSynergyLeavesTheWorstOffBetterAndFailsLess() {
        evidence.assertHolds("synergy: mean min_surplus_rate");
        evidence.assertHolds("synergy: failure share");
    }

    /**
     * Seed 003 §2, *gesplitste loyaliteit*; seed 004, *"stemmen met de voeten"*: the more loyal the
     * representatives are to the collaboration, the fewer partners walk away.
     */
    @Test
    void moreLoyalRepresentativesFewerExits() {
        evidence.assertHolds("loyalty: mean exits");
    }

    /**
     * Seed 004, Lewicki's second axis (*"Hoeveel waakzaamheid?"*; *"Ieder staat voor zijn zaak"*,
     * *"Je vingers natellen"*): vigilance acts. The more watchful the partners start, the less often
     * a watched partner acts opportunistically (deterrence) and the less the partners bring
     * (safeguards).
     */
    @Test
    void vigilanceDetersOpportunismAndHoldsContributionsBack() {
        evidence.assertHolds("vigilance: mean " + Probes.OPPORTUNISM.name());
        evidence.assertHolds("vigilance: mean " + Probes.CONTRIBUTION.name());
    }

    /**
     * Seed 003 §2: "De macht van partijen wordt vaak onderschat"; under an unclear centre of
     * power, the more the partners misjudge each other's power, the more a partner takes beyond
     * what the others think fair, and the less they trust each other.
     */
    @Test
    void misjudgedPowerSurprisesAndCostsTrust() {
        evidence.assertHolds("misjudged power: mean " + Probes.LARGEST_EQUITY.name());
        evidence.assertHolds("misjudged power: mean mean_trust");
    }

    /**
     * Seed 004, *Personele instabiliteit*, and the checklist of *vormgeven* (*"afspraken met
     * betrekking tot personeelsinzet en personele wisselingen"*): new representatives question what
     * their predecessors agreed; the more often representatives change, the more agreements are
     * reopened.
     */
    @Test
    void newRepresentativesQuestionAgreements() {
        evidence.assertHolds("turnover: mean reopened_agreements");
    }

    /**
     * Seed 003 §3.2, the interplay "tussen de vertegenwoordigers en hun achterbannen"; seed 004,
     * *"Dubbele loyaliteiten en achterbanproblematiek"*: a constituency that does not back what its
     * representative agreed calls it back. With small mandates (0.05, as in the double-loyalties
     * archetype), the harder the constituencies pull, the more agreements are reopened.
     */
    @Test
    void demandingConstituenciesCallAgreementsBack() {
        evidence.assertHolds("constituency: mean reopened_agreements");
    }

    /**
     * Lock-in (Williamson 1985; seed 004, Wathne and Heide: *"Lock-in situaties"*): the more
     * specific what partners put in (a lower {@code lock_in_half}: 200, 100, 50, 25, 12.5 steps of
     * full capacity to be half locked in), the more the discontented push back instead of walking
     * away: an established partner uses voice rather than exit (Hirschman 1970). (Exits fall only
     * a little, 2.06 to 1.88 per run, not significantly: within 200 steps lock-in delays more
     * departures than it prevents; docs/VALIDATION.md §3.1.)
     */
    @Test
    void lockedInPartnersPushBackRatherThanLeave() {
        evidence.assertHolds("lock-in: mean voice_acts");
    }
}
