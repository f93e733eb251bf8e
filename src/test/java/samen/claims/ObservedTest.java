package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.model.Collaboration;
import samen.model.Opportunism;

/** The harness of the treated and probed claims reads what the engine reports and treats nothing it should not. */
class ObservedTest {

    private static final int SEEDS = 20;
    private static final Observed.Probe LAST_TRUST = Observed.Probe.last("last_trust", Collaboration::meanTrust);

    @Test
    void aProbeOfTheLastStepReadsWhatTheEngineReports() {
        Sample s = Observed.run(SEEDS, Observed.Arm.untreated(List.of(Runs.Cell.of(Runs.BASE))), List.of(LAST_TRUST)).get(0);
        assertThat(s.metric("last_trust")).containsExactly(s.metric("mean_trust"));
    }

    @Test
    void aPolicyThatNeverOverridesLeavesEveryRunAsItWas() {
        List<Observed.Arm> arms = List.of(new Observed.Arm(Runs.Cell.of(Runs.BASE), Observed.Treatment.NONE),
                new Observed.Arm(Runs.Cell.of(Runs.BASE), new OpportunismKindsClaimsTest.Forced(Opportunism.EVASION, 0)));
        List<Sample> s = Observed.run(SEEDS, arms, List.of(Probes.EFFORT, Probes.STALE_PICTURES));
        for (String metric : List.of("mean_trust", "cumulative_value", "exits", Probes.EFFORT.name())) {
            assertThat(s.get(1).metric(metric)).as(metric).containsExactly(s.get(0).metric(metric));
        }
        assertThat(Response.FAILURE.of(s.get(1))).isEqualTo(Response.FAILURE.of(s.get(0)));
    }

    @Test
    void aPolicyThatOverridesChangesTheRuns() {
        List<Observed.Arm> arms = List.of(new Observed.Arm(Runs.Cell.of(Runs.BASE), Observed.Treatment.NONE),
                new Observed.Arm(Runs.Cell.of(Runs.BASE), new OpportunismKindsClaimsTest.Forced(Opportunism.EVASION, 0.3)));
        List<Sample> s = Observed.run(SEEDS, arms, List.of(Probes.EFFORT));
        assertThat(s.get(1).mean(Probes.EFFORT.name())).isLessThan(s.get(0).mean(Probes.EFFORT.name()));
    }
}
