package samen.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** The five conditions of the common eye over time (issue #3's columns), over the phases. */
final class ConditionsChart {

    /** A different dash per condition, so the lines stay apart in greyscale too. */
    private static final float[][] DASHES = {null, {14f, 6f}, {3f, 6f}, {14f, 6f, 3f, 6f}, {24f, 8f}};

    private ConditionsChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        List<String> conditions = run.conditions();
        XYSeriesCollection data = new XYSeriesCollection();
        for (String c : conditions) data.addSeries(Series.of(labels.condition(c), run.steps(), run.series(c)));
        JFreeChart chart = ChartFactory.createXYLineChart(labels.get("title.conditions"), labels.get("axis.step"),
                labels.get("axis.level"), data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < conditions.size(); i++) {
            lines.setSeriesPaint(i, Palette.condition(conditions.get(i)));
            float[] dash = DASHES[i % DASHES.length];
            lines.setSeriesStroke(i, dash == null ? ChartStyle.line(4f)
                    : new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        }
        plot.setRenderer(lines);
        plot.getRangeAxis().setRange(0, 1.09);
        ((NumberAxis) plot.getRangeAxis()).setTickUnit(new NumberTickUnit(0.1, labels.numbers()));
        plot.getDomainAxis().setRange(run.steps()[0], Math.max(1, run.lastStep()));
        TimeMarks.add(plot, run, labels);
        return chart;
    }
}
