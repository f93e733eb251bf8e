package samen.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The trust network at the last step: partners on a circle, sized by power; every pair joined by
 * a line of two halves, the half at a partner showing how that partner sees the other (colour:
 * Lewicki quadrant, width: trust). Partners that left are drawn hollow.
 */
final class NetworkChart {

    /** Stretch of the circle sideways, to use the width of the page and leave room for names. */
    private static final double ASPECT = 1.35;
    /** Half the width of the visible area: the plot is about 2.3 times wider than high at 1600x1000. */
    private static final double HALF_WIDTH = 3.0;
    /** Distance of a name from its node's centre, in plot units (a big node's radius and a little). */
    private static final double LABEL_GAP = 0.24;
    private static final double MIN_NODE = 26;
    private static final double MAX_NODE = 90;
    private static final float MAX_EDGE = 16f;
    private static final Color NODE = new Color(0x444444);
    private static final List<String> QUADRANTS = List.of("unhindered_collaboration", "calculated_connecting",
            "exploratory_exchange", "watchful_contracting");

    private NetworkChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        List<RunData.Partner> partners = run.partners();
        int n = partners.size();
        Map<String, double[]> at = new HashMap<>();
        double maxPower = partners.stream().mapToDouble(RunData.Partner::power).max().orElse(1);
        XYSeriesCollection nodes = new XYSeriesCollection();
        for (int i = 0; i < n; i++) {
            // Start at the top and go clockwise, as people read a clock.
            double angle = Math.PI / 2 - 2 * Math.PI * i / n;
            double[] xy = {ASPECT * Math.cos(angle), Math.sin(angle)};
            at.put(partners.get(i).name(), xy);
            XYSeries s = new XYSeries(partners.get(i).name());
            s.add(xy[0], xy[1]);
            nodes.addSeries(s);
        }
        NumberAxis x = hidden(-HALF_WIDTH, HALF_WIDTH);
        NumberAxis y = hidden(-1.3, 1.3);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(nodes, x, y, renderer);
        JFreeChart chart = new JFreeChart(labels.get("title.network", String.valueOf(run.lastStep())), plot);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < n; i++) {
            RunData.Partner p = partners.get(i);
            double size = MIN_NODE + (MAX_NODE - MIN_NODE) * (maxPower > 0 ? p.power() / maxPower : 1);
            Shape circle = new Ellipse2D.Double(-size / 2, -size / 2, size, size);
            renderer.setSeriesShape(i, circle);
            renderer.setSeriesPaint(i, NODE);
            renderer.setSeriesShapesFilled(i, p.active());
            renderer.setSeriesStroke(i, ChartStyle.line(4f));
            double[] xy = at.get(p.name());
            // Beside the node at the sides, above or below it at the top and bottom.
            boolean side = Math.abs(xy[0]) >= 0.3;
            double lx = side ? xy[0] + Math.signum(xy[0]) * LABEL_GAP : xy[0];
            double ly = side ? xy[1] : xy[1] + Math.signum(xy[1]) * LABEL_GAP * 0.9;
            XYTextAnnotation label = new XYTextAnnotation(p.name(), lx, ly);
            label.setFont(new Font(ChartStyle.FONT, Font.BOLD, 22));
            label.setPaint(ChartStyle.TEXT);
            label.setTextAnchor(anchor(xy[0], xy[1]));
            renderer.addAnnotation(label, Layer.FOREGROUND);
        }
        for (RunData.Relation r : run.relations()) {
            double[] from = at.get(r.from());
            double[] to = at.get(r.to());
            if (from == null || to == null) continue;
            double[] middle = {(from[0] + to[0]) / 2, (from[1] + to[1]) / 2};
            float width = (float) Math.max(2, MAX_EDGE * r.trust());
            renderer.addAnnotation(new XYLineAnnotation(from[0], from[1], middle[0], middle[1],
                    ChartStyle.line(width), Palette.quadrant(r.quadrant())), Layer.BACKGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (String q : QUADRANTS) {
            LegendItem item = new LegendItem(labels.quadrant(q), Palette.quadrant(q));
            item.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 20));
            item.setShape(ChartStyle.LEGEND_SWATCH);
            legend.add(item);
        }
        plot.setFixedLegendItems(legend);
        chart.getLegend().setItemFont(new Font(ChartStyle.FONT, Font.PLAIN, 20));
        TextTitle note = new TextTitle(labels.get("note.network"), new Font(ChartStyle.FONT, Font.PLAIN, 18));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.CENTER);
        note.setPaint(new Color(0x555555));
        chart.addSubtitle(note);
        return chart;
    }

    private static NumberAxis hidden(double lower, double upper) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(lower, upper);
        axis.setVisible(false);
        return axis;
    }

    /** Labels sit outside the circle: to the right of nodes on the right, above nodes at the top. */
    private static TextAnchor anchor(double x, double y) {
        if (Math.abs(x) < 0.3) return y > 0 ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return x > 0 ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
    }
}
