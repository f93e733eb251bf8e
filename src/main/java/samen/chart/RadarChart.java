package samen.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The five conditions as a radar (spider web) at a few steps: which condition lags, and how the
 * shape changed. One web per chosen step, later steps darker.
 */
final class RadarChart {

    /** Early to late: light to dark. */
    private static final Color[] STEPS = {Palette.ORANGE, Palette.SKY_BLUE, Palette.BLUE, Palette.BLACK,
            Palette.PURPLE, Palette.GREEN};

    private RadarChart() {
    }

    /**
     * @param chosen steps to draw; each is moved to the nearest recorded step; empty: the start, a
     *               third, two thirds and the end of the run
     */
    static JFreeChart build(RunData run, Labels labels, List<Long> chosen) {
        List<Integer> rows = rows(run, chosen);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> names = new ArrayList<>();
        for (int row : rows) {
            String name = labels.get("step", String.valueOf((long) run.steps()[row]));
            names.add(String.valueOf((long) run.steps()[row]));
            for (String c : run.conditions()) data.addValue(run.series(c)[row], name, labels.condition(c));
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(1.0);
        JFreeChart chart = new JFreeChart(labels.get("title.radar"), plot);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels) + "  \u00b7  "
                + labels.get("note.radar", String.join(", ", names)));
        plot.setLabelFont(new Font(ChartStyle.FONT, Font.BOLD, 22));
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setWebFilled(true);
        plot.setAxisLinePaint(ChartStyle.GRID);
        plot.setInteriorGap(0.2);
        for (int i = 0; i < rows.size(); i++) {
            plot.setSeriesPaint(i, STEPS[i % STEPS.length]);
            plot.setSeriesOutlinePaint(i, STEPS[i % STEPS.length]);
            plot.setSeriesOutlineStroke(i, ChartStyle.line(3.5f));
        }
        plot.setForegroundAlpha(0.85f);
        return chart;
    }

    static List<Integer> rows(RunData run, List<Long> chosen) {
        double[] steps = run.steps();
        List<Long> wanted = new ArrayList<>(chosen);
        if (wanted.isEmpty()) {
            long last = run.lastStep();
            for (int k = 0; k <= 3; k++) wanted.add((long) steps[0] + (last - (long) steps[0]) * k / 3);
        }
        List<Integer> rows = new ArrayList<>();
        for (long step : wanted) {
            int best = 0;
            for (int i = 1; i < steps.length; i++) {
                if (Math.abs(steps[i] - step) < Math.abs(steps[best] - step)) best = i;
            }
            if (!rows.contains(best)) rows.add(best);
        }
        return rows;
    }
}
