package samen.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One outcome's share (or one metric's mean) over two varied parameters: a cell per pair of
 * values, coloured on the viridis scale (colour-blind safe, readable in greyscale), with the value
 * (a share with its 95% Wilson interval when there are few cells) and the number of runs written in it.
 */
final class HeatmapChart {

    /** Cells written out when there are at most this many (beyond, the text would not fit). */
    private static final int MAX_WRITTEN_CELLS = 150;

    private HeatmapChart() {
    }

    /**
     * @param target an outcome key ({@code win_win}: the share of runs ending so, in %) or a metric
     *               name (its mean over the runs)
     */
    static JFreeChart build(SweepData sweep, String a, String b, String target, Labels labels) {
        Levels x = Levels.of(sweep.parameters().get(a));
        Levels y = Levels.of(sweep.parameters().get(b));
        boolean outcome = !sweep.metrics().containsKey(target);
        double[][] sum = new double[x.size()][y.size()];
        int[][] n = new int[x.size()][y.size()];
        for (int i = 0; i < sweep.runs(); i++) {
            double v = outcome ? (sweep.outcomes().get(i).equals(target) ? 100 : 0) : sweep.metrics().get(target)[i];
            if (Double.isNaN(v)) continue;
            sum[x.group()[i]][y.group()[i]] += v;
            n[x.group()[i]][y.group()[i]]++;
        }
        int cells = x.size() * y.size();
        double[][] xyz = new double[3][cells];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++, k++) {
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
                if (n[i][j] > 0) {
                    min = Math.min(min, xyz[2][k]);
                    max = Math.max(max, xyz[2][k]);
                }
            }
        }
        String what = outcome ? labels.get("heatmap.share", labels.outcome(target)) : labels.get("heatmap.mean", target);
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(what, xyz);
        SymbolAxis xAxis = new SymbolAxis(a, x.labels().toArray(String[]::new));
        SymbolAxis yAxis = new SymbolAxis(b, y.labels().toArray(String[]::new));
        XYBlockRenderer blocks = new XYBlockRenderer();
        PaintScale scale = outcome ? new Viridis(0, 100) : new Viridis(min, max > min ? max : min + 1);
        blocks.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, blocks);
        JFreeChart chart = new JFreeChart(labels.get("title.heatmap", what, a, b), plot);
        chart.removeLegend();
        ChartStyle.finish(chart, labels, SweepCharts.provenance(sweep, labels));
        xAxis.setGridBandsVisible(false);
        yAxis.setGridBandsVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (cells <= MAX_WRITTEN_CELLS) {
            k = 0;
            int size = cells <= 36 ? 22 : 16;
            for (int i = 0; i < x.size(); i++) {
                for (int j = 0; j < y.size(); j++, k++) {
                    if (n[i][j] == 0) continue;
                    String text = (outcome ? share(xyz[2][k], n[i][j], cells <= 36) : labels.number(xyz[2][k])) + "  "
                            + labels.get("cell.n", n[i][j]);
                    XYTextAnnotation t = new XYTextAnnotation(text, i, j);
                    t.setFont(new Font(ChartStyle.FONT, Font.BOLD, size));
                    t.setPaint(readableOn(scale.getPaint(xyz[2][k])));
                    plot.addAnnotation(t);
                }
            }
        }
        NumberAxis legendAxis = new NumberAxis(what);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        legendAxis.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 18));
        legendAxis.setTickLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 16));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setMargin(new RectangleInsets(10, 20, 10, 0));
        chart.addSubtitle(legend);
        return chart;
    }

    /** {@code 42%}, or with its 95% Wilson interval {@code 42% (35-50)} where the cell has room. */
    private static String share(double percent, int n, boolean interval) {
        String share = Math.round(percent) + "%";
        if (!interval) return share;
        var ci = new org.apache.commons.math3.stat.interval.WilsonScoreInterval()
                .createInterval(n, (int) Math.round(percent * n / 100), 0.95);
        return share + " (" + Math.round(100 * ci.getLowerBound()) + "\u2013" + Math.round(100 * ci.getUpperBound()) + ")";
    }

    /** Black text on light cells, white on dark ones. */
    static Color readableOn(Paint paint) {
        Color c = (Color) paint;
        double luminance = (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }

    /** The viridis colour map (matplotlib's default), interpolated between nine of its stops. */
    record Viridis(double lower, double upper) implements PaintScale {

        private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80,
                0x5EC962, 0xADDC30, 0xFDE725};

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) return Color.WHITE;
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) t);
            double f = t - i;
            Color a = new Color(STOPS[i]);
            Color b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }

    static List<String> targets(SweepData sweep) {
        List<String> t = new java.util.ArrayList<>(SharesChart.OUTCOMES);
        t.addAll(sweep.metrics().keySet());
        return t;
    }
}
