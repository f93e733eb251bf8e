package samen.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSeedsTest {

    @Test
    void aSeedDependsOnTheMasterSeedAndRunIdOnly() {
        assertThat(RunSeeds.of(42, 7)).isEqualTo(RunSeeds.of(42, 7));
        assertThat(RunSeeds.of(42, 7)).isNotEqualTo(RunSeeds.of(43, 7)).isNotEqualTo(RunSeeds.of(42, 8));
    }

    /** MASON uses 32 bits of a seed; 64-bit hashes would collide about 116 times in a million runs. */
    @Test
    void noTwoRunsOfASweepShareASeedAndSeedsFitIn32Bits() {
        Set<Long> seen = new HashSet<>();
        for (long run = 0; run < 1_000_000; run++) {
            long seed = RunSeeds.of(-5, run);
            assertThat(seed).isBetween(0L, 0xFFFF_FFFFL);
            seen.add(seed);
        }
        assertThat(seen).hasSize(1_000_000);
    }

    @Test
    void neighbouringMasterSeedsGiveUnrelatedSeeds() {
        int same = 0;
        for (long run = 0; run < 10_000; run++) if (RunSeeds.of(1, run) == RunSeeds.of(2, run + 1)) same++;
        assertThat(same).isZero();
    }
}
