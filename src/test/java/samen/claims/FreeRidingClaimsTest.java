package samen.claims;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;

/**
 * Free riding in the self-organising network (seed 004, van Wendel de Joode's principles 5 and 7;
 * issue #11, item 6's open point): the default's six partners as a self-organising network, every
 * partner's opportunism at 0.1 to 0.5 ({@value Runs#SEEDS} seeds per level; Cochran-Armitage for
 * the failure share, one-sided, Holm over every claim of the suite).
 */
class FreeRidingClaimsTest {

    private static final String[] OPPORTUNISM = {"0.1", "0.2", "0.3", "0.4", "0.5"};

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(FreeRidingClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Sample> levels = Runs.of(Runs.SEEDS, Runs.levels(List.of("collaboration.governance=self_organising"),
                "organisations.*.opportunism", OPPORTUNISM));
        e.trend("free riding: a self-organising network fails more as opportunism rises", levels, Response.FAILURE, Direction.UP);
    }

    /**
     * Seed 004: *"Maak 'stemmen met de voeten' mogelijk"* and *"Creëer een reputatiemechanisme waarbij
     * de bijdragen van professionals worden beloond"*: no contract binds what a partner brings, and
     * what it takes follows its reputation, so a partner that evades takes by its record at the
     * others' cost; they get less than their share, lose trust in it and walk away. The trend holds
     * without the reputation split too (opportunism costs any collaboration): the split's own part,
     * the steeper slope, is measured in docs/MODEL.md §7.19, not claimed here.
     */
    @Test
    void freeRidersCostTheNetwork() {
        evidence.assertHolds("free riding: a self-organising network fails more as opportunism rises");
    }
}
