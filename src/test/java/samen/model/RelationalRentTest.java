package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Relational rents ({@link RelationalRent}): off, the scenario's synergy; on, its surplus realised as far as the partners work together. */
class RelationalRentTest {

    private static final double SCENARIO = 1.125 * (1 + 0.5 * 0.2);

    private static Collaboration started(Configs configs) {
        Collaboration c = new Collaboration(5, configs.build());
        c.start();
        return c;
    }

    @Test
    void withoutARentTheSynergyIsTheScenariosWhateverTheProcess() {
        Collaboration c = started(Configs.defaults());
        for (int i = 0; i < 150 && !c.ended(); i++) {
            c.schedule.step(c);
            assertThat(c.synergy()).isEqualTo(SCENARIO);
        }
    }

    @Test
    void withARentTheSurplusIsRealisedAsFarAsThePartnersWorkTogether() {
        for (double rent : new double[] {0.25, 0.5, 1}) {
            Collaboration c = started(Configs.defaults().relationalRent(rent));
            for (int i = 0; i < 150 && !c.ended(); i++) {
                c.schedule.step(c);
                double q = RelationalRent.quality(c);
                assertThat(q).as("Q at step %d", i).isBetween(0.0, 1.0);
                assertThat(c.synergy()).isCloseTo(1 + (SCENARIO - 1) * (1 - rent + rent * q), within(1e-12))
                        .isBetween(1 + (SCENARIO - 1) * (1 - rent), SCENARIO);
            }
        }
    }

    @Test
    void qualityIsTheMeanOfUnderstandingTrustAndOrganisation() {
        Collaboration c = started(Configs.defaults().relationalRent(1));
        for (int i = 0; i < 60; i++) c.schedule.step(c);
        assertThat(RelationalRent.quality(c)).isCloseTo(
                (c.mutualUnderstanding() + c.meanTrust() + c.condition(Condition.ORGANISATION)) / 3, within(1e-12));
    }

    /** §7.19: a self-organising network keeps only the retained share of what was realised. */
    @Test
    void aSelfOrganisingNetworkScalesTheRealisedSurplusByWhatIsRetained() {
        Collaboration c = started(Configs.defaults().relationalRent(1).governance(Governance.SELF_ORGANISING));
        for (int i = 0; i < 100 && !c.ended(); i++) {
            c.schedule.step(c);
            assertThat(c.synergy()).isCloseTo(1 + (SCENARIO - 1) * RelationalRent.quality(c) * c.retained(), within(1e-12));
        }
    }
}
