package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.CollaborationSettings;
import samen.model.config.InterventionRule;
import samen.model.config.ModelConfig;
import samen.model.config.Trigger;

/** Who carries an intervention: the facilitator, or a partner's representative who can fail (issue #11, item 7). */
class InterventionCarrierTest {

    private static Collaboration started(List<InterventionRule> rules, long seed) {
        return started(rules, seed, "", 1);
    }

    /** Four partners, {@code rules}, and the scenario's facilitator: a partner's name or empty, with its authority. */
    private static Collaboration started(List<InterventionRule> rules, long seed, String facilitator, double authority) {
        ModelConfig base = Configs.defaults().partners(4).build();
        CollaborationSettings s = base.collaboration();
        CollaborationSettings facilitated = new CollaborationSettings(s.startPhase(), s.synergy(), s.meetingCost(), s.phaseDuration(),
                s.energyInitial(), s.energyGain(), s.energyDrain(), s.diversity(), s.goal(), s.shockRate(), s.lockInHalf(),
                s.structure(), s.governance(), s.celebration(), s.renewal(), facilitator, authority,
                s.membership(), s.contacts(), s.norms(), s.adaptation(), s.network(), s.relationalRent());
        Collaboration c = new Collaboration(seed, new ModelConfig(base.organisations(), base.power(), base.trust(),
                facilitated, base.conditions(), rules, List.of(), List.of()));
        c.start();
        return c;
    }

    @Test
    void aNamedFacilitatorCarriesEveryInterventionWithoutACarrierOfItsOwn() {
        Collaboration c = started(List.of(new InterventionRule(Intervention.CONVENING, new Trigger.Every(2), 20, "")), 1, "Partner 3", 1);
        for (int i = 0; i < 20; i++) c.schedule.step(c);
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.INTERVENTION || e.kind() == EventKind.INTERVENTION_FAILED)
                .hasSize(10).allMatch(e -> e.subject().equals("Partner 3"));
    }

    @Test
    void anOutsideFacilitatorWithoutAuthorityFailsEveryTime() {
        Collaboration c = started(List.of(new InterventionRule(Intervention.CONVENING, new Trigger.Every(2), 20, "")), 1, "", 0);
        for (int i = 0; i < 20; i++) c.schedule.step(c);
        assertThat(c.interventionsApplied()).isZero();
        assertThat(c.interventionsFailed()).isEqualTo(10);
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.INTERVENTION_FAILED)
                .allSatisfy(e -> assertThat(e.detail()).startsWith("the facilitator's authority is 0.00"));
    }

    private static long count(Collaboration c, EventKind kind) {
        return c.events().stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    void theFacilitatorNeverFails() {
        Collaboration c = started(List.of(new InterventionRule(Intervention.CONVENING, new Trigger.Every(2), 20, "")), 1);
        for (int i = 0; i < 60; i++) c.schedule.step(c);
        assertThat(c.interventionsFailed()).isZero();
        assertThat(c.interventionsApplied()).isEqualTo(30);
    }

    @Test
    void aRepresentativeSucceedsAsOftenAsTheOthersTrustIt() {
        long applied = 0;
        long failed = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Collaboration c = started(List.of(new InterventionRule(Intervention.CONVENING, new Trigger.Every(2), 20, "Partner 1")), seed);
            for (int i = 0; i < 60; i++) c.schedule.step(c);
            applied += c.interventionsApplied();
            failed += c.interventionsFailed();
            assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.INTERVENTION || e.kind() == EventKind.INTERVENTION_FAILED)
                    .allMatch(e -> e.subject().equals("Partner 1"));
        }
        assertThat(applied + failed).isEqualTo(20 * 30);
        assertThat(applied).as("trust starts at 0.4 and grows: neither every attempt nor none works").isBetween(150L, 500L);
    }

    @Test
    void aRepresentativeHasTimeForOneInterventionAStep() {
        Collaboration c = started(List.of(
                new InterventionRule(Intervention.CONVENING, new Trigger.AtStep(3), 20, "Partner 2"),
                new InterventionRule(Intervention.PROCESS_MANAGING, new Trigger.AtStep(3), 20, "Partner 2"),
                new InterventionRule(Intervention.VISIONING, new Trigger.AtStep(3), 20, "Partner 3")), 1);
        for (int i = 0; i < 3; i++) c.schedule.step(c);
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.INTERVENTION_REFUSED)
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("process_managing");
                    assertThat(e.detail()).contains("has no time left this step");
                });
        assertThat(count(c, EventKind.INTERVENTION) + count(c, EventKind.INTERVENTION_FAILED)).isEqualTo(2);
    }

    @Test
    void aFailedInterventionCostsEnergyAndDoesNothingElse() {
        for (long seed = 1; seed <= 40; seed++) {
            Collaboration c = started(List.of(new InterventionRule(Intervention.VISIONING, new Trigger.AtStep(5), 20, "Partner 1")), seed);
            for (int i = 0; i < 4; i++) c.schedule.step(c);
            Collaboration twin = started(List.of(), seed);
            for (int i = 0; i < 5; i++) twin.schedule.step(twin);
            c.schedule.step(c);
            if (c.interventionsFailed() == 0) continue;
            assertThat(c.condition(Condition.AMBITION)).as("visioning did not raise ambition").isEqualTo(twin.condition(Condition.AMBITION));
            assertThat(c.energy()).isLessThan(twin.energy());
            return;
        }
        throw new AssertionError("no seed in 1..40 made a carried visioning fail");
    }
}
