package samen.chart;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Each partner's cumulative payoff above its stand-alone alternative, as a share of that
 * alternative; a bar per partner, coloured by whether it ended better or worse off than alone.
 */
final class PayoffChart {

    private static final List<String> STANDINGS = List.of("gain", "even", "loss");

    private PayoffChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        // One series per standing with a value only for the partners in it: the legend explains
        // the colours, and a stacked renderer keeps each partner's single bar centred.
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String standing : STANDINGS) {
            for (RunData.Partner p : run.partners()) {
                String label = p.active() ? p.name() : p.name() + " (" + labels.get("note.left") + ")";
                data.addValue(standing.equals(p.standing()) ? 100 * p.surplusRate() : null, labels.standing(standing), label);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(labels.get("title.payoff"), null,
                labels.get("axis.gain"), data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer bars = new StackedBarRenderer();
        plot.setRenderer(bars);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        for (int i = 0; i < STANDINGS.size(); i++) bars.setSeriesPaint(i, Palette.standing(STANDINGS.get(i)));
        DecimalFormat percent = new DecimalFormat("+0.0'%';-0.0'%'", DecimalFormatSymbols.getInstance(labels.locale()));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(ChartStyle.FONT, Font.BOLD, 20));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        bars.setDefaultLegendShape(ChartStyle.LEGEND_SWATCH);
        bars.setMaximumBarWidth(0.12);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.TEXT, ChartStyle.line(2f)));
        plot.getRangeAxis().setUpperMargin(0.15);
        plot.getRangeAxis().setLowerMargin(0.15);
        if (run.partners().size() > RunData.NETWORK_PARTNERS) { // too many to name: the bars show the spread
            bars.setDefaultItemLabelsVisible(false);
            plot.getDomainAxis().setTickLabelsVisible(false);
            bars.setDrawBarOutline(false);
        }
        return chart;
    }
}
