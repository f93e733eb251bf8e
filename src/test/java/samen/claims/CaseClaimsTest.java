package samen.claims;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Failure;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;
import samen.experiment.stats.ZTest;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.Outcome;
import samen.model.Phase;

/**
 * The seeds' own cases (issue #11, item 9): each case file in {@code scenarios/cases} reproduces
 * the course its seed describes, against a twin that differs in the one thing the story turns on
 * (Passend Onderwijs {@value Runs#SEEDS} seeds each, the other cases {@value #CASE_SEEDS}, as the
 * archetypes against their remedies; Mann-Whitney for a metric, a two-proportion z-test for a share,
 * one-sided in the direction the seed gives, Holm over every claim of the suite).
 */
class CaseClaimsTest {

    static final String PASSEND_ONDERWIJS = "scenarios/cases/passend-onderwijs.yaml";
    static final String ENERGIEFABRIEK = "scenarios/cases/energiefabriek-apeldoorn.yaml";
    /** The Energiefabriek's twin: every partner weighs its own organisation's interest first (ego), not the whole (eco). */
    static final String ENERGIEFABRIEK_EGO = "scenarios/cases/energiefabriek-apeldoorn-ego.yaml";
    static final String TRADE_MISSION = "scenarios/cases/amsterdam-trade-mission.yaml";
    static final String GREEN_DEALS = "scenarios/cases/green-deals.yaml";
    static final String HATTEM = "scenarios/cases/right-to-challenge-hattem.yaml";
    /** Seeds per side of the four cases after Passend Onderwijs, as for an archetype against its remedy. */
    static final int CASE_SEEDS = 300;
    /** The {@code steps} of every case file: the quarters of the growth probe. */
    static final int CASE_STEPS = 200;

    /** The trade mission's twin: every municipality expects as much of a mission of its own as of the shared one. */
    static final String[] OWN_MISSIONS = {"organisations.*.alternative={normal: {mean: 1.2, sd: 0.3}}"};
    /** The Green Deal's twin: the ministry brings money, so it holds the purse, and no rules or brokering. */
    static final String[] MONEY = {"power.distribution=dominant", "power.dominant_share=0.5", "interventions=[]"};
    /** Hattem's twin: no young civil servants at the municipalities' table. */
    static final String[] NO_NEXT_GENERATION = {"organisations.*.next_generation=0"};

    /** The mean inward withdrawal of the active partners while the collaboration is in one of {@code phases}. */
    private static Observed.Probe withdrawalIn(String name, Predicate<Phase> phases) {
        return Observed.Probe.mean(name, c -> phases.test(c.phase()) ? meanWithdrawal(c) : Double.NaN);
    }

    private static double meanWithdrawal(Collaboration c) {
        return c.activeOrganisations().stream().mapToDouble(Organisation::withdrawal).average().orElse(Double.NaN);
    }

    private static final Observed.Probe CONCRETE = withdrawalIn("withdrawal_in_execute", p -> p == Phase.EXECUTE);
    private static final Observed.Probe EARLY = withdrawalIn("withdrawal_before_execute", p -> p != Phase.EXECUTE);
    private static final Observed.Probe GROWTH = growth("value_growth", CASE_STEPS);

    /**
     * The value created per step in the last quarter of the run less that in the third quarter; steps
     * after a run ended count as creating nothing.
     */
    private static Observed.Probe growth(String name, int steps) {
        int quarter = steps / 4;
        return Observed.Probe.of(name, () -> new Observed.Watch() {
            private double third;
            private double last;

            @Override
            public void afterStep(Collaboration c) {
                long t = c.step();
                if (t > 2L * quarter && t <= 3L * quarter) third += c.valueCreated();
                else if (t > 3L * quarter && t <= 4L * quarter) last += c.valueCreated();
            }

            @Override
            public double value() {
                return (last - third) / quarter;
            }
        });
    }

    /** One side of a case's contrast: its name in the claim's detail and its runs. */
    private record Side(String label, Sample runs) {
    }

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(CaseClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        passendOnderwijs(e);
        List<Sample> runs = Observed.run(CASE_SEEDS, Observed.Arm.untreated(List.of(
                Runs.Cell.of(ENERGIEFABRIEK), Runs.Cell.of(ENERGIEFABRIEK_EGO),
                Runs.Cell.of(TRADE_MISSION), Runs.Cell.of(TRADE_MISSION, OWN_MISSIONS),
                Runs.Cell.of(GREEN_DEALS), Runs.Cell.of(GREEN_DEALS, MONEY),
                Runs.Cell.of(HATTEM), Runs.Cell.of(HATTEM, NO_NEXT_GENERATION))), List.of(GROWTH));
        energiefabriek(e, new Side("eco", runs.get(0)), new Side("ego", runs.get(1)));
        tradeMission(e, new Side("one mission", runs.get(2)), new Side("own missions", runs.get(3)));
        greenDeals(e, new Side("rules and brokering", runs.get(4)), new Side("money", runs.get(5)));
        hattem(e, new Side("next generation", runs.get(6)), new Side("none", runs.get(7)));
    }

    private static void energiefabriek(Evidence e, Side eco, Side ego) {
        share(e, "energiefabriek: win-win", eco, ego, EnumSet.of(Outcome.WIN_WIN), Direction.UP);
        metric(e, "energiefabriek: success keeps growing", GROWTH.name(), eco, ego, Direction.UP);
    }

    private static void tradeMission(Evidence e, Side one, Side own) {
        metric(e, "trade mission: exits", "exits", one, own, Direction.DOWN);
        share(e, "trade mission: break-up", one, own, EnumSet.of(Outcome.BREAKUP), Direction.DOWN);
    }

    private static void greenDeals(Evidence e, Side rules, Side money) {
        metric(e, "green deals: reopened agreements", "reopened_agreements", rules, money, Direction.DOWN);
        metric(e, "green deals: voice", "voice_acts", rules, money, Direction.DOWN);
    }

    private static void hattem(Evidence e, Side bridge, Side none) {
        metric(e, "hattem: trust", "mean_trust", bridge, none, Direction.UP);
        share(e, "hattem: failure", bridge, none, Failure.FAMILY, Direction.DOWN);
    }

    private static void passendOnderwijs(Evidence e) {
        List<Sample> runs = Observed.run(Runs.SEEDS, Observed.Arm.untreated(List.of(
                Runs.Cell.of(PASSEND_ONDERWIJS), Runs.Cell.of(PASSEND_ONDERWIJS, "organisations.participation=voluntary"))),
                List.of(CONCRETE, EARLY));
        Side mandated = new Side("mandated", runs.get(0));
        Side voluntary = new Side("voluntary", runs.get(1));
        metric(e, "passend onderwijs: exits", "exits", mandated, voluntary, Direction.DOWN);
        double[] mandatedKept = keptOfPeak(mandated.runs());
        double[] voluntaryKept = keptOfPeak(voluntary.runs());
        e.add("passend onderwijs: commitment kept", "final commitment over its peak, mandated " + mean(mandatedKept)
                + ", voluntary " + mean(voluntaryKept), mannWhitney(mandatedKept, voluntaryKept), Direction.DOWN);
        double[] concrete = mandated.runs().metric(CONCRETE.name());
        double[] early = mandated.runs().metric(EARLY.name());
        e.add("passend onderwijs: withdrawal when concrete", "mean withdrawal of the mandated boards in execute "
                + mean(concrete) + ", before execute " + mean(early), mannWhitney(concrete, early), Direction.UP);
        share(e, "passend onderwijs: win-win", mandated, voluntary, EnumSet.of(Outcome.WIN_WIN), Direction.DOWN);
        share(e, "passend onderwijs: sham", mandated, voluntary, EnumSet.of(Outcome.SHAM), Direction.UP);
    }

    /** The contrast of {@code b} against {@code a}, NaNs (a run that never reached the phase) left out. */
    private static ZTest mannWhitney(double[] a, double[] b) {
        return Contrast.mannWhitney(Evidence.defined(a), Evidence.defined(b));
    }

    private static String mean(double[] values) {
        return String.format(Locale.ROOT, "%.3f", Arrays.stream(Evidence.defined(values)).average().orElse(Double.NaN));
    }

    private static double[] keptOfPeak(Sample s) {
        double[] last = s.metric("final_commitment");
        double[] peak = s.metric("peak_commitment");
        double[] kept = new double[last.length];
        for (int i = 0; i < kept.length; i++) kept[i] = peak[i] > 0 ? last[i] / peak[i] : Double.NaN;
        return kept;
    }

    /** The claim that the case's {@code metric} differs from its twin's in {@code direction} (Mann-Whitney). */
    private static void metric(Evidence e, String name, String metric, Side story, Side twin, Direction direction) {
        e.metric(name, metric, story.label(), story.runs(), twin.label(), twin.runs(), direction);
    }

    /** The claim that the case's share of {@code outcomes} differs from its twin's in {@code direction}. */
    private static void share(Evidence e, String name, Side story, Side twin, Set<Outcome> outcomes, Direction direction) {
        e.share(name, outcomes, story.label(), story.runs(), twin.label(), twin.runs(), direction);
    }

    /**
     * Seed 000, Passend Onderwijs: tens of school boards obliged by law to collaborate. They cannot
     * leave, and as the changes become concrete their commitment turns half-hearted (*"Hoe meer de
     * echte wijzigingen duidelijk werden ... hoe meer sprake was van halfhartig commitment"*): against
     * the same boards free to leave, nobody walks away, commitment ends further below its peak, and
     * the boards hold back more in execute than before it.
     */
    @Test
    void mandatedBoardsStayAndTheirCommitmentTurnsHalfHeartedAsTheWorkGetsConcrete() {
        evidence.assertHolds("passend onderwijs: exits");
        evidence.assertHolds("passend onderwijs: commitment kept");
        evidence.assertHolds("passend onderwijs: withdrawal when concrete");
    }

    /**
     * Seed 000: *"De kans dat eigenbelang het wint van gemeenschappelijk belang"*; *"Ik zou niet weten
     * of dat wat ze nu implementeren in lijn is met het gezamenlijk belang."* The collaboration
     * rarely creates more than a compromise, and ends as a sham (meeting without working, seed 003
     * §3.1) more often than the same boards free to leave.
     */
    @Test
    void selfInterestWinsAndTheCollaborationHollowsOut() {
        evidence.assertHolds("passend onderwijs: win-win");
        evidence.assertHolds("passend onderwijs: sham");
    }

    /**
     * Seed 000, the Energiefabriek Apeldoorn: citizens, business, care, education and the municipality
     * on one platform, where everything must serve as many people as possible (*"van alleen bezig zijn
     * met je eigen hachje naar het beste resultaat leveren met het hele samenwerkende systeem"*, from
     * ego to eco), *"en wordt haar succes steeds groter"*. Against the same partners each weighing its
     * own organisation first, the platform ends in win-win more often, and the value it creates per
     * step rises more from the third to the last quarter of the run, as new partners join.
     */
    @Test
    void fromEgoToEcoThePlatformsSuccessKeepsGrowing() {
        evidence.assertHolds("energiefabriek: win-win");
        evidence.assertHolds("energiefabriek: success keeps growing");
    }

    /**
     * Seed 002: *"Zodra gemeenten het idee krijgen dat ze zonder de ander hun doel kunnen bereiken,
     * zullen ze dat niet nalaten. Elke provincie organiseert zijn eigen missies naar China"*, and, of
     * the Amsterdam metropolitan region, *"WE gaan niet meer allevier naar China, maar organiseren één
     * reis."* Four municipalities who know that a mission of their own sells less than the region's
     * stay together; the same four expecting as much of a mission of their own walk away and the
     * collaboration breaks up.
     */
    @Test
    void fourMunicipalitiesWhoCannotDoItAloneMakeOneTradeMission() {
        evidence.assertHolds("trade mission: exits");
        evidence.assertHolds("trade mission: break-up");
    }

    /**
     * Seed 000, Green Deals: *"In plaats van geld past de overheid bijvoorbeeld wet- en regelgeving aan,
     * bemiddelt zij tussen verschillende partners ... Je merkt gelijk dat dit vrijheid geeft. Vrijheid
     * in gesprek"*; *"Gesprekken over budgetten of financieringsstructuren kunnen een samenwerking flink
     * gijzelen."* With the ministry brokering and anchoring rules instead of holding the purse, the
     * partners reopen fewer agreements and press less for better terms.
     */
    @Test
    void aGovernmentThatBringsRulesAndBrokeringInsteadOfMoneyFreesTheConversation() {
        evidence.assertHolds("green deals: reopened agreements");
        evidence.assertHolds("green deals: voice");
    }

    /**
     * Seed 000, Right to Challenge in Hattem: *"vijf talentvolle, jonge ambtenaren uit verschillende
     * gemeenten"* seek *"de verbinding ... tussen de overheid en de inwoners"*; *"Als deze verbetering
     * uiteindelijk echt gerealiseerd wordt, is dat mede te danken aan de vijf jonge ambtenaren."* With
     * future leaders at the municipalities' table, a change of people costs less, so more trust is kept;
     * and they talk with the initiators across the divide between government and citizens, so the
     * partners understand each other before they agree, fewer agreements are reopened and the
     * collaboration stagnates less often (docs/MODEL.md §7.17).
     */
    @Test
    void youngCivilServantsKeepTheTrustBetweenTheMunicipalitiesAndTheirCitizens() {
        evidence.assertHolds("hattem: trust");
        evidence.assertHolds("hattem: failure");
    }
}
