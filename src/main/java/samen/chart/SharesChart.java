package samen.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Outcome shares per value of one varied parameter: a stacked bar per value, summing to 100%, one
 * colour per outcome, the number of runs under each bar.
 */
final class SharesChart {

    /** Outcomes in the order of the model, from good to bad, then failed runs. */
    static final List<String> OUTCOMES = List.of("win_win", "compromise", "win_lose", "lose_lose", "stagnation",
            "sham", "breakup", "error");

    private SharesChart() {
    }

    static JFreeChart build(SweepData sweep, String parameter, Labels labels) {
        Levels levels = Levels.of(sweep.parameters().get(parameter));
        int[] n = levels.counts();
        List<String> outcomes = present(sweep);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String outcome : outcomes) {
            int[] count = new int[levels.size()];
            for (int i = 0; i < sweep.runs(); i++) if (sweep.outcomes().get(i).equals(outcome)) count[levels.group()[i]]++;
            for (int g = 0; g < levels.size(); g++) {
                data.addValue(n[g] == 0 ? 0 : 100.0 * count[g] / n[g], labels.outcome(outcome),
                        levels.labels().get(g) + " (" + labels.get("cell.n", n[g]) + ")");
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(labels.get("title.shares", parameter), parameter,
                labels.get("axis.share"), data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer bars = new StackedBarRenderer();
        plot.setRenderer(bars);
        ChartStyle.finish(chart, labels, SweepCharts.provenance(sweep, labels));
        bars.setMaximumBarWidth(0.1);
        outcomeBars(plot, bars, outcomes, labels);
        return chart;
    }

    /**
     * The look of outcome shares as stacked bars, after {@link ChartStyle#finish}: a colour per
     * outcome ({@code outcomes} in series order), white outlines, a 0-100% axis.
     */
    static void outcomeBars(CategoryPlot plot, StackedBarRenderer bars, List<String> outcomes, Labels labels) {
        for (int i = 0; i < outcomes.size(); i++) bars.setSeriesPaint(i, Palette.outcome(outcomes.get(i)));
        bars.setDefaultLegendShape(ChartStyle.LEGEND_SWATCH);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(java.awt.Color.WHITE);
        CategoryAxis x = plot.getDomainAxis();
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 100);
        y.setTickUnit(new NumberTickUnit(10, labels.numbers()));
    }

    /** The outcomes that occur, in the fixed order (so colours and stacking agree across charts). */
    static List<String> present(SweepData sweep) {
        List<String> present = new ArrayList<>();
        for (String o : OUTCOMES) if (sweep.outcomes().contains(o)) present.add(o);
        for (String o : sweep.outcomes()) if (!present.contains(o)) present.add(o);
        return present;
    }
}
