package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.model.Outcome;
import samen.model.config.ModelConfig;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * Many runs of one configuration, seeds 0 to n-1, in parallel and in-process (the seeds make every
 * run independent, so the result does not depend on the thread count), and the statistical tests
 * the claim tests use. Every claim is asserted at {@link #ALPHA}.
 */
final class Runs {

    static final int SEEDS = 200;
    static final double ALPHA = 0.01;

    private final List<RunResult> results;

    private Runs(List<RunResult> results) {
        this.results = results;
    }

    static Runs of(ModelConfig config, int steps) {
        return new Runs(LongStream.range(0, SEEDS).parallel()
                .mapToObj(seed -> Simulation.create(config, seed).run(steps, List.of())).toList());
    }

    static Runs of(String file, String... overrides) {
        try {
            Scenario s = ScenarioLoader.load(Path.of(file), List.of(overrides));
            return of(s.model(), s.steps());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    long count(Set<Outcome> family) {
        return results.stream().filter(r -> family.contains(r.outcome())).count();
    }

    double[] metric(String name) {
        return results.stream().mapToDouble(r -> r.metrics().get(name)).toArray();
    }

    double mean(String name) {
        return java.util.Arrays.stream(metric(name)).average().orElseThrow();
    }

    /** {@code more} ends in {@code family} more often than {@code less}: chi-square test on the 2x2 table. */
    static void moreOften(String claim, Set<Outcome> family, Runs more, Runs less) {
        long a = more.count(family);
        long b = less.count(family);
        assertThat(a).as("%s: %s in %d of %d runs vs %d of %d", claim, family, a, SEEDS, b, SEEDS).isGreaterThan(b);
        long[][] table = {{a, SEEDS - a}, {b, SEEDS - b}};
        assertThat(new ChiSquareTest().chiSquareTest(table, ALPHA))
                .as("%s: %d vs %d of %d, independence rejected at %s", claim, a, b, SEEDS, ALPHA).isTrue();
    }

    /** {@code metric} is higher in {@code higher} than in {@code lower}: Mann-Whitney U test. */
    static void higher(String claim, String metric, Runs higher, Runs lower) {
        double h = higher.mean(metric);
        double l = lower.mean(metric);
        assertThat(h).as("%s: mean %s %.4f vs %.4f", claim, metric, h, l).isGreaterThan(l);
        double p = new MannWhitneyUTest().mannWhitneyUTest(higher.metric(metric), lower.metric(metric));
        assertThat(p).as("%s: Mann-Whitney p for %s (%.4f vs %.4f)", claim, metric, h, l).isLessThan(ALPHA);
    }
}
