package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Failure;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Partner choice (issue #11, item 8): {@code collaboration.membership} open against selective in
 * two archetypes ({@value Runs#SEEDS} seeds each; Mann-Whitney for a metric, a two-proportion
 * z-test for the failure share, one-sided, Holm over every claim of the suite). The archetypes were
 * chosen after a first look at all nine.
 */
class MembershipClaimsTest {

    private static final String POWER_PLAY = "scenarios/archetypes/smouldering-power-play.yaml";
    private static final String ENEMY_IMAGE = "scenarios/archetypes/persistent-enemy-image.yaml";
    private static final String SELECTIVE = "collaboration.membership=selective";

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(MembershipClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Sample> runs = Runs.of(Runs.SEEDS, List.of(Runs.Cell.of(POWER_PLAY), Runs.Cell.of(POWER_PLAY, SELECTIVE),
                Runs.Cell.of(ENEMY_IMAGE), Runs.Cell.of(ENEMY_IMAGE, SELECTIVE)));
        e.metric("membership: power play, enemy pairs", "enemy_pairs", "selective", runs.get(1), "open", runs.get(0), Direction.DOWN);
        e.share("membership: power play, failure", Failure.FAMILY, "selective", runs.get(1), "open", runs.get(0), Direction.DOWN);
        e.metric("membership: enemy image, partners left at the table", "active_partners", "selective", runs.get(3), "open",
                runs.get(2), Direction.DOWN);
    }

    /**
     * Seed 004, *Partnerselectie en fit*: *"Status / reputatie partner"*, *"Relationele historie"*. In a
     * smouldering power play, partners who choose their partners send away the one whose grabs they
     * have seen: fewer pairs end in watchful contracting, and the collaboration fails less often.
     */
    @Test
    void choosingPartnersByReputationDefusesAPowerPlay() {
        evidence.assertHolds("membership: power play, enemy pairs");
        evidence.assertHolds("membership: power play, failure");
    }

    /**
     * Seed 002: *"Pogingen om kerken samen te voegen heb ik weinig gezien ... Verschillen werden
     * zwaarder gewogen dan overeenkomsten."* Where everyone holds an enemy image of everyone, partners
     * who choose their partners send each other away: fewer are left at the table than when all must
     * stay or walk away themselves.
     */
    @Test
    void whereEveryoneDistrustsEveryoneSelectionSplitsTheTable() {
        evidence.assertHolds("membership: enemy image, partners left at the table");
    }
}
