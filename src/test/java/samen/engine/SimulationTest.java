package samen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.Collaboration;
import samen.model.Configs;
import samen.model.Organisation;
import samen.model.Outcome;
import samen.model.Phase;
import samen.model.config.PowerSettings.PowerDistribution;

class SimulationTest {

    /** Everything an observer can see, one line per step, exactly. */
    private static List<String> trace(samen.model.config.ModelConfig config, long seed, int steps) {
        List<String> lines = new ArrayList<>();
        Simulation.create(config, seed).run(steps, List.of(m -> {
            StringBuilder b = new StringBuilder().append(m.step()).append(m.phase()).append(m.energy())
                    .append(m.meanTrust()).append(m.meanVigilance()).append(m.valueCreated());
            for (Organisation o : m.organisations()) {
                b.append(o.loyalty()).append(o.contribution()).append(o.taken()).append(o.opportunistic());
            }
            lines.add(b.toString());
        }));
        return lines;
    }

    @Test
    void sameSeedGivesTheSameRun() {
        var config = Configs.defaults().power(PowerDistribution.UNCLEAR).build();
        assertThat(trace(config, 7, 200)).isEqualTo(trace(config, 7, 200));
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        var config = Configs.defaults().build();
        assertThat(trace(config, 1, 200)).isNotEqualTo(trace(config, 2, 200));
    }

    @Test
    void listenersSeeStepZeroAndEveryStep() {
        List<Long> steps = new ArrayList<>();
        RunResult r = Simulation.create(Configs.defaults().build(), 1).run(30, List.of(m -> steps.add(m.step())));
        assertThat(steps).hasSize(31).startsWith(0L, 1L).endsWith(30L);
        assertThat(r.stepsRun()).isEqualTo(30);
        assertThat(r.partners()).hasSize(6);
    }

    @Test
    void aCollaborationOfDisloyalPartnersBreaksUpAndStopsEarly() {
        RunResult r = Simulation.create(Configs.defaults().loyalty(0.05).build(), 1).run(200, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.BREAKUP);
        assertThat(r.stepsRun()).isLessThan(200);
        assertThat(r.partners()).anyMatch(p -> !p.active());
    }

    @Test
    void withoutEnergyNothingMovesAndTheRunStagnates() {
        RunResult r = Simulation.create(Configs.defaults().energy(0, 0, 0.05).build(), 1).run(200, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.STAGNATION);
        assertThat(r.phaseReached()).isEqualTo(Phase.EXPLORE);
    }

    @Test
    void aStrongStandAloneAlternativeMakesEveryoneLose() {
        RunResult r = Simulation.create(Configs.defaults().alternative(5).opportunism(0).build(), 1).run(200, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.LOSE_LOSE);
        assertThat(r.partners()).allSatisfy(p -> assertThat(p.relativeGain()).isNegative());
    }

    @Test
    void honestEqualPartnersReachExecuteAndAllWin() {
        RunResult r = Simulation.create(Configs.defaults().opportunism(0).build(), 1).run(200, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.WIN_WIN);
        assertThat(r.phaseReached()).isEqualTo(Phase.EXECUTE);
        assertThat(r.phaseReachedStep()).isBetween(1L, 199L);
    }

    @Test
    void aDominantPartnerThatLeansOnItsPowerWinsAtTheOthersExpense() {
        // With alternatives a little better than break-even, the small partners' share no longer covers them.
        RunResult r = Simulation.create(Configs.defaults().power(PowerDistribution.DOMINANT).influence(1.0)
                .alternative(1.2).opportunism(0).build(), 1).run(200, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.WIN_LOSE);
        assertThat(r.partners().get(0).relativeGain()).isGreaterThan(r.partners().get(1).relativeGain());
    }

    @Test
    void theModelExposesItsStateWithoutAGui() {
        Collaboration m = Simulation.create(Configs.defaults().build(), 3).model();
        assertThat(m.organisations()).hasSize(6);
        assertThat(m.phase()).isEqualTo(Phase.EXPLORE);
        assertThat(m.meanTrust()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
    }
}
