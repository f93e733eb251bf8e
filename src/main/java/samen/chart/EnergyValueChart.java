package samen.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Energy of the collaboration (left axis, 0 to 1) and value created per step (right axis, resource
 * units) over time: does the work pay off, and does the drive hold?
 */
final class EnergyValueChart {

    private EnergyValueChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        XYSeriesCollection energy = new XYSeriesCollection(
                Series.of(labels.get("series.energy"), run.steps(), run.series("energy")));
        XYSeriesCollection value = new XYSeriesCollection(
                Series.of(labels.get("series.value_created"), run.steps(), run.series("value_created")));
        JFreeChart chart = ChartFactory.createXYLineChart(labels.get("title.energy"), labels.get("axis.step"),
                labels.get("axis.energy"), energy, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        NumberAxis valueAxis = new NumberAxis(labels.get("axis.value"));
        plot.setRangeAxis(1, valueAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, value);
        plot.mapDatasetToRangeAxis(1, 1);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        XYLineAndShapeRenderer energyLine = new XYLineAndShapeRenderer(true, false);
        energyLine.setSeriesPaint(0, Palette.ORANGE);
        energyLine.setSeriesStroke(0, ChartStyle.line(4f));
        XYLineAndShapeRenderer valueLine = new XYLineAndShapeRenderer(true, false);
        valueLine.setSeriesPaint(0, Palette.BLUE);
        valueLine.setSeriesStroke(0, ChartStyle.dashed(4f));
        plot.setRenderer(0, energyLine);
        plot.setRenderer(1, valueLine);
        LevelsChart.unitAxis((NumberAxis) plot.getRangeAxis(), labels);
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(0.12); // keep the line below the names of the phases
        LevelsChart.overTime(plot, run, labels);
        return chart;
    }
}
