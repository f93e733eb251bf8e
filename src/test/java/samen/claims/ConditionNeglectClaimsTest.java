package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.model.Outcome;

/**
 * Seed 003 §4 and figure 2: switching off the attention to one condition in the default scenario
 * produces that condition's named dynamic, measured against the default over 200 seeds each
 * (Mann-Whitney U or chi-square, alpha 0.01).
 */
class ConditionNeglectClaimsTest {

    private static final String DEFAULT = "scenarios/default.yaml";
    private static Runs attended;

    @BeforeAll
    static void runDefault() {
        attended = Runs.of(DEFAULT);
    }

    private static Runs neglecting(String condition) {
        return Runs.of(DEFAULT, "conditions." + condition + ".attention=0");
    }

    /** §4.1: sham collaboration: contributions fall while the partners keep meeting. */
    @Test
    void neglectedAmbitionEmptiesTheCollaborationWhilePartnersStay() {
        Runs neglected = neglecting("ambition");
        Runs.higher("ambition neglected", "final_commitment", attended, neglected);
        Runs.higher("ambition neglected: the 'why' (ambition) fades", "ambition", attended, neglected);
        assertThat(neglected.mean("active_partners")).as("partners keep meeting").isGreaterThan(5.0);
        Runs.moreOften("ambition neglected", EnumSet.of(Outcome.SHAM, Outcome.STAGNATION), neglected, attended);
    }

    /** §4.2: defensive behaviour and permanent negotiation: agreements reopened, falling back from agree. */
    @Test
    void neglectedInterestsKeepThePartnersNegotiating() {
        Runs neglected = neglecting("interests");
        Runs.higher("interests neglected", "reopened_agreements", neglected, attended);
        Runs.higher("interests neglected", "fallbacks", neglected, attended);
    }

    /** §4.3: a blocking undercurrent: vigilance rises, trust splits into factions, enemy images. */
    @Test
    void neglectedRelationFeedsAnUndercurrent() {
        Runs neglected = neglecting("relation");
        Runs.higher("relation neglected", "mean_vigilance", neglected, attended);
        Runs.higher("relation neglected", "factions", neglected, attended);
        Runs.higher("relation neglected", "enemy_pairs", neglected, attended);
    }

    /** §4.4: under-organisation, then partners who over-control: control, and trust falls. */
    @Test
    void neglectedOrganisationBreedsControlAndErodesTrust() {
        Runs neglected = neglecting("organisation");
        Runs.higher("organisation neglected", "controllers", neglected, attended);
        Runs.higher("organisation neglected", "mean_trust", attended, neglected);
    }

    /** §4.5: energy drains, stagnation. */
    @Test
    void neglectedProcessDrainsEnergyIntoStagnation() {
        Runs neglected = neglecting("process");
        Runs.higher("process neglected", "energy", attended, neglected);
        Runs.moreOften("process neglected", EnumSet.of(Outcome.STAGNATION), neglected, attended);
    }
}
