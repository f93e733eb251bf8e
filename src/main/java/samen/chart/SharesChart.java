package samen.chart;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
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
 * Outcome shares per value of one varied parameter: for each value a group of bars, one per
 * outcome in its colour, each with its 95% Wilson interval as an error bar (a share of 10 runs is
 * not a share of 1,000), and the number of runs under the group.
 */
final class SharesChart {

    /** Outcomes in the order of the model, from good to bad, then failed runs. */
    static final List<String> OUTCOMES = List.of("win_win", "compromise", "win_lose", "lose_lose", "stagnation",
            "sham", "breakup", "error");
    /** Width of a group of bars, in units of the distance between values. */
    private static final double GROUP = 0.8;

    private SharesChart() {
    }

    static JFreeChart build(SweepData sweep, String parameter, Labels labels) {
        Levels levels = Levels.of(sweep.parameters().get(parameter));
        int[] n = levels.counts();
        List<String> outcomes = present(sweep);
        double bar = GROUP / outcomes.size();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int o = 0; o < outcomes.size(); o++) {
            int[] count = new int[levels.size()];
            for (int i = 0; i < sweep.runs(); i++) if (sweep.outcomes().get(i).equals(outcomes.get(o))) count[levels.group()[i]]++;
            YIntervalSeries series = new YIntervalSeries(labels.outcome(outcomes.get(o)));
            for (int g = 0; g < levels.size(); g++) {
                if (n[g] == 0) continue;
                ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n[g], count[g], 0.95);
                series.add(g - GROUP / 2 + bar * (o + 0.5), 100.0 * count[g] / n[g], 100 * ci.getLowerBound(), 100 * ci.getUpperBound());
            }
            data.addSeries(series);
        }
        List<String> names = new ArrayList<>();
        for (int g = 0; g < levels.size(); g++) names.add(levels.labels().get(g) + " (" + labels.get("cell.n", n[g]) + ")");
        SymbolAxis x = new SymbolAxis(parameter, names.toArray(String[]::new));
        return whiskeredBars(labels.get("title.shares", parameter), SweepCharts.provenance(sweep, labels), x, data, bar * 0.9,
                outcomes.stream().map(Palette::outcome).toList(), Math.max(4, 60.0 / outcomes.size()), labels);
    }

    /**
     * Bars of shares (in %) with their intervals as whiskers, grouped along {@code x}: one series of
     * {@code data} per colour of {@code paints}, each point at its bar's centre. This chart's plot and
     * samen compare's.
     */
    static JFreeChart whiskeredBars(String title, String provenance, SymbolAxis x, YIntervalSeriesCollection data,
                                    double barWidth, List<? extends Paint> paints, double capLength, Labels labels) {
        NumberAxis y = new NumberAxis(labels.get("axis.share"));
        XYBarRenderer bars = new XYBarRenderer();
        XYPlot plot = new XYPlot(new XYBarDataset(data, barWidth), x, y, bars);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartStyle.finish(chart, labels, provenance);
        for (int i = 0; i < paints.size(); i++) {
            bars.setSeriesPaint(i, paints.get(i));
            whiskers.setSeriesVisibleInLegend(i, false);
        }
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setLegendBar(ChartStyle.LEGEND_SWATCH);
        whiskers.setDrawXError(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(ChartStyle.TEXT);
        whiskers.setErrorStroke(ChartStyle.line(1.5f));
        whiskers.setCapLength(capLength);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, x.getSymbols().length - 0.4);
        y.setRange(0, 100);
        y.setTickUnit(new NumberTickUnit(10, labels.numbers()));
        return chart;
    }

    /** The outcomes that occur, in the fixed order (so colours and order agree across charts). */
    static List<String> present(SweepData sweep) {
        List<String> present = new ArrayList<>();
        for (String o : OUTCOMES) if (sweep.outcomes().contains(o)) present.add(o);
        for (String o : sweep.outcomes()) if (!present.contains(o)) present.add(o);
        return present;
    }
}
