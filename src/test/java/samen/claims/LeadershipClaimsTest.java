package samen.claims;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import samen.model.Configs;
import samen.model.Leadership;
import samen.model.Outcome;
import samen.model.config.PowerSettings.PowerDistribution;

/**
 * Seed 003 §4.3: leadership must be "gegund en verbindend leiderschap, geen hiërarchisch
 * leiderschap". Hierarchical representatives under a dominant partner end in win-lose or break-up
 * more often than a connecting team under equal power (chi-square, 200 seeds each, alpha 0.01).
 */
class LeadershipClaimsTest {

    @Test
    void hierarchicalLeadershipUnderDominantPowerEndsWorse() {
        Runs hierarchical = Runs.of(Configs.defaults().leadership(Leadership.HIERARCHICAL)
                .power(PowerDistribution.DOMINANT).build(), 200);
        Runs connective = Runs.of(Configs.defaults().power(PowerDistribution.EQUAL).build(), 200);
        Runs.moreOften("hierarchical+dominant vs connective+equal", EnumSet.of(Outcome.WIN_LOSE, Outcome.BREAKUP),
                hierarchical, connective);
    }
}
