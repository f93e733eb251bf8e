package samen.experiment.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import samen.experiment.analysis.Interval;
import samen.experiment.stats.Band;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;
import samen.experiment.stats.ZTest;

/**
 * A stylised fact as data: its name, the literature it comes from, the {@code --set} overrides
 * that set it up on the base scenario, the cells (one per level) to run, and how their runs are
 * judged. Every test gets one p-value, and the family of them is corrected with Holm; a base rate
 * is a check of an interval, outside the family.
 */
public sealed interface Fact {

    /** Short name, a key in files: {@code power_imbalance}. */
    String key();

    /** Author and year of the literature claim. */
    String source();

    /** Overrides applied to the base scenario before each cell's own. */
    List<String> base();

    /** What is varied, for tables. */
    String factor();

    /** What the claim expects, for tables: {@code up}, {@code down}, {@code in 0.30-0.60}. */
    String expected();

    /** The response watched. */
    Response response();

    /** Each cell's own overrides (applied after {@link #base()}), in the order {@link #evaluate} takes them. */
    List<List<String>> cells();

    /** Judges the cells' runs, in the order of {@link #cells()}. */
    Evaluation evaluate(List<Sample> samples);

    /** The verdict: by default, the Holm-adjusted p-value below {@link FactsRun#ALPHA}. */
    default boolean holds(Evaluation evaluation, double adjustedP) {
        return adjustedP < FactsRun.ALPHA;
    }

    /**
     * Dose-response: the response moves in {@code direction} as the factor rises over at least five
     * ordered levels; Cochran-Armitage (a share) or Jonckheere-Terpstra (a metric).
     */
    record Trend(String key, String source, List<String> base, String factor, List<Level> levels, Response response,
                 Direction direction) implements Fact {
        public Trend {
            base = List.copyOf(base);
            levels = List.copyOf(levels);
            if (levels.size() < 5) throw new IllegalArgumentException(key + ": a trend needs at least five levels");
        }

        @Override
        public String expected() {
            return direction.key();
        }

        @Override
        public List<List<String>> cells() {
            return levels.stream().map(Level::overrides).toList();
        }

        @Override
        public Evaluation evaluate(List<Sample> samples) {
            double from = response.of(samples.get(0));
            double to = response.of(samples.get(samples.size() - 1));
            ZTest test = response.trend(samples);
            String effect = String.format(Locale.ROOT, "%.3f at %s -> %.3f at %s", from, levels.get(0).label(), to,
                    levels.get(levels.size() - 1).label());
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < levels.size(); i++) {
                cells.append(i == 0 ? "" : "; ").append(levels.get(i).label()).append('=')
                        .append(Numbers.decimal(response.of(samples.get(i))));
            }
            return new Evaluation(effect, from, to, test, test.p(direction), cells.toString());
        }
    }

    /**
     * Two factors that complement each other: the effect of raising {@code a} (from its low to its
     * high level) on a share differs, in {@code direction}, between {@code b} high and {@code b}
     * low. A difference of differences over a 2x2 design, tested as a Wald contrast of four
     * independent shares; no regression model needed.
     */
    record Interaction(String key, String source, List<String> base, String a, Level aLow, Level aHigh, String b,
                       Level bLow, Level bHigh, Response.Share response, Direction direction) implements Fact {
        public Interaction {
            base = List.copyOf(base);
        }

        @Override
        public String factor() {
            return a + " x " + b;
        }

        @Override
        public String expected() {
            return direction.key();
        }

        /** (a low, b low), (a high, b low), (a low, b high), (a high, b high). */
        @Override
        public List<List<String>> cells() {
            List<List<String>> cells = new ArrayList<>();
            for (Level bl : List.of(bLow, bHigh)) {
                for (Level al : List.of(aLow, aHigh)) {
                    List<String> both = new ArrayList<>(al.overrides());
                    both.addAll(bl.overrides());
                    cells.add(both);
                }
            }
            return cells;
        }

        @Override
        public Evaluation evaluate(List<Sample> samples) {
            long[] events = new long[4];
            long[] runs = new long[4];
            for (int i = 0; i < 4; i++) {
                events[i] = samples.get(i).count(response.outcomes());
                runs[i] = samples.get(i).runs();
            }
            double whenLow = response.of(samples.get(1)) - response.of(samples.get(0));
            double whenHigh = response.of(samples.get(3)) - response.of(samples.get(2));
            ZTest test = Contrast.linear(events, runs, new double[] {1, -1, -1, 1}, 0);
            String effect = String.format(Locale.ROOT, "%s %s->%s: %+.3f at %s %s, %+.3f at %s %s", a, aLow.label(),
                    aHigh.label(), whenLow, b, bLow.label(), whenHigh, b, bHigh.label());
            String cells = String.format(Locale.ROOT, "%s %s, %s %s=%s; %s %s, %s %s=%s; %s %s, %s %s=%s; %s %s, %s %s=%s",
                    a, aLow.label(), b, bLow.label(), Numbers.decimal(response.of(samples.get(0))),
                    a, aHigh.label(), b, bLow.label(), Numbers.decimal(response.of(samples.get(1))),
                    a, aLow.label(), b, bHigh.label(), Numbers.decimal(response.of(samples.get(2))),
                    a, aHigh.label(), b, bHigh.label(), Numbers.decimal(response.of(samples.get(3))));
            return new Evaluation(effect, whenLow, whenHigh, test, test.p(direction), cells);
        }
    }

    /**
     * A base rate: the share lies between the band's ends, judged by its 95% Wilson interval lying
     * wholly inside (a check, not a test: no p-value, outside the Holm family).
     */
    record BaseRate(String key, String source, List<String> base, Response.Share response, Band band) implements Fact {
        public BaseRate {
            base = List.copyOf(base);
        }

        @Override
        public String factor() {
            return "none (the base scenario)";
        }

        @Override
        public String expected() {
            return String.format(Locale.ROOT, "in %.2f-%.2f", band.low(), band.high());
        }

        @Override
        public List<List<String>> cells() {
            return List.of(List.of());
        }

        /** from and to are the interval's ends; p is NaN. */
        @Override
        public Evaluation evaluate(List<Sample> samples) {
            Sample s = samples.get(0);
            Interval share = Interval.share(s.runs(), s.count(response.outcomes()));
            String effect = String.format(Locale.ROOT, "%.3f (95%% Wilson %.3f-%.3f)", share.estimate(), share.low(), share.high());
            return new Evaluation(effect, share.low(), share.high(), null, Double.NaN, "base=" + Numbers.decimal(share.estimate()));
        }

        @Override
        public boolean holds(Evaluation evaluation, double adjustedP) {
            return band.contains(new Interval(Double.NaN, evaluation.from(), evaluation.to()));
        }
    }
}
