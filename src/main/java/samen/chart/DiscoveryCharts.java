package samen.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import samen.scenario.ScenarioException;

/**
 * The charts of {@code samen discover}, from the files it writes into {@code SWEEP_DIR/discovery/}:
 * the peeling trajectory (coverage against density, one point per step, coloured by the number of
 * parameters the box restricts, the chosen box ringed), the chosen box (per restricted parameter
 * its limits within the range the sweep covered, with the quasi-p-value) and the feature scores.
 */
public final class DiscoveryCharts {

    private static final Color[] BY_RESTRICTIONS = {Palette.GREY, Palette.SKY_BLUE, Palette.BLUE, Palette.GREEN,
            Palette.ORANGE, Palette.VERMILLION, Palette.PURPLE};

    private DiscoveryCharts() {
    }

    /** Both charts of the discovery in {@code dir} ({@code SWEEP_DIR/discovery}). */
    public static List<NamedChart> of(Path dir, String display, Labels labels) throws java.io.IOException, ScenarioException {
        Table trajectory = Table.read(dir.resolve("prim_trajectory.csv"), display + "/prim_trajectory.csv")
                .require("step", "coverage", "density", "restricted", "chosen");
        Table box = Table.read(dir.resolve("prim_box.csv"), display + "/prim_box.csv")
                .require("parameter", "kind", "low", "high", "categories", "all_low", "all_high", "all_categories", "restricted", "quasi_p");
        Table scores = Table.read(dir.resolve("feature_scores.csv"), display + "/feature_scores.csv")
                .require("parameter", "accuracy_drop", "low", "high");
        String condition = trajectory.comment().replaceFirst("^samen discover: ", "");
        return List.of(new NamedChart("prim-trajectory", trajectory(trajectory, condition, labels)),
                new NamedChart("prim-box", box(box, condition, labels)),
                new NamedChart("feature-scores", scores(scores, condition, labels)));
    }

    /** A bar per parameter: the forest's mean drop in accuracy when it is shuffled, whiskers from the smallest to the largest. */
    private static JFreeChart scores(Table t, String condition, Labels labels) throws ScenarioException {
        YIntervalSeries drops = new YIntervalSeries(labels.get("axis.accuracy.drop"));
        String[] names = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            names[i] = t.text(i, "parameter");
            drops.add(i, t.number(i, "accuracy_drop"), t.number(i, "low"), t.number(i, "high"));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(drops);
        SymbolAxis x = new SymbolAxis(labels.get("axis.parameter"), names);
        x.setGridBandsVisible(false);
        NumberAxis y = new NumberAxis(labels.get("axis.accuracy.drop"));
        XYBarRenderer bars = new XYBarRenderer();
        XYPlot plot = new XYPlot(new XYBarDataset(data, 0.6), x, y, bars);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(labels.get("title.feature.scores", condition), plot);
        chart.removeLegend();
        ChartStyle.finish(chart, labels, labels.get("note.feature.scores"));
        bars.setSeriesPaint(0, Palette.BLUE);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardXYBarPainter());
        whiskers.setDrawXError(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(ChartStyle.TEXT);
        whiskers.setErrorStroke(ChartStyle.line(2.5f));
        whiskers.setCapLength(14);
        x.setRange(-0.6, t.size() - 0.4);
        return chart;
    }

    private static JFreeChart trajectory(Table t, String condition, Labels labels) throws ScenarioException {
        XYSeriesCollection data = new XYSeriesCollection();
        int most = 0;
        for (int i = 0; i < t.size(); i++) most = Math.max(most, (int) t.number(i, "restricted"));
        for (int k = 0; k <= most; k++) data.addSeries(new XYSeries(labels.get("prim.restricted", k), false));
        double chosenX = Double.NaN;
        double chosenY = Double.NaN;
        int chosenStep = -1;
        for (int i = 0; i < t.size(); i++) {
            double coverage = t.number(i, "coverage");
            double density = t.number(i, "density");
            data.getSeries((int) t.number(i, "restricted")).add(coverage, density);
            if (t.text(i, "chosen").equals("true")) {
                chosenX = coverage;
                chosenY = density;
                chosenStep = (int) t.number(i, "step");
            }
        }
        NumberAxis x = new NumberAxis(labels.get("axis.coverage"));
        NumberAxis y = new NumberAxis(labels.get("axis.density"));
        x.setRange(0, 1.02);
        y.setRange(0, 1.02);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, dots);
        JFreeChart chart = new JFreeChart(labels.get("title.prim.trajectory", condition), plot);
        ChartStyle.finish(chart, labels, labels.get("note.prim.trajectory"));
        for (int k = 0; k <= most; k++) {
            dots.setSeriesPaint(k, BY_RESTRICTIONS[Math.min(k, BY_RESTRICTIONS.length - 1)]);
            dots.setSeriesShape(k, new Ellipse2D.Double(-7, -7, 14, 14));
        }
        if (chosenStep >= 0) {
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(chosenX - 0.02, chosenY - 0.02, 0.04, 0.04),
                    new BasicStroke(3f), ChartStyle.TEXT));
            XYTextAnnotation label = new XYTextAnnotation(labels.get("prim.chosen", chosenStep), chosenX + 0.025, chosenY - 0.025);
            label.setFont(new Font(ChartStyle.FONT, Font.BOLD, 18));
            label.setTextAnchor(TextAnchor.TOP_LEFT);
            label.setPaint(ChartStyle.TEXT);
            plot.addAnnotation(label);
        }
        return chart;
    }

    private static JFreeChart box(Table t, String condition, Labels labels) throws ScenarioException {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (t.text(i, "restricted").equals("true")) rows.add(i);
        String[] names = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) names[r] = t.text(rows.get(r), "parameter");
        SymbolAxis y = new SymbolAxis(null, names);
        y.setGridBandsVisible(false);
        NumberAxis x = new NumberAxis(labels.get("axis.range"));
        x.setRange(-0.02, 1.02);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        y.setRange(-0.6, Math.max(rows.size(), 1) - 0.4);
        JFreeChart chart = new JFreeChart(labels.get("title.prim.box", condition), plot);
        chart.removeLegend();
        ChartStyle.finish(chart, labels, labels.get("note.prim.box"));
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            double from;
            double to;
            String limits;
            if (t.text(i, "kind").equals("numeric")) {
                double lo = t.number(i, "all_low");
                double hi = t.number(i, "all_high");
                double span = hi > lo ? hi - lo : 1;
                from = (t.number(i, "low") - lo) / span;
                to = (t.number(i, "high") - lo) / span;
                limits = "[" + t.text(i, "low") + ", " + t.text(i, "high") + "] " + labels.get("prim.of", t.text(i, "all_low"), t.text(i, "all_high"));
            } else {
                List<String> all = List.of(t.text(i, "all_categories").split("\\|"));
                List<String> kept = List.of(t.text(i, "categories").split("\\|"));
                from = 0;
                to = 1;
                for (int c = 0; c < all.size(); c++) {
                    double a = (double) c / all.size();
                    double b = (double) (c + 1) / all.size();
                    Color fill = kept.contains(all.get(c)) ? Palette.BLUE : new Color(0xE0E0E0);
                    plot.addAnnotation(new XYBoxAnnotation(a + 0.005, r - 0.3, b - 0.005, r + 0.3, null, null, fill));
                    XYTextAnnotation name = new XYTextAnnotation(all.get(c), (a + b) / 2, r);
                    name.setFont(new Font(ChartStyle.FONT, Font.BOLD, 16));
                    name.setPaint(kept.contains(all.get(c)) ? Color.WHITE : ChartStyle.TEXT);
                    plot.addAnnotation(name);
                }
                limits = "{" + String.join(", ", kept) + "}";
            }
            if (t.text(i, "kind").equals("numeric")) {
                plot.addAnnotation(new XYBoxAnnotation(0, r - 0.3, 1, r + 0.3, null, null, new Color(0xE0E0E0)));
                plot.addAnnotation(new XYBoxAnnotation(from, r - 0.3, to, r + 0.3, null, null, Palette.BLUE));
            }
            XYTextAnnotation text = new XYTextAnnotation(limits + "   quasi-p " + t.text(i, "quasi_p"), 0.0, r + 0.42);
            text.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 16));
            text.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            text.setPaint(ChartStyle.TEXT);
            plot.addAnnotation(text);
        }
        return chart;
    }
}
