package samen.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Sobol indices of one metric: for each parameter a bar for its first-order index S1 (its effect
 * alone) and one for its total index ST (alone and with others), each with its 95% interval.
 */
final class SobolChart {

    private static final double BAR = 0.36;

    private SobolChart() {
    }

    static JFreeChart build(SweepData sweep, String metric, Labels labels) {
        List<SweepData.Sobol> rows = sweep.sobol().stream().filter(s -> s.metric().equals(metric)).toList();
        YIntervalSeries s1 = new YIntervalSeries(labels.get("series.s1"));
        YIntervalSeries st = new YIntervalSeries(labels.get("series.st"));
        double top = 1;
        for (int i = 0; i < rows.size(); i++) {
            SweepData.Sobol r = rows.get(i);
            s1.add(i - BAR / 2, r.s1(), or(r.s1Low(), r.s1()), or(r.s1High(), r.s1()));
            st.add(i + BAR / 2, r.st(), or(r.stLow(), r.st()), or(r.stHigh(), r.st()));
            top = Math.max(top, Math.max(or(r.s1High(), 0), or(r.stHigh(), 0)));
        }
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        intervals.addSeries(s1);
        intervals.addSeries(st);
        SymbolAxis x = new SymbolAxis(labels.get("axis.parameter"), rows.stream().map(SweepData.Sobol::parameter).toArray(String[]::new));
        NumberAxis y = new NumberAxis(labels.get("axis.index"));
        XYBarRenderer bars = new XYBarRenderer();
        XYPlot plot = new XYPlot(new XYBarDataset(intervals, BAR), x, y, bars);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        plot.setDataset(1, intervals);
        plot.setRenderer(1, whiskers);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(labels.get("title.sobol", metric), plot);
        ChartStyle.finish(chart, labels, SweepCharts.provenance(sweep, labels));
        bars.setSeriesPaint(0, Palette.BLUE);
        bars.setSeriesPaint(1, Palette.SKY_BLUE);
        bars.setShadowVisible(false);
        bars.setLegendBar(ChartStyle.LEGEND_SWATCH);
        whiskers.setDrawXError(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(ChartStyle.TEXT);
        whiskers.setErrorStroke(ChartStyle.line(2.5f));
        whiskers.setCapLength(14);
        whiskers.setSeriesVisibleInLegend(0, false);
        whiskers.setSeriesVisibleInLegend(1, false);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, rows.size() - 0.4);
        y.setRange(Math.min(0, rows.stream().mapToDouble(r -> Math.min(or(r.s1Low(), 0), or(r.stLow(), 0))).min().orElse(0)), top * 1.05);
        y.setTickUnit(new NumberTickUnit(0.1, labels.numbers()));
        return chart;
    }

    private static double or(double x, double fallback) {
        return Double.isNaN(x) ? fallback : x;
    }
}
