package samen.chart;

import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines of levels between 0 and 1 over the steps of a run, over the phase bands, with
 * interventions and shocks marked: the shape of the trust chart and of the conditions chart.
 */
final class LevelsChart {

    /** One line: its legend name, one value per step, colour and stroke. */
    record Line(String name, double[] values, Paint paint, Stroke stroke) {
    }

    /** Room above 1 for the names of the phases. */
    static final double TOP = 1.09;

    private LevelsChart() {
    }

    static JFreeChart build(RunData run, Labels labels, String title, String axis, List<Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) data.addSeries(Series.of(line.name(), run.steps(), line.values()));
        JFreeChart chart = ChartFactory.createXYLineChart(title, labels.get("axis.step"), axis, data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, lines.get(i).paint());
            renderer.setSeriesStroke(i, lines.get(i).stroke());
        }
        plot.setRenderer(renderer);
        unitAxis((NumberAxis) plot.getRangeAxis(), labels);
        overTime(plot, run, labels);
        return chart;
    }

    /** A 0-to-1 axis with ticks every 0.1 and room for the phase names above 1. */
    static void unitAxis(NumberAxis axis, Labels labels) {
        axis.setRange(0, TOP);
        axis.setTickUnit(new NumberTickUnit(0.1, labels.numbers()));
    }

    /** The time axis from the first to the last step, with phases and events marked. */
    static void overTime(XYPlot plot, RunData run, Labels labels) {
        plot.getDomainAxis().setRange(run.steps()[0], Math.max(1, run.lastStep()));
        TimeMarks.add(plot, run, labels);
    }
}
