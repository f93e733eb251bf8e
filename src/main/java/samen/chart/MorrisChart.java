package samen.chart;

import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * Morris screening of one metric: each parameter at (mu*, sigma) with its 95% interval of mu*. Far
 * right: the parameter matters; high up: its effect is non-linear or depends on other parameters
 * (above the line sigma = mu* that dominates).
 */
final class MorrisChart {

    private MorrisChart() {
    }

    static JFreeChart build(SweepData sweep, String metric, Labels labels) {
        List<SweepData.Morris> rows = sweep.morris().stream().filter(m -> m.metric().equals(metric)).toList();
        XIntervalSeries points = new XIntervalSeries(metric);
        double top = 0;
        for (SweepData.Morris m : rows) {
            points.add(m.muStar(), lowOr(m.muStarLow(), m.muStar()), highOr(m.muStarHigh(), m.muStar()), m.sigma());
            top = Math.max(top, Math.max(highOr(m.muStarHigh(), m.muStar()), m.sigma()));
        }
        top = top > 0 ? top * 1.15 : 1;
        NumberAxis x = new NumberAxis(labels.get("axis.mustar", metric));
        NumberAxis y = new NumberAxis(labels.get("axis.sigma", metric));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(points);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(labels.get("title.morris", metric), plot);
        chart.removeLegend();
        ChartStyle.finish(chart, labels, SweepCharts.provenance(sweep, labels));
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-9, -9, 18, 18));
        renderer.setErrorPaint(Palette.BLUE);
        renderer.setErrorStroke(ChartStyle.line(2.5f));
        renderer.setCapLength(12);
        x.setRange(0, top);
        y.setRange(0, top);
        XYLineAnnotation diagonal = new XYLineAnnotation(0, 0, top, top, ChartStyle.dashed(2f), Palette.GREY);
        plot.addAnnotation(diagonal);
        // Below the line at the right, where it cannot cross it.
        XYTextAnnotation diagonalLabel = new XYTextAnnotation(labels.get("series.reference"), top * 0.99, top * 0.5);
        diagonalLabel.setFont(new Font(ChartStyle.FONT, Font.ITALIC, 18));
        diagonalLabel.setPaint(Palette.GREY);
        diagonalLabel.setTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addAnnotation(diagonalLabel);
        for (int i = 0; i < rows.size(); i++) {
            SweepData.Morris m = rows.get(i);
            // Parameters at (nearly) the same point get their names stacked instead of overprinted.
            int above = 0;
            for (SweepData.Morris earlier : rows.subList(0, i)) {
                if (Math.abs(earlier.muStar() - m.muStar()) < top * 0.1 && Math.abs(earlier.sigma() - m.sigma()) < top * 0.04) above++;
            }
            XYTextAnnotation name = new XYTextAnnotation(" " + m.parameter(), m.muStar() + top * 0.012,
                    m.sigma() + top * (0.012 + 0.04 * above));
            name.setFont(new Font(ChartStyle.FONT, Font.BOLD, 19));
            name.setPaint(ChartStyle.TEXT);
            name.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(name);
        }
        return chart;
    }

    private static double lowOr(double low, double fallback) {
        return Double.isNaN(low) ? fallback : low;
    }

    private static double highOr(double high, double fallback) {
        return Double.isNaN(high) ? fallback : high;
    }
}
