package samen.experiment.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PRIM on a synthetic data set whose true box is known: runs are of interest where x1 > 0.6,
 * x2 < 0.4 and the category of x3 is not the third, with 3% of the labels flipped; x4 is noise.
 */
class PrimTest {

    static final int N = 4000;
    static final double[][] X = new double[4][N];
    static final boolean[] Y = new boolean[N];

    static {
        Random random = new Random(20261201);
        for (int r = 0; r < N; r++) {
            X[0][r] = random.nextDouble();
            X[1][r] = random.nextDouble();
            X[2][r] = random.nextInt(3);
            X[3][r] = random.nextDouble();
            boolean inside = X[0][r] > 0.6 && X[1][r] < 0.4 && X[2][r] != 2;
            Y[r] = random.nextDouble() < 0.03 ? !inside : inside;
        }
    }

    final Prim prim = new Prim(X, new int[] {0, 0, 3, 0}, Y, 0.05, 0.05);

    @Test
    void peelingAndPastingRecoverTheTrueBox() {
        Prim.Step chosen = prim.paste(Discovery.densest(prim.peel(), 0.7));
        Prim.Box box = chosen.box();
        assertThat(box.low()[0]).isCloseTo(0.6, within(0.03));
        assertThat(box.high()[0]).isEqualTo(prim.all().high()[0]);
        assertThat(box.high()[1]).isCloseTo(0.4, within(0.03));
        assertThat(box.low()[1]).isEqualTo(prim.all().low()[1]);
        assertThat(box.keep()[2]).containsExactly(true, true, false);
        assertThat(prim.restricts(box, 3)).as("x4 is noise").isFalse();
        assertThat(chosen.density()).isGreaterThan(0.9);
        assertThat(chosen.coverage()).isGreaterThan(0.7);

        double[] p = prim.quasiP(box);
        for (int d = 0; d < 3; d++) assertThat(p[d]).as("quasi-p of x%d", d + 1).isLessThan(1e-6);
        assertThat(p[3]).isNaN();
    }

    @Test
    void theTrajectoryTradesCoverageForDensityStepByStep() {
        List<Prim.Step> steps = prim.peel();
        assertThat(steps.get(0).mass()).isEqualTo(1.0);
        assertThat(steps.get(0).coverage()).isEqualTo(1.0);
        assertThat(steps).hasSizeGreaterThan(10);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).index()).isEqualTo(i);
            assertThat(steps.get(i).runs()).isLessThan(steps.get(i - 1).runs());
            assertThat(steps.get(i).coverage()).isLessThanOrEqualTo(steps.get(i - 1).coverage());
            assertThat(steps.get(i).mass()).isGreaterThanOrEqualTo(0.05);
        }
        assertThat(steps.get(steps.size() - 1).density()).isGreaterThan(steps.get(0).density());
    }

    @Test
    void aLimitThatAddsNothingHasAHighQuasiPValue() {
        Prim.Box box = prim.all();
        box.low()[0] = 0.6;
        box.high()[1] = 0.4;
        box.keep()[2][2] = false;
        box.high()[3] = 0.9; // cuts noise only
        double[] p = prim.quasiP(box);
        assertThat(p[3]).isGreaterThan(0.05);
        assertThat(p[0]).isLessThan(1e-6);
    }

    @Test
    void pastingNeverLowersTheDensity() {
        for (Prim.Step s : prim.peel()) {
            Prim.Step pasted = prim.paste(s);
            assertThat(pasted.density()).isGreaterThanOrEqualTo(s.density());
            assertThat(pasted.runs()).isGreaterThanOrEqualTo(s.runs());
        }
    }
}
