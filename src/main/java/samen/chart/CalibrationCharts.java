package samen.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import samen.scenario.ScenarioException;

/**
 * The charts of {@code samen calibrate}, from the files it writes into the calibration directory:
 * the Pareto front of an NSGA-II search ({@code evaluations.csv}, {@code pareto.csv}: every point's
 * misses of the first two targets, the front in blue, best-1 ringed; with one target, its miss per
 * point in the order evaluated) and the posterior of an ABC calibration ({@code posterior.csv}
 * against the prior draws of {@code draws.csv} or generation 0 of {@code evaluations.csv}: per
 * parameter, the share of the sample in each of {@value #BINS} bins of its range or at each level,
 * weighted by the importance weights where there are any).
 */
public final class CalibrationCharts {

    static final int BINS = 20;

    private CalibrationCharts() {
    }

    /**
     * @param keys    the varied parameters, as the files' columns name them
     * @param targets the targets' summaries, as the files' columns name them
     */
    public static List<NamedChart> of(Path dir, String display, List<String> keys, List<String> targets, Labels labels)
            throws IOException, ScenarioException {
        List<NamedChart> charts = new ArrayList<>();
        Optional<Table> pareto = Table.readIfPresent(dir.resolve("pareto.csv"), display + "/pareto.csv");
        if (pareto.isPresent()) {
            Table all = Table.read(dir.resolve("evaluations.csv"), display + "/evaluations.csv");
            charts.add(new NamedChart("pareto-front", front(all, pareto.get(), targets, labels)));
        }
        Optional<Table> posterior = Table.readIfPresent(dir.resolve("posterior.csv"), display + "/posterior.csv");
        if (posterior.isPresent()) {
            Optional<Table> draws = Table.readIfPresent(dir.resolve("draws.csv"), display + "/draws.csv");
            Table prior = draws.isPresent() ? draws.get() : Table.read(dir.resolve("evaluations.csv"), display + "/evaluations.csv");
            charts.add(new NamedChart("posterior", posterior(prior, posterior.get().require(keys.toArray(String[]::new)), keys, labels)));
        }
        return charts;
    }

    private static String name(Table t) {
        return t.comment().replaceFirst("^samen calibrate: ", "");
    }

    private static JFreeChart front(Table all, Table front, List<String> targets, Labels labels) throws ScenarioException {
        boolean two = targets.size() >= 2;
        List<String> columns = targets.stream().map(t -> "miss_" + t).toList();
        all.require(columns.toArray(String[]::new));
        front.require(columns.toArray(String[]::new));
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries evaluated = new XYSeries(labels.get("series.calibration.evaluated"), false);
        XYSeries onFront = new XYSeries(labels.get("series.calibration.front"), true);
        for (int i = 0; i < all.size(); i++) {
            Optional<double[]> point = point(all, i, columns, two);
            if (point.isEmpty()) continue;
            evaluated.add(two ? point.get()[0] : i, point.get()[1]);
            if (all.text(i, "pareto").equals("true")) onFront.add(two ? point.get()[0] : i, point.get()[1]);
        }
        data.addSeries(evaluated);
        data.addSeries(onFront);
        NumberAxis x = new NumberAxis(two ? labels.get("axis.calibration.miss", targets.get(0)) : labels.get("axis.calibration.point"));
        NumberAxis y = new NumberAxis(labels.get("axis.calibration.miss", targets.get(two ? 1 : 0)));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, dots);
        JFreeChart chart = new JFreeChart(labels.get("title.calibration.pareto", name(all)), plot);
        ChartStyle.finish(chart, labels, labels.get("note.calibration.pareto"));
        dots.setSeriesPaint(0, Palette.GREY);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        dots.setSeriesPaint(1, Palette.BLUE);
        dots.setSeriesShape(1, new Ellipse2D.Double(-8, -8, 16, 16));
        java.text.NumberFormat digits = java.text.NumberFormat.getNumberInstance(labels.locale());
        digits.setMaximumFractionDigits(6);
        y.setNumberFormatOverride(digits);
        if (two) {
            x.setNumberFormatOverride(digits);
            x.setRange(0, upper(evaluated.toArray()[0], onFront.toArray()[0]));
        }
        y.setRange(0, upper(evaluated.toArray()[1], onFront.toArray()[1]));
        if (front.size() > 0) {
            Optional<double[]> best = point(front, 0, columns, two);
            double bx = two ? best.map(b -> b[0]).orElse(Double.NaN) : indexOfFirstFrontRow(all, front);
            best.ifPresent(b -> {
                double rx = Math.max(1e-9, x.getRange().getLength() * 0.015);
                double ry = Math.max(1e-9, y.getRange().getLength() * 0.024);
                plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(bx - rx, b[1] - ry, 2 * rx, 2 * ry),
                        new BasicStroke(3f), Palette.VERMILLION));
            });
        }
        return chart;
    }

    /**
     * Where an axis of misses ends: past the whole front and the closer half of all points, so
     * the front near 0 is not squeezed into a corner by the first generation's far misses.
     */
    private static double upper(double[] all, double[] front) {
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double half = sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
        double end = Math.max(1.15 * Arrays.stream(front).max().orElse(0), half);
        return end > 0 ? end * 1.05 : 1;
    }

    /** The misses of row {@code i} to plot ({@code [x, y]}, x unused for one target), or empty when a miss is unknown. */
    private static Optional<double[]> point(Table t, int i, List<String> columns, boolean two) {
        String first = t.text(i, columns.get(0));
        String second = two ? t.text(i, columns.get(1)) : first;
        if (first.isEmpty() || second.isEmpty()) return Optional.empty();
        return Optional.of(new double[] {Double.parseDouble(first), Double.parseDouble(second)});
    }

    private static double indexOfFirstFrontRow(Table all, Table front) {
        for (int i = 0; i < all.size(); i++) {
            if (all.text(i, "generation").equals(front.text(0, "generation")) && all.text(i, "point").equals(front.text(0, "point"))) return i;
        }
        return Double.NaN;
    }

    private static JFreeChart posterior(Table prior, Table posterior, List<String> keys, Labels labels) throws ScenarioException {
        double[] weights = new double[posterior.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = posterior.has("weight") ? posterior.number(i, "weight") : 1;
        List<Integer> priorRows = new ArrayList<>();
        for (int i = 0; i < prior.size(); i++) {
            if (!prior.has("generation") || prior.text(i, "generation").equals("0")) priorRows.add(i);
        }
        NumberAxis share = new NumberAxis(labels.get("axis.calibration.share"));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(share);
        plot.setGap(30);
        for (String key : keys) {
            List<String> before = priorRows.stream().map(i -> prior.text(i, key)).toList();
            List<String> after = posterior.texts(key);
            plot.add(histogram(key, before, after, weights, labels));
        }
        String method = posterior.has("weight") ? "ABC-SMC" : "ABC rejection";
        JFreeChart chart = new JFreeChart(labels.get("title.calibration.posterior", name(posterior), method), plot);
        ChartStyle.finish(chart, labels, labels.get("note.calibration.posterior"));
        for (Object sub : plot.getSubplots()) {
            ClusteredXYBarRenderer bars = (ClusteredXYBarRenderer) ((XYPlot) sub).getRenderer();
            bars.setSeriesPaint(0, Palette.LIGHT_GREY.darker());
            bars.setSeriesPaint(1, Palette.BLUE);
            bars.setSeriesVisibleInLegend(0, sub == plot.getSubplots().get(0));
            bars.setSeriesVisibleInLegend(1, sub == plot.getSubplots().get(0));
        }
        return chart;
    }

    /** Prior and posterior shares of one parameter: in bins of its range, or per level of a choice. */
    private static XYPlot histogram(String key, List<String> prior, List<String> posterior, double[] weights, Labels labels) {
        double[] ones = new double[prior.size()];
        Arrays.fill(ones, 1);
        Optional<double[]> priorNumbers = numbers(prior);
        Optional<double[]> posteriorNumbers = numbers(posterior);
        XYSeriesCollection data = new XYSeriesCollection();
        ValueAxis x;
        if (priorNumbers.isPresent() && posteriorNumbers.isPresent()) {
            double lo = Math.min(min(priorNumbers.get()), min(posteriorNumbers.get()));
            double hi = Math.max(max(priorNumbers.get()), max(posteriorNumbers.get()));
            double width = hi > lo ? (hi - lo) / BINS : 1;
            data.addSeries(binned(labels.get("series.calibration.prior"), priorNumbers.get(), ones, lo, width));
            data.addSeries(binned(labels.get("series.calibration.posterior"), posteriorNumbers.get(), weights, lo, width));
            data.setIntervalWidth(width);
            NumberAxis axis = new NumberAxis(key);
            axis.setAutoRangeIncludesZero(false);
            x = axis;
        } else {
            List<String> levels = new ArrayList<>(new java.util.TreeSet<>(prior));
            posterior.stream().filter(v -> !levels.contains(v)).forEach(levels::add);
            data.addSeries(levelled(labels.get("series.calibration.prior"), prior, ones, levels));
            data.addSeries(levelled(labels.get("series.calibration.posterior"), posterior, weights, levels));
            data.setIntervalWidth(0.8);
            x = new SymbolAxis(key, levels.toArray(String[]::new));
        }
        ClusteredXYBarRenderer bars = new ClusteredXYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(data, x, null, bars);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }

    private static XYSeries binned(String name, double[] x, double[] w, double lo, double width) {
        double[] share = new double[BINS];
        double total = Arrays.stream(w).sum();
        for (int i = 0; i < x.length; i++) share[Math.min(BINS - 1, (int) ((x[i] - lo) / width))] += 100 * w[i] / total;
        XYSeries s = new XYSeries(name, false);
        for (int b = 0; b < BINS; b++) s.add(lo + (b + 0.5) * width, share[b]);
        return s;
    }

    private static XYSeries levelled(String name, List<String> values, double[] w, List<String> levels) {
        double[] share = new double[levels.size()];
        double total = Arrays.stream(w).sum();
        for (int i = 0; i < values.size(); i++) share[levels.indexOf(values.get(i))] += 100 * w[i] / total;
        XYSeries s = new XYSeries(name, false);
        for (int l = 0; l < levels.size(); l++) s.add(l, share[l]);
        return s;
    }

    private static Optional<double[]> numbers(List<String> values) {
        try {
            return Optional.of(values.stream().mapToDouble(Double::parseDouble).toArray());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElse(0);
    }

    private static double max(double[] x) {
        return Arrays.stream(x).max().orElse(1);
    }
}
