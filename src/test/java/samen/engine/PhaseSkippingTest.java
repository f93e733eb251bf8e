package samen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import samen.model.Configs;
import samen.model.Outcome;
import samen.model.Phase;
import samen.model.config.ModelConfig;

/**
 * Seed 003 §3.2: partners who storm straight to the contract ("doorgestormd naar het convenant")
 * stall "bijna zonder uitzondering" later and must go back to the ambition phase.
 */
class PhaseSkippingTest {

    private static final int SEEDS = 200;
    private static final double ALPHA = 0.01;

    /** Runs that stalled: ended in stagnation or break-up, or fell back at least once. */
    private static long stalled(ModelConfig config) {
        long count = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            RunResult r = Simulation.create(config, seed).run(200, List.of());
            boolean failed = r.outcome() == Outcome.STAGNATION || r.outcome() == Outcome.BREAKUP;
            if (failed || r.metrics().get("fallbacks") > 0) count++;
        }
        return count;
    }

    /** Chi-square test of independence on the 2x2 table (start phase x stalled), at alpha 0.01. */
    @Test
    void stormingToTheContractStallsMoreOften() {
        long fullSequence = stalled(Configs.defaults().startPhase(Phase.EXPLORE).build());
        long stormed = stalled(Configs.defaults().startPhase(Phase.AGREE).build());
        long[][] table = {{fullSequence, SEEDS - fullSequence}, {stormed, SEEDS - stormed}};

        assertThat(stormed).as("stalled runs: stormed %d vs full sequence %d of %d", stormed, fullSequence, SEEDS)
                .isGreaterThan(fullSequence);
        assertThat(new ChiSquareTest().chiSquareTest(table, ALPHA)).as("independence rejected at %s", ALPHA).isTrue();
    }
}
