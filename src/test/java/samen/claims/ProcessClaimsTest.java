package samen.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.experiment.stats.ZTest;
import samen.model.Collaboration;
import samen.model.Phase;

/**
 * Seed 003 §4.5 on pictures of the phase, and two of seed 004's interventions, process managing and
 * problem structuring, each as a dose (how often it is applied: never, every 48, 24, 12 and 6 steps)
 * in the setting it is meant for: a neglected process, and partners who stormed to the contract.
 * {@value Runs#SEEDS} seeds per level; trends are Jonckheere-Terpstra for a metric and
 * Cochran-Armitage for the failure share, one-sided; the cost of mismatched pictures is a sign test
 * within runs. Holm over every claim of the suite
 * ({@link ClaimSuite}) at alpha 0.01.
 */
class ProcessClaimsTest {

    static final String[] ATTENTION = {"0", "0.25", "0.5", "0.75", "1"};
    static final List<String> NEGLECTED_PROCESS = List.of("conditions.process.attention=0");
    static final List<String> STORMED_TO_THE_CONTRACT = List.of("collaboration.start_phase=agree");

    private static Evidence evidence;
    private static final Observed.Probe TEMPO_GAP = Observed.Probe.of("tempo_gap", TempoGap::new);

    /**
     * The tempo of working steps that begin with every partner seeing the real phase, less that of
     * working steps that begin with some partner seeing another (NaN when a run has no step of one
     * kind). A working step is one before execute, with the phase's work not done, that does not
     * fall back: its momentum is its tempo.
     */
    private static final class TempoGap implements Observed.Watch {
        private double alignedSum;
        private double staleSum;
        private int aligned;
        private int stale;
        private Phase phase;
        private boolean working;
        private boolean picturesDiffer;

        @Override
        public void afterStep(Collaboration model) {
            if (model.step() > 0 && working && model.phase() == phase) {
                if (picturesDiffer) {
                    staleSum += model.momentum();
                    stale++;
                } else {
                    alignedSum += model.momentum();
                    aligned++;
                }
            }
            phase = model.phase();
            working = phase != Phase.EXECUTE && model.phaseProgress() < 1 && !model.ended();
            picturesDiffer = Probes.staleShare(model) > 0;
        }

        @Override
        public double value() {
            return aligned == 0 || stale == 0 ? Double.NaN : alignedSum / aligned - staleSum / stale;
        }
    }

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(ProcessClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        Map<String, List<Observed.Arm>> factors = new LinkedHashMap<>();
        factors.put("pictures", Observed.Arm.untreated(Runs.levels(List.of(), "conditions.process.attention", ATTENTION)));
        factors.put("neglected", Observed.Arm.untreated(List.of(new Runs.Cell(Runs.BASE, NEGLECTED_PROCESS))));
        factors.put("managing", Observed.Arm.untreated(Runs.levels(NEGLECTED_PROCESS, "interventions",
                Runs.schedules("process_managing"))));
        factors.put("structuring", Observed.Arm.untreated(Runs.levels(STORMED_TO_THE_CONTRACT, "interventions",
                Runs.schedules("problem_structuring"))));
        Map<String, List<Sample>> samples = Observed.byFactor(Runs.SEEDS, factors,
                List.of(Probes.STALE_PICTURES, Probes.UNDERSTANDING, TEMPO_GAP));
        List<Sample> pictures = samples.get("pictures");
        Sample neglected = samples.get("neglected").get(0);
        List<Sample> managing = samples.get("managing");
        List<Sample> structuring = samples.get("structuring");

        evidence.trend("pictures: stale", pictures, new Response.Metric(Probes.STALE_PICTURES.name()), Direction.DOWN);
        double[] gaps = neglected.metric(TEMPO_GAP.name());
        evidence.add("pictures: tempo", String.format(Locale.ROOT, "attention 0: mean tempo gap %.4f over %d runs with both kinds of step",
                Arrays.stream(gaps).filter(g -> !Double.isNaN(g)).average().orElse(Double.NaN),
                Arrays.stream(gaps).filter(g -> !Double.isNaN(g)).count()), signTest(gaps), Direction.UP);
        evidence.trend("process managing: process", managing, new Response.Metric("process"), Direction.UP);
        evidence.trend("process managing: stale", managing, new Response.Metric(Probes.STALE_PICTURES.name()), Direction.DOWN);
        evidence.trend("process managing: failure", managing, Response.FAILURE, Direction.DOWN);
        evidence.trend("problem structuring: understanding", structuring, new Response.Metric(Probes.UNDERSTANDING.name()), Direction.UP);
        evidence.trend("problem structuring: reopened", structuring, new Response.Metric("reopened_agreements"), Direction.DOWN);
        evidence.trend("problem structuring: fallbacks", structuring, new Response.Metric("fallbacks"), Direction.DOWN);
        evidence.trend("problem structuring: failure", structuring, Response.FAILURE, Direction.DOWN);
    }

    /** Sign test over runs (normal approximation), positive when most runs' values are above 0; NaN and 0 left out. */
    static ZTest signTest(double[] values) {
        long above = Arrays.stream(values).filter(v -> v > 0).count();
        long below = Arrays.stream(values).filter(v -> v < 0).count();
        return new ZTest("sign test", above + below == 0 ? Double.NaN : (above - below) / Math.sqrt(above + below));
    }

    /**
     * Seed 003 §4.5: "Het komt dikwijls voor dat partners ... geheel verschillende beelden hebben bij
     * de fase waarin de relatie verkeert", and with a neglected process partners "zich afvragen ...
     * in welke fase ze zitten". The less attention the process gets, the more partners see another
     * phase than the real one; and the mismatch costs: with the process neglected, a working step
     * that begins with pictures apart makes less progress than one that begins with all alike, in
     * the same run.
     */
    @Test
    void aNeglectedProcessLeavesPicturesApartAndMismatchCostsTempo() {
        evidence.assertHolds("pictures: stale");
        evidence.assertHolds("pictures: tempo");
    }

    /**
     * Seed 004, *het proces managen* ("Procesontwerp", "Procesevaluatie", "Ontwikkeling van
     * spelregels"): where nobody attends to the process, managing it more often raises the process
     * condition, brings the partners' pictures of the phase together and lowers the failure share.
     */
    @Test
    void processManagingRescuesANeglectedProcess() {
        evidence.assertHolds("process managing: process");
        evidence.assertHolds("process managing: stale");
        evidence.assertHolds("process managing: failure");
    }

    /**
     * Seed 004, *problemen structureren* ("constateren, decomponeren en structureren van
     * problemen"); seed 003 §4.2 on partners who stormed to the contract: structuring the problem
     * more often builds the mutual understanding they skipped, so fewer agreements are reopened,
     * fewer stalls fall back, and fewer runs fail.
     */
    @Test
    void problemStructuringHelpsPartnersWhoStormedToTheContract() {
        evidence.assertHolds("problem structuring: understanding");
        evidence.assertHolds("problem structuring: reopened");
        evidence.assertHolds("problem structuring: fallbacks");
        evidence.assertHolds("problem structuring: failure");
    }
}
