package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import samen.model.Relations;
import samen.model.config.TrustSettings;

/**
 * Seed 003 §3.3: "vertrouwen komt te voet en gaat te paard". A partner who has as many good as bad
 * experiences of equal size, in any order, ends below the trust it started with, with the
 * default rates (gain 0.005, loss 0.08). Checked for 200 seeds of random orders, sizes and counts;
 * a deterministic claim needs no significance level: every seed must hold.
 */
class TrustAsymmetryClaimsTest {

    @Test
    void asManyGoodAsBadExperiencesLeaveTrustBelowWhereItStarted() {
        TrustSettings defaults = new TrustSettings(0.4, 0.005, 0.08, 0.3, 0.1, 0.7);
        for (long seed = 0; seed < Runs.SEEDS; seed++) {
            Random random = new Random(seed);
            int pairs = 1 + random.nextInt(5);
            double size = 0.1 + 0.9 * random.nextDouble();
            List<Boolean> experiences = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                experiences.add(true);
                experiences.add(false);
            }
            Collections.shuffle(experiences, random);
            Relations relations = new Relations(samen.model.Network.complete(2), defaults);
            for (boolean good : experiences) {
                if (good) relations.goodExperience(0, 1, size, 0.3);
                else relations.badExperience(0, 1, size);
            }
            assertThat(relations.trust(0, 1)).as("seed %d: %d good and %d bad of size %.2f in order %s",
                    seed, pairs, pairs, size, experiences).isLessThan(defaults.initial());
        }
    }
}
