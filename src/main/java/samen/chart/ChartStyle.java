package samen.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every samen chart shares, sized to be read at 1600x1000 on a projector and in a paper:
 * large fonts, white background, light grid, flat bars, numbers in the reader's language, and a
 * line under the title that says which scenario, seed and version it shows.
 */
final class ChartStyle {

    /** Size of PNG files and of the SVG canvas. */
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    static final String FONT = Font.SANS_SERIF;
    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x222222);

    /** Legend swatches big enough to tell the colours apart from the back of a room. */
    static final java.awt.Shape LEGEND_SWATCH = new java.awt.geom.Rectangle2D.Double(-12, -8, 24, 16);

    private static final StandardChartTheme THEME = theme();

    private ChartStyle() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("samen");
        t.setExtraLargeFont(new Font(FONT, Font.BOLD, 30));
        t.setLargeFont(new Font(FONT, Font.PLAIN, 24));
        t.setRegularFont(new Font(FONT, Font.PLAIN, 21));
        t.setSmallFont(new Font(FONT, Font.PLAIN, 18));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(TEXT);
        t.setTitlePaint(TEXT);
        t.setSubtitlePaint(new Color(0x555555));
        t.setLegendItemPaint(TEXT);
        t.setItemLabelPaint(TEXT);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return t;
    }

    /**
     * Applies the look, adds the provenance line and sets number formats for {@code labels}'
     * language. Call after the chart is built and before colours of its own are set (the theme
     * resets series paints).
     */
    static JFreeChart finish(JFreeChart chart, Labels labels, String provenance) {
        THEME.apply(chart);
        chart.setPadding(new RectangleInsets(16, 16, 16, 24));
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        TextTitle line = new TextTitle(provenance, new Font(FONT, Font.PLAIN, 18));
        line.setPaint(new Color(0x555555));
        line.setPadding(new RectangleInsets(4, 0, 10, 0));
        chart.addSubtitle(0, line);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 20));
        }
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) localise(xy.getDomainAxis(i), labels);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) localise(xy.getRangeAxis(i), labels);
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getRangeAxisCount(); i++) localise(cat.getRangeAxis(i), labels);
        }
        return chart;
    }

    private static void localise(ValueAxis axis, Labels labels) {
        if (axis instanceof NumberAxis number && number.getNumberFormatOverride() == null
                && !(axis instanceof org.jfree.chart.axis.SymbolAxis)) {
            number.setStandardTickUnits(NumberAxis.createStandardTickUnits(labels.locale()));
        }
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
    }
}
