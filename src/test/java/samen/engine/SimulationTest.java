package samen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.Collaboration;
import samen.model.Configs;
import samen.model.Intervention;
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
    void energyAtZeroIsNotAbsorbing() {
        // No energy at the start and a fast drain: small wins still move the collaboration, and what
        // they achieve gives energy back (seed 000, "denk groot, doe klein"; seed 002 advice 7).
        Collaboration m = Simulation.create(Configs.defaults().energy(0, 0.05, 0.05).loyalty(0.9).opportunism(0).build(), 1)
                .model();
        for (int i = 0; i < 10; i++) m.schedule.step(m);
        double early = m.energy();
        for (int i = 0; i < 10; i++) m.schedule.step(m);
        assertThat(early).isPositive();
        assertThat(m.energy()).isGreaterThan(early);
        assertThat(m.phaseProgress()).isPositive();
        // Managing the process gives energy back, more than the meeting costs.
        double before = m.energy();
        assertThat(m.intervene(Intervention.PROCESS_MANAGING)).isTrue();
        assertThat(m.energy()).isGreaterThan(before + 0.05);
    }

    @Test
    void partnersWithAMuchBetterRoadOfTheirOwnWalkAway() {
        // Seed 002: as soon as partners think they can reach their goal without the others, they do.
        RunResult r = Simulation.create(Configs.defaults().alternative(5).opportunism(0).build(), 1).run(400, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.BREAKUP);
        assertThat(r.partners()).filteredOn(p -> !p.active()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void honestEqualPartnersReachExecuteAndAllWin() {
        RunResult r = Simulation.create(Configs.defaults().opportunism(0).build(), 1).run(200, List.of());
        assertThat(r.outcome()).isEqualTo(Outcome.WIN_WIN);
        assertThat(r.phaseReached()).isEqualTo(Phase.EXECUTE);
        assertThat(r.phaseReachedStep()).isBetween(1L, 199L);
    }

    @Test
    void partnersExploitedByADominantPartnerPushBackOrLeave() {
        // Power decides the whole split: the small partners take far less than they bring, feel used,
        // push back and walk away; the collaboration does not end as a fair win-win.
        Simulation sim = Simulation.create(Configs.defaults().power(PowerDistribution.DOMINANT).influence(1.0)
                .opportunism(0).build(), 1);
        RunResult r = sim.run(400, List.of());
        assertThat(r.outcome()).isIn(Outcome.BREAKUP, Outcome.WIN_LOSE);
        assertThat(r.metrics().get("voice_acts")).isPositive();
        assertThat(r.partners().subList(1, 6)).anyMatch(p -> !p.active());
    }

    @Test
    void theModelExposesItsStateWithoutAGui() {
        Collaboration m = Simulation.create(Configs.defaults().build(), 3).model();
        assertThat(m.organisations()).hasSize(6);
        assertThat(m.phase()).isEqualTo(Phase.EXPLORE);
        assertThat(m.meanTrust()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
    }
}
