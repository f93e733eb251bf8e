package samen.experiment.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import samen.experiment.stats.Trend;
import samen.experiment.stats.ZTest;
import samen.model.Outcome;

/** What a fact watches in the runs of each level: a share of outcomes, or a run metric's mean. */
public sealed interface Response {

    /** The failure share ({@link Failure#FAMILY}). */
    Share FAILURE = new Share("failure share", Failure.FAMILY);
    /** The win-win share. */
    Share WIN_WIN = new Share("win-win share", EnumSet.of(Outcome.WIN_WIN));

    /** How tables name it: {@code failure share}, {@code mean mean_trust}. */
    String label();

    /** The response of one level's runs. */
    double of(Sample sample);

    /** The trend over levels in order, scored by rank (1, 2, ...): equally spaced, no dose assumed. */
    ZTest trend(List<Sample> levels);

    /** A share of runs ending in {@code outcomes}; its trend is Cochran-Armitage's. */
    record Share(String label, Set<Outcome> outcomes) implements Response {
        public Share {
            outcomes = Set.copyOf(outcomes);
        }

        @Override
        public double of(Sample sample) {
            return sample.share(outcomes);
        }

        @Override
        public ZTest trend(List<Sample> levels) {
            long[] runs = new long[levels.size()];
            long[] events = new long[levels.size()];
            double[] scores = new double[levels.size()];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = levels.get(i).runs();
                events[i] = levels.get(i).count(outcomes);
                scores[i] = i + 1;
            }
            return Trend.cochranArmitage(runs, events, scores);
        }
    }

    /** A run metric ({@code RunResult.metrics()}); its trend is Jonckheere-Terpstra's. */
    record Metric(String name) implements Response {
        @Override
        public String label() {
            return "mean " + name;
        }

        @Override
        public double of(Sample sample) {
            return sample.mean(name);
        }

        @Override
        public ZTest trend(List<Sample> levels) {
            return Trend.jonckheereTerpstra(levels.stream().map(s -> s.metric(name)).toArray(double[][]::new));
        }
    }
}
