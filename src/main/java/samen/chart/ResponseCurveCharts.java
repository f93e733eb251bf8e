package samen.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One-at-a-time response curves ({@code samen facts --oat}): per parameter, the outcome shares as
 * stacked bars at each value with the failure share as a line over them; and an overview of every
 * parameter's failure share against its position in its allowed range.
 */
public final class ResponseCurveCharts {

    private ResponseCurveCharts() {
    }

    /** One chart per curve ({@code oat-<parameter>}), then the overview ({@code oat-overview}). */
    public static List<NamedChart> all(List<ResponseCurve> curves, Labels labels, String provenance) {
        List<NamedChart> charts = new ArrayList<>();
        for (ResponseCurve c : curves) charts.add(new NamedChart("oat-" + fileName(c.parameter()), curve(c, labels, provenance)));
        charts.add(new NamedChart("oat-overview", overview(curves, labels, provenance)));
        return charts;
    }

    static String fileName(String parameter) {
        return parameter.replace(".*.", ".every.").replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
    }

    static JFreeChart curve(ResponseCurve c, Labels labels, String provenance) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        List<String> present = new ArrayList<>();
        for (var e : c.shares().entrySet()) {
            if (java.util.Arrays.stream(e.getValue()).allMatch(v -> v == 0)) continue;
            present.add(e.getKey());
            for (int v = 0; v < c.values().size(); v++) bars.addValue(100 * e.getValue()[v], labels.outcome(e.getKey()), c.values().get(v));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(labels.get("title.oat", c.parameter(), c.runs()), c.parameter(),
                labels.get("axis.share"), bars, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer stacked = new StackedBarRenderer();
        plot.setRenderer(stacked);
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (int v = 0; v < c.values().size(); v++) line.addValue(100 * c.failure()[v], labels.get("series.failure"), c.values().get(v));
        LineAndShapeRenderer failure = new LineAndShapeRenderer(true, true);
        plot.setDataset(1, line);
        plot.setRenderer(1, failure);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartStyle.finish(chart, labels, provenance);
        for (int i = 0; i < present.size(); i++) stacked.setSeriesPaint(i, Palette.outcome(present.get(i)));
        stacked.setDefaultLegendShape(ChartStyle.LEGEND_SWATCH);
        stacked.setDrawBarOutline(true);
        stacked.setDefaultOutlinePaint(java.awt.Color.WHITE);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 100);
        y.setTickUnit(new NumberTickUnit(10, labels.numbers()));
        failure.setSeriesPaint(0, Palette.BLACK);
        failure.setSeriesStroke(0, ChartStyle.line(5f));
        failure.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        return chart;
    }

    static JFreeChart overview(List<ResponseCurve> curves, Labels labels, String provenance) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ResponseCurve c : curves) {
            XYSeries s = new XYSeries(c.parameter(), false, true);
            int n = c.values().size();
            for (int v = 0; v < n; v++) s.add(n == 1 ? 0 : (double) v / (n - 1), 100 * c.failure()[v]);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(labels.get("title.oat_overview", curves.size()),
                labels.get("axis.range_position"), labels.get("axis.failure"), data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.finish(chart, labels, provenance);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        java.awt.Color[] colours = {Palette.BLUE, Palette.VERMILLION, Palette.GREEN, Palette.ORANGE, Palette.PURPLE,
            Palette.SKY_BLUE, Palette.BLACK, Palette.OLIVE, Palette.GREY};
        for (int i = 0; i < curves.size(); i++) {
            lines.setSeriesPaint(i, colours[i % colours.length]);
            lines.setSeriesStroke(i, i < colours.length ? ChartStyle.line(3f) : ChartStyle.dashed(3f));
        }
        plot.setRenderer(lines);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 100);
        y.setTickUnit(new NumberTickUnit(10, labels.numbers()));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, 1);
        x.setTickUnit(new NumberTickUnit(0.1, labels.numbers()));
        return chart;
    }
}
