package samen.experiment.calibration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import samen.experiment.RunProbe;
import samen.model.Collaboration;
import samen.output.Decimals;
import samen.output.TimeseriesRecorder;

/**
 * The time-series targets' features as columns of each run's row in {@code runs.csv}, one per
 * target, named by it: recorded as the sweep runs, so a resumed calibration reads them back. The
 * series are read as {@code timeseries.csv} writes them, so a feature computed from that file gives
 * the same value.
 */
final class FeatureProbe implements RunProbe {

    private final List<Target> targets;
    private final List<String> metrics;
    private final List<ToDoubleFunction<Collaboration>> readers;

    private FeatureProbe(List<Target> targets) {
        this.targets = targets;
        this.metrics = Feature.metrics(targets.stream().map(Target::feature).toList());
        this.readers = metrics.stream().map(TimeseriesRecorder::number).toList();
    }

    /** The probe for the targets' features; {@link RunProbe#NONE} when none is a feature, so runs.csv is as a sweep's. */
    static RunProbe of(List<Target> targets) {
        List<Target> features = targets.stream().filter(t -> t.feature() != null).toList();
        return features.isEmpty() ? RunProbe.NONE : new FeatureProbe(features);
    }

    @Override
    public List<String> columns() {
        return targets.stream().map(Target::summary).toList();
    }

    @Override
    public String identity() {
        return String.join("; ", targets.stream().map(t -> t.summary() + ": " + t.feature().text()).toList());
    }

    @Override
    public Observer start() {
        return new Observer() {
            private final double[][] series = new double[readers.size()][64];
            private int steps;

            @Override
            public void afterStep(Collaboration model) {
                for (int i = 0; i < series.length; i++) {
                    if (steps == series[i].length) series[i] = Arrays.copyOf(series[i], steps * 2);
                    series[i][steps] = readers.get(i).applyAsDouble(model);
                }
                steps++;
            }

            @Override
            public String[] cells(Collaboration finished) {
                Map<String, double[]> byName = new LinkedHashMap<>();
                for (int i = 0; i < metrics.size(); i++) byName.put(metrics.get(i), Arrays.copyOf(series[i], steps));
                Feature.Trace trace = new Feature.Trace(byName, finished.events());
                String[] cells = new String[targets.size()];
                for (int t = 0; t < cells.length; t++) {
                    double x = targets.get(t).feature().of(trace);
                    cells[t] = Double.isNaN(x) ? "" : Decimals.format(x);
                }
                return cells;
            }
        };
    }
}
