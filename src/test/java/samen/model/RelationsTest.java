package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import samen.model.config.TrustSettings;

class RelationsTest {

    /** Seed 003 §3.3: "vertrouwen komt te voet en gaat te paard". */
    @Property
    void oneBetrayalCostsMoreTrustThanOneGoodExperienceGives(
            @ForAll @DoubleRange(min = 0.2, max = 0.8) double start,
            @ForAll @DoubleRange(min = 0.05, max = 1) double size) {
        TrustSettings settings = new TrustSettings(start, 0.005, 0.08, 0.3, 0.1, 0.7);
        Relations good = new Relations(Network.complete(2), settings);
        Relations bad = new Relations(Network.complete(2), settings);
        good.goodExperience(0, 1, size, 0.3);
        bad.badExperience(0, 1, size);
        double gained = good.trust(0, 1) - start;
        double lost = start - bad.trust(0, 1);
        assertThat(gained).isPositive();
        assertThat(lost).isGreaterThan(gained);
    }

    @Property
    void asManyGoodAsBadExperiencesOfEqualSizeLeaveTrustBelowItsStart(
            @ForAll @DoubleRange(min = 0.2, max = 0.8) double start,
            @ForAll @DoubleRange(min = 0.05, max = 1) double size,
            @ForAll boolean badFirst) {
        Relations r = new Relations(Network.complete(2), new TrustSettings(start, 0.005, 0.08, 0.3, 0.1, 0.7));
        for (int i = 0; i < 3; i++) {
            if (badFirst) { r.badExperience(0, 1, size); r.goodExperience(0, 1, size, 0.3); }
            else { r.goodExperience(0, 1, size, 0.3); r.badExperience(0, 1, size); }
        }
        assertThat(r.trust(0, 1)).isLessThan(start);
    }

    @Property
    void trustAndVigilanceStayInTheUnitInterval(
            @ForAll @DoubleRange(min = 0, max = 1) double start,
            @ForAll @DoubleRange(min = 0, max = 1) double gain,
            @ForAll @DoubleRange(min = 0, max = 1) double loss,
            @ForAll @DoubleRange(min = 0, max = 1) double size,
            @ForAll boolean good) {
        Relations r = new Relations(Network.complete(2), new TrustSettings(start, gain, loss, start, 1, 0.7));
        for (int i = 0; i < 20; i++) {
            if (good) r.goodExperience(0, 1, size, 1); else r.badExperience(0, 1, size);
            assertThat(r.trust(0, 1)).isBetween(0.0, 1.0);
            assertThat(r.vigilance(0, 1)).isBetween(0.0, 1.0);
        }
    }

    @Property
    void constituencyPressureKeepsSomeVigilance(@ForAll @DoubleRange(min = 0, max = 1) double pressure) {
        Relations r = new Relations(Network.complete(2), new TrustSettings(0.5, 0.01, 0.08, 0.9, 0.5, 0.7));
        for (int i = 0; i < 2_000; i++) r.goodExperience(0, 1, 1, pressure);
        assertThat(r.vigilance(0, 1)).isGreaterThanOrEqualTo(Relations.VIGILANCE_FLOOR_PER_PRESSURE * pressure - 1e-12);
    }

    /** Lasting damage: after a betrayal, good experiences alone cannot restore the trust there was. */
    @Property
    void aBetrayalLeavesAScarThatGoodExperiencesHealOnlySlowly(
            @ForAll @DoubleRange(min = 0.5, max = 1) double size) {
        Relations r = new Relations(Network.complete(2), new TrustSettings(0.9, 0.05, 0.015, 0.3, 0.1, 0.7));
        r.badExperience(0, 1, size);
        for (int i = 0; i < 20; i++) r.goodExperience(0, 1, 1, 0);
        // Twenty full good experiences at a gain of 0.05 would restore any trust without the scar.
        assertThat(r.trust(0, 1)).isLessThan(0.9);
        for (int i = 0; i < 2_000; i++) r.goodExperience(0, 1, 1, 0);
        assertThat(r.trust(0, 1)).isGreaterThan(0.99);
    }

    @org.junit.jupiter.api.Test
    void mediationHealsTheScarOfAnImportedDistrust() {
        TrustSettings settings = new TrustSettings(0.5, 0.05, 0.015, 0.3, 0.1, 0.7);
        Relations fresh = new Relations(Network.complete(2), new TrustSettings(0.0, 0.05, 0.015, 0.3, 0.1, 0.7));
        Relations alone = new Relations(Network.complete(2), settings);
        Relations mediated = new Relations(Network.complete(2), settings);
        alone.history(0, 1, 0.0, 0.9);
        mediated.history(0, 1, 0.0, 0.9);
        mediated.mediate(new boolean[] {true, true}, 0.9, 0);
        for (int i = 0; i < 30; i++) {
            fresh.goodExperience(0, 1, 1, 0);
            alone.goodExperience(0, 1, 1, 0);
            mediated.goodExperience(0, 1, 1, 0);
        }
        // From the same trust of zero, the old scar holds trust back while it heals slowly, and
        // mediation heals it at once.
        assertThat(alone.trust(0, 1)).isLessThan(fresh.trust(0, 1) - 0.1);
        assertThat(mediated.trust(0, 1)).isGreaterThan(alone.trust(0, 1) + 0.1);
    }

    /** The trust paradox (seed 004): a reservoir that is not topped up runs dry, in proportion. */
    @Property
    void anUntendedReservoirLeaks(@ForAll @DoubleRange(min = 0.01, max = 0.5) double leak) {
        Relations r = new Relations(Network.complete(3), new TrustSettings(0.6, 0.005, 0.015, 0.3, 0.1, 0.7));
        r.leak(new boolean[] {true, true, false}, leak);
        assertThat(r.trust(0, 1)).isCloseTo(0.6 * (1 - leak), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.trust(0, 2)).isEqualTo(0.6);
    }

    @org.junit.jupiter.api.Test
    void quadrantsFollowLewicki() {
        assertThat(LewickiQuadrant.of(0.8, 0.2)).isEqualTo(LewickiQuadrant.UNHINDERED_COLLABORATION);
        assertThat(LewickiQuadrant.of(0.8, 0.7)).isEqualTo(LewickiQuadrant.CALCULATED_CONNECTING);
        assertThat(LewickiQuadrant.of(0.2, 0.2)).isEqualTo(LewickiQuadrant.EXPLORATORY_EXCHANGE);
        assertThat(LewickiQuadrant.of(0.2, 0.7)).isEqualTo(LewickiQuadrant.WATCHFUL_CONTRACTING);
    }
}
