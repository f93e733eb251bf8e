package samen.experiment.calibration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import samen.model.Event;

/**
 * A time-series feature: one number per run, computed from the run's own per-step series (the
 * numeric columns of {@code timeseries.csv}, by their names there) and events (by {@code kind} and
 * {@code name} as {@code events.csv} gives them). A draw's summary is its mean over the draw's runs;
 * a run without a value (the event never came, no step before it, too few steps) is left out of the
 * mean and not counted among the runs that have one. Steps follow the files: row {@code s} of the
 * series is the state after step {@code s} (0: after set-up), and an event of step {@code s} happened
 * during it, so row {@code s} is the first to show it.
 */
public sealed interface Feature {

    /** The calibration file's keys, one per kind of feature. */
    List<String> KEYS = List.of("change_after", "falls_after", "first_step", "happens", "slope");

    /** The series it reads. */
    List<String> metrics();

    /** Its value for one run; NaN when the run has none. */
    double of(Trace run);

    /** As the calibration file writes it. */
    String text();

    /**
     * A run as a feature sees it.
     *
     * @param series per metric, its value at each step from 0 (all as long as the run)
     * @param events the run's events, oldest first
     */
    record Trace(Map<String, double[]> series, List<Event> events) {

        long lastStep() {
            return series.values().stream().findFirst().map(s -> (long) s.length - 1).orElse(-1L);
        }
    }

    /**
     * Which events count: those of a {@code kind} ({@code phase_change}, {@code agreement_reopened},
     * {@code leave}, ...), and of that {@code name} too unless it is empty ({@code execute}, {@code exit}).
     */
    record Happening(String kind, String name) {

        /** The step of the first such event, or -1. */
        long first(List<Event> events) {
            for (Event e : events) if (e.kind().key().equals(kind) && (name.isEmpty() || e.name().equals(name))) return e.step();
            return -1;
        }

        String text() {
            return "event: " + kind + (name.isEmpty() ? "" : ", name: " + name);
        }
    }

    /**
     * The mean of {@code metric} over the {@code window} steps from the first such event's on, less
     * its mean over the {@code window} steps before it; both cut short where the run is. No value
     * without the event, or when it came at step 0 (nothing before it).
     */
    record ChangeAfter(Happening event, String metric, int window) implements Feature {

        @Override
        public List<String> metrics() {
            return List.of(metric);
        }

        @Override
        public double of(Trace run) {
            long s = event.first(run.events());
            if (s <= 0 || s > run.lastStep()) return Double.NaN;
            double[] x = run.series().get(metric);
            return mean(x, s, Math.min(s + window, x.length)) - mean(x, Math.max(0, s - window), s);
        }

        @Override
        public String text() {
            return String.format(Locale.ROOT, "change_after: {%s, metric: %s, window: %d}", event.text(), metric, window);
        }
    }

    /**
     * 1 when {@link ChangeAfter} is below 0 (the metric falls after the event), else 0; no value where
     * that has none. Its mean over a draw's runs is the share of runs with the event in which it falls.
     * A change within {@link #NOISE} of 0 is floating-point rounding of two means of one level, no fall.
     */
    record FallsAfter(ChangeAfter change) implements Feature {

        static final double NOISE = 1e-9;

        @Override
        public List<String> metrics() {
            return change.metrics();
        }

        @Override
        public double of(Trace run) {
            double d = change.of(run);
            return Double.isNaN(d) ? Double.NaN : d < -NOISE ? 1 : 0;
        }

        @Override
        public String text() {
            return change.text().replaceFirst("change_after", "falls_after");
        }
    }

    /** The step of the first such event; no value without one. */
    record FirstStep(Happening event) implements Feature {

        @Override
        public List<String> metrics() {
            return List.of();
        }

        @Override
        public double of(Trace run) {
            long s = event.first(run.events());
            return s < 0 ? Double.NaN : s;
        }

        @Override
        public String text() {
            return "first_step: {" + event.text() + "}";
        }
    }

    /** 1 when such an event happens in the run, else 0: its mean is the share of runs in which it does. */
    record Happens(Happening event) implements Feature {

        @Override
        public List<String> metrics() {
            return List.of();
        }

        @Override
        public double of(Trace run) {
            return event.first(run.events()) < 0 ? 0 : 1;
        }

        @Override
        public String text() {
            return "happens: {" + event.text() + "}";
        }
    }

    /**
     * The least-squares slope of {@code metric} per step over steps {@code from} to {@code to}, cut
     * short where the run ends; no value with fewer than two steps there.
     */
    record Slope(String metric, long from, long to) implements Feature {

        @Override
        public List<String> metrics() {
            return List.of(metric);
        }

        @Override
        public double of(Trace run) {
            double[] x = run.series().get(metric);
            long end = Math.min(to, x.length - 1L);
            if (end - from < 1) return Double.NaN;
            SimpleRegression fit = new SimpleRegression();
            for (long s = from; s <= end; s++) fit.addData(s, x[(int) s]);
            return fit.getSlope();
        }

        @Override
        public String text() {
            return "slope: {metric: " + metric + ", from: " + from + ", to: " + to + "}";
        }
    }

    /** The mean of {@code x[from .. to - 1]}. */
    private static double mean(double[] x, long from, long to) {
        double sum = 0;
        for (long s = from; s < to; s++) sum += x[(int) s];
        return sum / (to - from);
    }

    /** Every series the features read, each once, in their order. */
    static List<String> metrics(List<Feature> features) {
        return features.stream().flatMap(f -> f.metrics().stream()).distinct().toList();
    }
}
