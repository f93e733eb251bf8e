package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.engine.Simulation;
import samen.model.config.ModelConfig;

/**
 * Seed 003 §4.5, the second round of issue #10: only new ground is progress, a stalled
 * collaboration that its partners then leave stays a stagnation, a reopening halves the phase's
 * progress, and forced renegotiation needs partners locked in.
 */
class ProgressAndStagnationTest {

    private static Collaboration started(ModelConfig config) {
        Collaboration c = new Collaboration(1, config);
        c.start();
        return c;
    }

    private static void stepUntil(Collaboration c, java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) c.schedule.step(c);
        assertThat(done.getAsBoolean()).as("reached within 500 steps").isTrue();
    }

    @Test
    void redoingWhatAReopeningUndidGivesNoMomentumAndNewGroundDoes() {
        Collaboration c = started(Configs.defaults().opportunism(0).build());
        stepUntil(c, () -> c.phase() == Phase.SHARE && c.phaseProgress() > 0.6);
        c.process().delay(0.5);
        double before = c.phaseProgress();
        c.schedule.step(c);
        assertThat(c.phaseProgress()).as("the work goes on").isGreaterThan(before);
        assertThat(c.momentum()).as("but it redoes lost ground").isZero();
        stepUntil(c, () -> c.phase() == Phase.SHARE && c.phaseProgress() > 0.62 && c.momentum() > 0);
    }

    @Test
    void aReopeningHalvesThePhasesProgress() {
        Collaboration c = started(Configs.defaults().opportunism(0).startPhase(Phase.AGREE)
                .condition(Condition.INTERESTS, 0, 0).build());
        stepUntil(c, () -> c.phase() == Phase.AGREE && c.reopenedAgreements() > 0);
        Event reopened = c.events().stream().filter(e -> e.kind() == EventKind.AGREEMENT_REOPENED).findFirst().orElseThrow();
        assertThat(reopened.detail()).isEqualTo("defensive partners reopen what was agreed");
        // A reopening early in a phase takes half of little: progress never jumps back to zero.
        assertThat(c.phaseProgress()).isGreaterThan(0);
    }

    @Test
    void aCollaborationThatStalledBeforeItsPartnersLeftIsAStagnation() {
        // Energy that drains fast and is not regained: the collaboration stalls, and partners with
        // little loyalty then walk away one by one.
        ModelConfig config = Configs.defaults().opportunism(0).loyalty(0.3).energy(0.2, 0, 0.2).build();
        for (long seed = 0; seed < 20; seed++) {
            Simulation sim = Simulation.create(config, seed);
            var result = sim.run(400, List.of());
            Collaboration c = sim.model();
            if (!c.brokenUp()) continue;
            assertThat(c.stalledAtBreakup()).as("seed %d stalled before it broke up", seed).isGreaterThan(0);
            assertThat(result.outcome()).isEqualTo(Outcome.STAGNATION);
            assertThat(OutcomeRules.classify(c).rule()).startsWith("stagnation: stalled from step");
            return;
        }
        throw new AssertionError("no seed broke up: the configuration no longer tests the rule");
    }

    @Test
    void partnersWhoLeaveASham() {
        // Ambition neglected: commitment falls to under half its peak, then loyalty runs out.
        ModelConfig config = Configs.defaults().opportunism(0).condition(Condition.AMBITION, 0.5, 0).build();
        for (long seed = 0; seed < 30; seed++) {
            Simulation sim = Simulation.create(config, seed);
            var result = sim.run(400, List.of());
            Collaboration c = sim.model();
            if (!c.brokenUp() || c.hollowAtBreakup() < 0 || c.stalledAtBreakup() >= 0) continue;
            assertThat(result.outcome()).isEqualTo(Outcome.SHAM);
            assertThat(OutcomeRules.classify(c).rule()).startsWith("sham: commitment under 50% of its peak from step");
            return;
        }
        throw new AssertionError("no seed left a sham: the configuration no longer tests the rule");
    }

    @Test
    void aCollaborationThatBrokeUpWhileMovingIsABreakUp() {
        // Partners far better off alone leave in execute, with energy to spare.
        ModelConfig config = Configs.defaults().opportunism(0).alternative(3).startPhase(Phase.EXECUTE).build();
        var result = Simulation.create(config, 1).run(200, List.of());
        assertThat(result.outcome()).isEqualTo(Outcome.BREAKUP);
    }

    @Test
    void forcedRenegotiationNeedsPartnersLockedIn() {
        // At the start of agree nobody has invested yet: opportunists evade, refuse or violate,
        // but cannot hold anyone up.
        Collaboration c = started(Configs.defaults().opportunism(1).startPhase(Phase.AGREE).build());
        c.schedule.step(c);
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.OPPORTUNISM).isNotEmpty()
                .noneMatch(e -> e.name().equals(Opportunism.FORCED_RENEGOTIATION.key()));
    }
}
