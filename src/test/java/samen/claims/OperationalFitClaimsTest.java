package samen.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Operational fit ({@code organisations.*.brings}, issue #11 item 2, issue #10): what the table creates beyond going
 * alone is realised as far as the kinds of resource at it complement each other, {@code σ_c = 1 + (σ' − 1)·M},
 * {@code M} the normalised Blau index of capacity by kind (docs/MODEL.md §7.3, *Operational fit*). The default's six
 * partners bring one kind, then two, three and four, then four spread more evenly over the kinds ({@link #MIXES};
 * {@code M} 0, 0.66, 0.85, 0.90, 0.99 with the default's capacities), {@value Runs#SEEDS} seeds a level;
 * Cochran-Armitage for the failure share, Jonckheere-Terpstra for the value created; one-sided, Holm over every
 * claim of the suite.
 *
 * <p><b>A partner that brings more than one kind</b> ({@code brings: {production: 0.5, finance: 0.5}}, its capacity
 * split by share, {@link samen.model.ResourceMix}). Design, stated before any run: on {@link Runs#BASE} the table is
 * short of kinds, all six partners bringing production ({@code M} = 0); then 0, 1, 2, 3 of them bring half their
 * capacity as a second kind that nobody else brings, in the order a real table would (the municipality its money,
 * finance; the GP cooperative its know-how, knowledge; the housing association its access to residents, market), the
 * other half still production ({@link #SECOND}; {@code M} 0, 0.31, 0.43, 0.62 with the base team's capacities).
 * {@value Runs#SEEDS} seeds a level. The consequence tested is on the process, not on {@code M} (that {@code M}
 * rises is the definition): the failure share falls (Cochran-Armitage) and the value created over the run rises
 * (Jonckheere-Terpstra); one-sided, Holm over the suite. Expected because a partner's second kind fills a gap at a
 * table that has one, so more of the surplus is realised and fewer partners find their own road better; it may not
 * show where the partners with strong roads leave whatever the surplus.
 */
class OperationalFitClaimsTest {

    /**
     * The kind each partner brings, in the default's order (municipality, housing association, home care, GPs,
     * welfare, insurer): the funders bring finance, the providers production, the GPs knowledge, the housing
     * association and the welfare foundation their access to residents (market), one kind added a level.
     */
    private static final String[][] MIXES = {
            {"production", "production", "production", "production", "production", "production"},
            {"finance", "production", "production", "production", "production", "finance"},
            {"finance", "market", "production", "production", "market", "finance"},
            {"finance", "market", "production", "knowledge", "market", "finance"},
            {"finance", "knowledge", "production", "knowledge", "production", "market"}};

    /** The partners (by scenario position, from 1) that bring half their capacity as a second kind, in order, and that kind. */
    private static final String[][] SECOND = {{"1", "finance"}, {"4", "knowledge"}, {"2", "market"}};

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(OperationalFitClaimsTest.class);
    }

    private static Runs.Cell mix(String[] kinds) {
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) overrides.add("organisations." + (i + 1) + ".brings=" + kinds[i]);
        return new Runs.Cell(Runs.BASE, overrides);
    }

    /** The base team all production, with the first {@code mixed} of {@link #SECOND} bringing half production, half their second kind. */
    private static Runs.Cell secondKinds(int mixed) {
        String[] kinds = new String[6];
        Arrays.fill(kinds, "production");
        for (int i = 0; i < mixed; i++) kinds[Integer.parseInt(SECOND[i][0]) - 1] = "{production: 0.5, " + SECOND[i][1] + ": 0.5}";
        return mix(kinds);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        for (String[] kinds : MIXES) cells.add(mix(kinds));
        List<Sample> s = Runs.of(Runs.SEEDS, cells);
        e.trend("operational fit: failure share over the table's mix of kinds", s, Response.FAILURE, Direction.DOWN);
        e.trend("operational fit: value created over the table's mix of kinds", s, new Response.Metric("cumulative_value"), Direction.UP);
        List<Runs.Cell> second = new ArrayList<>();
        for (int mixed = 0; mixed <= SECOND.length; mixed++) second.add(secondKinds(mixed));
        List<Sample> m = Runs.of(Runs.SEEDS, second);
        e.trend("operational fit: failure share over the partners that bring a second kind", m, Response.FAILURE, Direction.DOWN);
        e.trend("operational fit: value created over the partners that bring a second kind", m, new Response.Metric("cumulative_value"),
                Direction.UP);
    }

    /**
     * Seed 003 §2, "De ander heeft iets te bieden dat jij minder hebt": a table that pools different kinds of resource
     * creates more beyond going alone, so fewer partners find themselves worse off than on their own road and leave.
     * It can fail: each partner weighs its own share against its own road, and the partners with strong roads (the
     * insurer, the GPs) may leave whatever the mix, or stay whatever it is.
     */
    @Test
    void theMoreTheKindsAtTheTableComplementEachOtherTheFewerCollaborationsFail() {
        evidence.assertHolds("operational fit: failure share over the table's mix of kinds");
    }

    /** The same, on what the collaboration creates over the run: more complementary tables create more. */
    @Test
    void theMoreTheKindsAtTheTableComplementEachOtherTheMoreValueIsCreated() {
        evidence.assertHolds("operational fit: value created over the table's mix of kinds");
    }

    /**
     * Douma's operational fit is a list, and a partner may bring more than one kind: at a table short of kinds, each
     * partner that brings half its capacity as a kind nobody else brings fills a gap, so fewer collaborations fail.
     */
    @Test
    void theMorePartnersBringASecondKindTheFewerCollaborationsFail() {
        evidence.assertHolds("operational fit: failure share over the partners that bring a second kind");
    }

    /** The same, on what the collaboration creates over the run. */
    @Test
    void theMorePartnersBringASecondKindTheMoreValueIsCreated() {
        evidence.assertHolds("operational fit: value created over the partners that bring a second kind");
    }
}
