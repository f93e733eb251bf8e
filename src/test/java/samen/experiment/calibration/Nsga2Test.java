package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * NSGA-II on a synthetic model with two conflicting targets: both summaries are theta1 (theta2 does
 * nothing), one target is 0.2 and the other 0.8, so the Pareto front is every theta1 in [0.2, 0.8].
 */
class Nsga2Test {

    static final List<Target> TARGETS = List.of(new Target("low", 0.2, 0.2), new Target("high", 0.8, 0.8));

    static final class Synthetic extends RecordingModel {
        @Override
        double[][] summaries(String batch, List<double[]> points) {
            double[][] s = new double[2][points.size()];
            for (int i = 0; i < points.size(); i++) s[0][i] = s[1][i] = points.get(i)[0];
            return s;
        }
    }

    static List<double[]> first() {
        Random random = new Random(2);
        List<double[]> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) first.add(new double[] {random.nextDouble(), random.nextDouble()});
        return first;
    }

    @Test
    void theFrontSpreadsOverTheTradeOffBetweenTheTargets() throws Exception {
        List<Integer> told = new ArrayList<>();
        Nsga2.Result r = Nsga2.run(first(), TARGETS, 10, 4, new Synthetic(), all -> told.add(all.size()));
        assertThat(told).hasSize(11).startsWith(20, 40).endsWith(220);
        assertThat(r.evaluations()).hasSize(220);
        List<Double> front = new ArrayList<>();
        for (int e = 0; e < r.pareto().length; e++) if (r.pareto()[e]) front.add(r.evaluations().get(e).unit()[0]);
        assertThat(front).as("nothing far outside [0.2, 0.8], where one target could improve for free")
                .allSatisfy(x -> assertThat(x).isBetween(0.199, 0.801));
        assertThat(front.size()).isGreaterThan(40);
        assertThat(front.stream().mapToDouble(x -> x).max().orElseThrow() - front.stream().mapToDouble(x -> x).min().orElseThrow())
                .as("the front covers the trade-off").isGreaterThan(0.5);
        long lastGeneration = r.evaluations().stream().filter(e -> e.generation() == 10 && e.unit()[0] >= 0.2 && e.unit()[0] <= 0.8).count();
        long firstGeneration = r.evaluations().stream().filter(e -> e.generation() == 0 && e.unit()[0] >= 0.2 && e.unit()[0] <= 0.8).count();
        assertThat(lastGeneration).as("the search moves onto the front").isGreaterThan(firstGeneration);
    }

    @Test
    void theSameSeedAsksForTheSamePointsSoAResumedSearchReplays() throws Exception {
        Synthetic a = new Synthetic();
        Synthetic b = new Synthetic();
        Nsga2.run(first(), TARGETS, 4, 4, a, all -> { });
        Nsga2.run(first(), TARGETS, 4, 4, b, all -> { });
        assertThat(b.asked.keySet()).containsExactly("gen-000", "gen-001", "gen-002", "gen-003", "gen-004");
        b.assertAskedAs(a);
    }

    @Test
    void nondominatedKeepsWhatNothingBeatsInEveryTarget() {
        double[][] rows = {{0, 1}, {1, 0}, {0.5, 0.5}, {0.6, 0.6}, {0, 1}, {1, 1}};
        assertThat(Nsga2.nondominated(rows)).containsExactly(true, true, true, false, true, false);
    }
}
