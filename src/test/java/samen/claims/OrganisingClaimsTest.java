package samen.claims;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Outcome;

/**
 * Organising has an optimum, not a maximum (issue #11, item 4): {@code collaboration.structure},
 * the formal structure laid down at the start, at 0, 0.25, 0.5, 0.75 and 1 ({@value Runs#SEEDS}
 * seeds per level; Jonckheere-Terpstra for a metric, Cochran-Armitage for a share, a two-proportion
 * z-test for a contrast of two levels, one-sided, Holm over every claim of the suite).
 */
class OrganisingClaimsTest {

    static final String UNDER_ORGANISED = "scenarios/archetypes/under-organisation.yaml";
    private static final String[] STRUCTURE = {"0", "0.25", "0.5", "0.75", "1"};
    private static final Response STAGNATION = new Response.Share("stagnation share", EnumSet.of(Outcome.STAGNATION));

    private static Evidence evidence;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(OrganisingClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Sample> byDefault = Runs.of(Runs.SEEDS, Runs.levels(List.of(), "collaboration.structure", STRUCTURE));
        e.trend("structure: mean energy", byDefault, new Response.Metric("energy"), Direction.DOWN);
        e.trend("structure: stagnation share", byDefault, STAGNATION, Direction.UP);
        e.trend("advice keep it light: failure share", byDefault.subList(1, byDefault.size()), Response.FAILURE, Direction.UP);
        List<Sample> under = Runs.of(Runs.SEEDS, Runs.levels(UNDER_ORGANISED, List.of(), "collaboration.structure", "0", "0.5", "1"));
        e.share("structure: under-organised, none against some", Response.FAILURE.outcomes(), "structure 0.5", under.get(1),
                "none", under.get(0), Direction.DOWN);
        e.share("structure: under-organised, some against the heaviest", Response.FAILURE.outcomes(), "structure 1", under.get(2),
                "0.5", under.get(1), Direction.UP);
    }

    /**
     * Seed 003 §3.4: over-organisation, *"Men vertrouwt te veel op de procedures en routines van de
     * eigen organisatie en adopteren die één op één in de samenwerking"*, with as its great risks
     * *"een structureel gebrek aan daadkracht"*; seed 003 §5.3: *"Balanceer tussen draagvlak en
     * daadkracht"*. In the default, the heavier the structure, the less energy is left and the more
     * often the collaboration stagnates before it executes.
     */
    @Test
    void aHeavierStructureSlowsDecisionsAndDrainsEnergy() {
        evidence.assertHolds("structure: mean energy");
        evidence.assertHolds("structure: stagnation share");
    }

    /**
     * Seed 003 §3.4: *"Het gevaar bestaat dat wanneer de organisatorische vorm van de samenwerking
     * niet aansluit op de gezamenlijke ambitie, er onder- of overorganisatie ontstaat."* In the
     * under-organisation archetype, a structure of 0.5 answers who decides what and fails less
     * often than none; the heaviest structure fails more often than 0.5 again: an optimum, not a
     * maximum.
     */
    @Test
    void organisingHasAnOptimumNotAMaximum() {
        evidence.assertHolds("structure: under-organised, none against some");
        evidence.assertHolds("structure: under-organised, some against the heaviest");
    }

    /**
     * Seed 002, advice 1: *"Hou samenwerking licht – maak niet te zware structuren."* In the default,
     * with some structure at 0.25, 0.5, 0.75 or 1, the collaboration fails the more often the
     * heavier it is. Pair: {@code scenarios/advice/1-keep-it-light*.yaml}.
     */
    @Test
    void keepingTheStructureLightKeepsTheCollaborationAlive() {
        evidence.assertHolds("advice keep it light: failure share");
    }
}
