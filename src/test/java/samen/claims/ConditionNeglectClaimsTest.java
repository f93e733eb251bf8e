package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Seed 003 §4 and figure 2: the less attention one condition gets in the default scenario, the
 * more of that condition's named dynamic. Each condition's attention is set to 0, 0.25, 0.5, 0.75
 * and 1 ({@value Runs#SEEDS} seeds per level); each claim is a trend along attention
 * (Jonckheere-Terpstra for a metric, Cochran-Armitage for the failure share), one-sided, Holm over
 * every claim of the suite ({@link ClaimSuite}) at alpha 0.01.
 */
class ConditionNeglectClaimsTest {

    static final String[] ATTENTION = {"0", "0.25", "0.5", "0.75", "1"};
    static final List<String> CONDITIONS = List.of("ambition", "interests", "relation", "organisation", "process");

    private static Evidence evidence;
    private static final Map<String, List<Sample>> BY_CONDITION = new LinkedHashMap<>();

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(ConditionNeglectClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Runs.Cell> cells = new ArrayList<>();
        for (String c : CONDITIONS) cells.addAll(Runs.levels(List.of(), "conditions." + c + ".attention", ATTENTION));
        List<Sample> samples = Runs.of(Runs.SEEDS, cells);
        for (int i = 0; i < CONDITIONS.size(); i++) {
            BY_CONDITION.put(CONDITIONS.get(i), samples.subList(i * ATTENTION.length, (i + 1) * ATTENTION.length));
        }
        claim("ambition", new Response.Metric("final_commitment"), Direction.UP);
        claim("ambition", new Response.Metric("ambition"), Direction.UP);
        claim("ambition", Response.FAILURE, Direction.DOWN);
        claim("interests", new Response.Metric("reopened_agreements"), Direction.DOWN);
        claim("interests", new Response.Metric("fallbacks"), Direction.DOWN);
        claim("relation", new Response.Metric("mean_vigilance"), Direction.DOWN);
        claim("relation", new Response.Metric("factions"), Direction.DOWN);
        claim("relation", new Response.Metric("enemy_pairs"), Direction.DOWN);
        claim("organisation", new Response.Metric("controllers"), Direction.DOWN);
        claim("organisation", new Response.Metric("mean_trust"), Direction.UP);
        claim("process", new Response.Metric("energy"), Direction.UP);
        claim("process", Response.FAILURE, Direction.DOWN);
    }

    /** {@code response} moves in {@code direction} as attention to {@code condition} rises. */
    private static void claim(String condition, Response response, Direction direction) {
        List<Sample> levels = BY_CONDITION.get(condition);
        String detail = levels.stream().map(s -> String.format(java.util.Locale.ROOT, "%.3f", response.of(s)))
                .collect(java.util.stream.Collectors.joining(" ", response.label() + " at attention 0..1: ", ""));
        evidence.add(condition + ": " + response.label(), detail, response.trend(levels), direction);
    }

    private static void holds(String condition, String response) {
        evidence.assertHolds(condition + ": " + response);
    }

    /**
     * §4.1: sham collaboration: contributions fall, the 'why' fades, it ends worse. That the partners
     * keep meeting while it empties is an open gap (docs/VALIDATION.md §4): in the model a voluntary
     * partner that gets less than it brings leaves (a mandated one stays: ParticipationClaimsTest).
     */
    @Test
    void neglectedAmbitionEmptiesTheCollaboration() {
        holds("ambition", "mean final_commitment");
        holds("ambition", "mean ambition");
        holds("ambition", "failure share");
    }

    /**
     * §4.2: defensive behaviour and permanent negotiation: agreements reopened, falling back from
     * agree. A known gap since the second round of issue #10 (docs/VALIDATION.md §4): the default
     * passes agree before neglected interests bite, so neither count responds significantly.
     */
    @Test
    void neglectedInterestsKeepingThePartnersNegotiatingIsAKnownGap() {
        evidence.assertStillOpen("interests: mean reopened_agreements");
        evidence.assertStillOpen("interests: mean fallbacks");
    }

    /** §4.3: a blocking undercurrent: vigilance rises, trust splits into factions, enemy images. */
    @Test
    void neglectedRelationFeedsAnUndercurrent() {
        holds("relation", "mean mean_vigilance");
        holds("relation", "mean factions");
        holds("relation", "mean enemy_pairs");
    }

    /** §4.4: under-organisation, then partners who over-control: control, and trust falls. */
    @Test
    void neglectedOrganisationBreedsControlAndErodesTrust() {
        holds("organisation", "mean controllers");
        holds("organisation", "mean mean_trust");
    }

    /** §4.5: energy drains, and the collaboration ends worse (stagnation is one of the failures). */
    @Test
    void neglectedProcessDrainsEnergyIntoFailure() {
        holds("process", "mean energy");
        holds("process", "failure share");
    }
}
