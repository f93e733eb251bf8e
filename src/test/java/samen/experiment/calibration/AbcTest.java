package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ABC rejection on a synthetic model whose true parameters are known: theta1, theta2 uniform on
 * [0, 1]; the model reports s1 = theta1 + noise and s2 = theta1 * theta2 + noise; the targets are
 * what the model gives at theta = (0.3, 0.6).
 */
class AbcTest {

    static final int DRAWS = 20_000;

    @Test
    void thePosteriorConcentratesAroundTheTrueParameters() {
        Random random = new Random(3);
        double[][] theta = new double[2][DRAWS];
        double[][] s = new double[2][DRAWS];
        for (int d = 0; d < DRAWS; d++) {
            theta[0][d] = random.nextDouble();
            theta[1][d] = random.nextDouble();
            s[0][d] = theta[0][d] + 0.02 * random.nextGaussian();
            s[1][d] = theta[0][d] * theta[1][d] + 0.02 * random.nextGaussian();
        }
        List<Target> targets = List.of(new Target("s1", 0.3, 0.3), new Target("s2", 0.18, 0.18));
        List<Abc.Draw> draws = Abc.reject(targets, s, 0.01);
        List<Abc.Draw> kept = draws.stream().filter(Abc.Draw::accepted).toList();
        assertThat(kept).hasSize(200);
        double mean0 = kept.stream().mapToDouble(d -> theta[0][d.id()]).average().orElseThrow();
        double mean1 = kept.stream().mapToDouble(d -> theta[1][d.id()]).average().orElseThrow();
        assertThat(mean0).isCloseTo(0.3, within(0.02));
        assertThat(mean1).isCloseTo(0.6, within(0.05));
        double sd0 = Math.sqrt(kept.stream().mapToDouble(d -> Math.pow(theta[0][d.id()] - mean0, 2)).sum() / (kept.size() - 1));
        assertThat(sd0).as("much narrower than the prior's 0.29").isLessThan(0.05);
        double worstKept = kept.stream().mapToDouble(Abc.Draw::distance).max().orElseThrow();
        assertThat(draws.stream().filter(d -> !d.accepted())).allSatisfy(d -> assertThat(d.distance()).isGreaterThanOrEqualTo(worstKept));
    }

    @Test
    void aRangeTargetKeepsEveryDrawInsideIt() {
        double[][] s = {{0.1, 0.45, 0.5, 0.55, 0.9, Double.NaN}};
        List<Abc.Draw> draws = Abc.reject(List.of(new Target("share_win_win", 0.4, 0.6)), s, 0.5);
        assertThat(draws).extracting(Abc.Draw::accepted).containsExactly(false, true, true, true, false, false);
        assertThat(draws.get(1).distance()).isZero();
        assertThat(draws.get(5).distance()).isNaN();
    }
}
