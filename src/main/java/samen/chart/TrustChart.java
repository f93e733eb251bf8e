package samen.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** Mean trust and mean vigilance over time, over the phases, with interventions and shocks marked. */
final class TrustChart {

    private TrustChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(Series.of(labels.get("series.trust"), run.steps(), run.series("mean_trust")));
        data.addSeries(Series.of(labels.get("series.vigilance"), run.steps(), run.series("mean_vigilance")));
        JFreeChart chart = ChartFactory.createXYLineChart(labels.get("title.trust"), labels.get("axis.step"),
                labels.get("axis.trust"), data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, Palette.TRUST);
        lines.setSeriesPaint(1, Palette.VIGILANCE);
        lines.setSeriesStroke(0, ChartStyle.line(4f));
        lines.setSeriesStroke(1, ChartStyle.dashed(4f));
        plot.setRenderer(lines);
        plot.getRangeAxis().setRange(0, 1.09);
        ((NumberAxis) plot.getRangeAxis()).setTickUnit(new NumberTickUnit(0.1, labels.numbers()));
        plot.getDomainAxis().setRange(run.steps()[0], Math.max(1, run.lastStep()));
        TimeMarks.add(plot, run, labels);
        return chart;
    }
}
