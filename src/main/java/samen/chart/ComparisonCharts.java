package samen.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import samen.output.OutcomeComparison;

/**
 * The charts of {@code samen compare}: for two runs, their time series overlaid as small multiples
 * (one panel per main metric, one per condition, over a shared step axis); for two sweeps or two
 * scenarios, the outcome shares of each side as bars with 95% Wilson whiskers, outcome by outcome.
 * A is always grey and B blue (A's line wide, B's narrow on top of it, so both show where they
 * run together), so the pictures read alike.
 */
final class ComparisonCharts {

    static final Color A = Palette.GREY;
    static final Color B = Palette.BLUE;

    /** The columns of the main panel set, drawn when both runs have them. */
    static final List<String> MAIN = List.of("mean_trust", "mean_vigilance", "energy", "cumulative_value", "active_partners");
    /** Panels whose values are levels from 0 to 1. */
    private static final List<String> LEVELS = List.of("mean_trust", "mean_vigilance", "energy");

    private ComparisonCharts() {
    }

    /** Every chart of two runs, named as their files are. */
    static List<NamedChart> runs(RunPair pair, Labels labels) {
        List<NamedChart> charts = new ArrayList<>();
        List<String> main = MAIN.stream().filter(c -> pair.a().has(c) && pair.b().has(c)).toList();
        charts.add(new NamedChart("overlay-metrics", overlay(pair, main, labels.get("title.compare.metrics"), labels)));
        List<String> conditions = pair.a().conditions().stream().filter(pair.b()::has).toList();
        if (!conditions.isEmpty()) {
            charts.add(new NamedChart("overlay-conditions", overlay(pair, conditions, labels.get("title.compare.conditions"), labels)));
        }
        return charts;
    }

    /** The chart of two sets of runs. */
    static List<NamedChart> shares(OutcomeComparison c, Labels labels) {
        return List.of(new NamedChart("outcome-shares", sharesChart(c, labels)));
    }

    /** One panel per column, A and B overlaid in each, sharing the step axis. */
    private static JFreeChart overlay(RunPair pair, List<String> columns, String title, Labels labels) {
        NumberAxis steps = new NumberAxis(labels.get("axis.step"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(steps);
        plot.setGap(14);
        for (String column : columns) {
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(Series.of("A", pair.a().steps(), pair.a().series(column)));
            data.addSeries(Series.of("B", pair.b().steps(), pair.b().series(column)));
            NumberAxis y = new NumberAxis();
            if (LEVELS.contains(column) || pair.a().conditions().contains(column)) {
                y.setRange(0, 1.08);
                y.setTickUnit(new NumberTickUnit(0.25, labels.numbers()));
            }
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
            XYPlot panel = new XYPlot(data, null, y, lines);
            // The panel's name inside it, top left: stacked axis labels would run into each other.
            TextTitle name = new TextTitle(panelName(column, labels), new Font(ChartStyle.FONT, Font.BOLD, 17));
            name.setPaint(ChartStyle.TEXT);
            name.setBackgroundPaint(new Color(255, 255, 255, 200));
            panel.addAnnotation(new XYTitleAnnotation(0.005, 0.98, name, RectangleAnchor.TOP_LEFT));
            plot.add(panel, 1);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.finish(chart, labels, pair.provenance(labels));
        for (XYPlot panel : plot.getSubplots()) {
            XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) panel.getRenderer();
            lines.setSeriesPaint(0, A);
            lines.setSeriesStroke(0, ChartStyle.line(6f));
            lines.setSeriesPaint(1, B);
            lines.setSeriesStroke(1, ChartStyle.line(2.5f));
            panel.setDomainGridlinePaint(ChartStyle.GRID);
            panel.setRangeGridlinePaint(ChartStyle.GRID);
        }
        steps.setRange(0, Math.max(1, Math.max(pair.a().lastStep(), pair.b().lastStep())));
        plot.setFixedLegendItems(legend(labels.get("compare.side", "A", pair.nameA()), labels.get("compare.side", "B", pair.nameB())));
        return chart;
    }

    /** The panel's name: the words the other charts use for it, or the condition's name. */
    private static String panelName(String column, Labels labels) {
        return labels.getOr("series." + column, labels.condition(column));
    }

    private static JFreeChart sharesChart(OutcomeComparison c, Labels labels) {
        List<OutcomeComparison.Share> shown = c.outcomes().stream().filter(OutcomeComparison.Share::occurs).toList();
        double bar = 0.38;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries a = new YIntervalSeries(labels.get("compare.side.n", "A", c.nameA(), c.runsA()));
        YIntervalSeries b = new YIntervalSeries(labels.get("compare.side.n", "B", c.nameB(), c.runsB()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            OutcomeComparison.Share s = shown.get(i);
            a.add(i - bar / 2, 100 * s.a().share(), 100 * s.a().low(), 100 * s.a().high());
            b.add(i + bar / 2, 100 * s.b().share(), 100 * s.b().low(), 100 * s.b().high());
            names.add(labels.outcome(s.outcome()) + (s.differs() ? " *" : ""));
        }
        data.addSeries(a);
        data.addSeries(b);
        SymbolAxis x = new SymbolAxis(labels.get("report.outcome"), names.toArray(String[]::new));
        return SharesChart.whiskeredBars(labels.get("title.compare.shares"),
                labels.get("provenance.compare", c.test(), c.sameSeeds() ? labels.get("compare.same_seeds") : ""), x, data,
                bar * 0.92, List.of(A, B), 18, labels);
    }

    private static LegendItemCollection legend(String a, String b) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item(a, A, ChartStyle.line(6f)));
        items.add(item(b, B, ChartStyle.line(2.5f)));
        return items;
    }

    private static LegendItem item(String text, Paint paint, java.awt.Stroke stroke) {
        LegendItem item = new LegendItem(text, null, null, null, new java.awt.geom.Line2D.Double(-14, 0, 14, 0), stroke, paint);
        item.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 20));
        return item;
    }
}
