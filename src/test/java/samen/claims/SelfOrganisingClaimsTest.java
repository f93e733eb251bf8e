package samen.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.facts.StylisedFacts;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;

/**
 * The self-organising network (issue #11, item 6; seed 004, van Wendel de Joode) against shared
 * governance: among 4, 8, 16, 32 and 48 similar partners who work in modules of four contacts
 * ({@code collaboration.contacts=4}, which leaves shared governance's complete core untouched), among
 * 2, 3, 4, 6 and 8 partners in one module whose alternatives differ (the price of who left), and
 * among the default's six partners ({@value Runs#SEEDS} seeds per arm, three times as many for the
 * departures; a Wald test of a linear
 * contrast of shares for the dose-response of the difference, a two-proportion z-test and a
 * Mann-Whitney test for the contrasts, one-sided, Holm over every claim of the suite).
 */
class SelfOrganisingClaimsTest {

    private static final String[] PARTNERS = {"4", "8", "16", "32", "48"};
    private static final String MODULES = "collaboration.contacts=4";
    /** Few partners in one module, who differ in what they would earn alone, as the default's do. */
    private static final String[] FEW = {"2", "3", "4", "6", "8"};
    private static final String APART = "organisations.alternative={normal: {mean: 1.1, sd: 0.3}}";

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(SelfOrganisingClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        for (String mode : new String[] {"shared", "self_organising"}) {
            for (String n : PARTNERS) {
                cells.add(Runs.Cell.of(Runs.BASE, StylisedFacts.SIMILAR_PARTNERS, "organisations.count=" + n, MODULES,
                        "collaboration.governance=" + mode));
            }
        }
        for (String mode : new String[] {"shared", "self_organising"}) {
            for (String n : FEW) {
                cells.add(Runs.Cell.of(Runs.BASE, StylisedFacts.SIMILAR_PARTNERS, APART, "organisations.count=" + n,
                        "collaboration.governance=" + mode));
            }
        }
        cells.add(Runs.Cell.of(Runs.BASE));
        cells.add(Runs.Cell.of(Runs.BASE, "collaboration.governance=self_organising"));
        List<Sample> runs = Runs.of(Runs.SEEDS, cells);
        List<Sample> shared = runs.subList(0, PARTNERS.length);
        List<Sample> self = runs.subList(PARTNERS.length, 2 * PARTNERS.length);
        List<Sample> fewShared = runs.subList(2 * PARTNERS.length, 2 * PARTNERS.length + FEW.length);
        List<Sample> fewSelf = runs.subList(2 * PARTNERS.length + FEW.length, 2 * (PARTNERS.length + FEW.length));
        Sample table = runs.get(runs.size() - 2);
        Sample feet = runs.get(runs.size() - 1);
        contingency(e, "self-organising: failure against shared falls with the number of partners", PARTNERS, shared, self);
        contingency(e, "self-organising: a small network cannot make up for who left", FEW, fewShared, fewSelf);
        int last = PARTNERS.length - 1;
        e.share("self-organising: 48 similar partners, against shared", Response.FAILURE.outcomes(), "self_organising",
                self.get(last), "shared", shared.get(last), Direction.DOWN);
        e.share("self-organising: the default's network carries on without them", Response.FAILURE.outcomes(),
                "self_organising", feet, "shared", table, Direction.DOWN);
        // A few tenths of a departure per run: told from noise over three times the seeds.
        List<Sample> longer = Runs.of(3 * Runs.SEEDS, List.of(Runs.Cell.of(Runs.BASE),
                Runs.Cell.of(Runs.BASE, "collaboration.governance=self_organising")));
        e.metric("self-organising: in the default's network partners follow those who left", "exits",
                "self_organising", longer.get(1), "shared", longer.get(0), Direction.UP);
    }

    /**
     * Adds the claim that the failure share's difference, self-organising minus shared, falls as the
     * number of partners doubles (a Wald test of a linear contrast of shares).
     */
    private static void contingency(Evidence e, String claim, String[] partners, List<Sample> shared, List<Sample> self) {
        long[] failed = each(self, shared, s -> s.count(Response.FAILURE.outcomes()));
        e.add(claim, differences(partners, shared, self),
                Contrast.linear(failed, each(self, shared, Sample::runs), weights(partners), 0), Direction.DOWN);
    }

    /** The failure share's difference, self-organising minus shared, at every level. */
    private static String differences(String[] partners, List<Sample> shared, List<Sample> self) {
        List<String> each = new ArrayList<>();
        for (int l = 0; l < partners.length; l++) {
            each.add(String.format(Locale.ROOT, "%s: %+.3f", partners[l],
                    Response.FAILURE.of(self.get(l)) - Response.FAILURE.of(shared.get(l))));
        }
        return each.stream().collect(Collectors.joining(", ", "failure self_organising - shared by partners ", ""));
    }

    /**
     * The contrast's weights: for each level the centred log2 of the number of partners, positive on
     * the self-organising arm and negative on the shared arm, so the contrast is the slope of the
     * difference over the doublings of the table.
     */
    private static double[] weights(String[] partners) {
        double[] score = new double[partners.length];
        double mean = 0;
        for (int l = 0; l < score.length; l++) {
            score[l] = Math.log(Double.parseDouble(partners[l])) / Math.log(2);
            mean += score[l] / score.length;
        }
        double[] w = new double[2 * score.length];
        for (int l = 0; l < score.length; l++) {
            w[l] = score[l] - mean;
            w[score.length + l] = -(score[l] - mean);
        }
        return w;
    }

    /** {@code of} each sample, the self-organising arm first, in the order of {@link #weights(String[])}. */
    private static long[] each(List<Sample> self, List<Sample> shared, ToLongFunction<Sample> of) {
        return Stream.concat(self.stream(), shared.stream()).mapToLong(of).toArray();
    }

    /**
     * Seed 004: *"Maak 'stemmen met de voeten' mogelijk"*; *"Niet duidelijk wie erbij hoort en wie
     * niet"*. The default's partners who would do better alone leave, as they do at one table, but no
     * departure breaks the network up: those who gain from it carry on, and it fails less often than
     * the same six at one table.
     */
    @Test
    void theNetworkCarriesOnWhenPartnersVoteWithTheirFeet() {
        evidence.assertHolds("self-organising: the default's network carries on without them");
    }

    /**
     * Seed 004: a self-organising network suits many partners with loose ties, where work splits into
     * "zinvolle, kleine eenheden" and a reopened agreement sets back one module, not the table. The
     * failure share's difference from shared governance falls as the table doubles, and among 48
     * similar partners the self-organising network fails less often.
     */
    @Test
    void manyPartnersOrganiseThemselves() {
        evidence.assertHolds("self-organising: failure against shared falls with the number of partners");
        evidence.assertHolds("self-organising: 48 similar partners, against shared");
    }

    /**
     * Seed 004: "Stel geen grenzen; ze worden bepaald door de waarde die iemand toevoegt"; "De netwerken
     * ontstaan en verdwijnen spontaan". A partner who votes with its feet takes what it added to the
     * others with it, and nothing binds or replaces it: those who stay create less beyond going alone,
     * and some of them follow, so more of the default's partners leave than at one table. The fewer
     * the partners, the larger the share that leaves with one of them: among few partners who differ
     * in what they would earn alone the self-organising network has no advantage over shared
     * governance (two or three partners), and the difference falls as the network grows (a
     * contingency the older rules, no lock-in, already carry; the price is the departures' claim).
     */
    @Test
    void aSmallNetworkCannotMakeUpForWhoLeft() {
        evidence.assertHolds("self-organising: a small network cannot make up for who left");
        evidence.assertHolds("self-organising: in the default's network partners follow those who left");
    }
}
