package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC on a synthetic model whose true parameters are known (as {@link AbcTest}): theta1, theta2
 * uniform on [0, 1]; the model reports s1 = theta1 + noise and s2 = theta1 * theta2 + noise; the
 * targets are what it gives at theta = (0.3, 0.6).
 */
class AbcSmcTest {

    static final List<Target> TARGETS = List.of(new Target("s1", 0.3, 0.3), new Target("s2", 0.18, 0.18));

    /** The synthetic model; its noise depends on the batch and the point only, as a sweep's seeds do. */
    static final class Synthetic extends RecordingModel {
        @Override
        double[][] summaries(String batch, List<double[]> points) {
            double[][] s = new double[2][points.size()];
            for (int i = 0; i < points.size(); i++) {
                Random noise = new Random(batch.hashCode() * 1_000_003L + i);
                double[] u = points.get(i);
                s[0][i] = u[0] + 0.02 * noise.nextGaussian();
                s[1][i] = u[0] * u[1] + 0.02 * noise.nextGaussian();
            }
            return s;
        }
    }

    static List<double[]> prior(int n) {
        Random random = new Random(1);
        List<double[]> first = new ArrayList<>();
        for (int i = 0; i < n; i++) first.add(new double[] {random.nextDouble(), random.nextDouble()});
        return first;
    }

    @Test
    void thePosteriorConcentratesAroundTheTrueParametersAsTheToleranceShrinks() throws Exception {
        AbcSmc.Result r = AbcSmc.run(prior(200), TARGETS, 5, 0.5, 7, new Synthetic(), all -> { });
        assertThat(r.stopped()).isFalse();
        assertThat(r.posterior()).hasSize(200);
        assertThat(r.posterior().stream().mapToDouble(AbcSmc.Particle::weight).sum()).isCloseTo(1, within(1e-9));
        for (int g = 1; g < r.tolerances().size(); g++) assertThat(r.tolerances().get(g)).isLessThan(r.tolerances().get(g - 1));
        assertThat(r.posterior()).allSatisfy(p -> assertThat(p.distance()).isLessThanOrEqualTo(r.tolerances().get(4)));
        double[] w = r.posterior().stream().mapToDouble(AbcSmc.Particle::weight).toArray();
        double[] t1 = r.posterior().stream().mapToDouble(p -> p.unit()[0]).toArray();
        double[] t2 = r.posterior().stream().mapToDouble(p -> p.unit()[1]).toArray();
        assertThat(AbcSmc.weightedQuantile(t1, w, 0.05)).isLessThan(0.3);
        assertThat(AbcSmc.weightedQuantile(t1, w, 0.95)).isGreaterThan(0.3);
        assertThat(AbcSmc.weightedQuantile(t2, w, 0.05)).isLessThan(0.6);
        assertThat(AbcSmc.weightedQuantile(t2, w, 0.95)).isGreaterThan(0.6);
        assertThat(AbcSmc.weightedQuantile(t1, w, 0.95) - AbcSmc.weightedQuantile(t1, w, 0.05)).as("prior: 0.9").isLessThan(0.15);
        double mean1 = 0;
        for (int i = 0; i < w.length; i++) mean1 += w[i] * t1[i];
        assertThat(mean1).isCloseTo(0.3, within(0.02));
        assertThat(r.effectiveSize()).isGreaterThan(50);
    }

    @Test
    void aSecondRunAsksForTheSameBatchesSoAResumedOneReplaysTheFirst() throws Exception {
        Synthetic first = new Synthetic();
        Synthetic second = new Synthetic();
        AbcSmc.Result a = AbcSmc.run(prior(40), TARGETS, 3, 0.5, 7, first, all -> { });
        AbcSmc.Result b = AbcSmc.run(prior(40), TARGETS, 3, 0.5, 7, second, all -> { });
        second.assertAskedAs(first);
        assertThat(b.posterior().stream().map(AbcSmc.Particle::weight).toList())
                .isEqualTo(a.posterior().stream().map(AbcSmc.Particle::weight).toList());
        Synthetic otherSeed = new Synthetic();
        AbcSmc.run(prior(40), TARGETS, 3, 0.5, 8, otherSeed, all -> { });
        assertThat(otherSeed.asked.get("gen-01-batch-000").get(0)).isNotEqualTo(first.asked.get("gen-01-batch-000").get(0));
    }

    @Test
    void aToleranceTheModelCannotMeetEndsTheSearchWithTheLastFullPopulation() throws Exception {
        BatchModel noisy = (batch, points) -> {
            double[][] s = new double[1][points.size()];
            for (int i = 0; i < points.size(); i++) s[0][i] = new Random(batch.hashCode() * 31L + i).nextDouble();
            return s;
        };
        AbcSmc.Result r = AbcSmc.run(prior(20), List.of(new Target("s", 0, 0)), 30, 0.5, 3, noisy, all -> { });
        assertThat(r.stopped()).isTrue();
        assertThat(r.posterior()).hasSize(20);
        assertThat(r.tolerances().size()).isLessThan(30);
    }
}
