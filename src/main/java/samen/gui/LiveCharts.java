package samen.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JComponent;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import samen.model.Condition;
import samen.model.LewickiQuadrant;

/**
 * The live charts beside the network (JFreeChart 1.5 {@link ChartPanel}s; MASON 18's own chart
 * package needs JFreeChart 1.0): trust and vigilance, the five conditions, energy and value, and each partner's payoff
 * against its alternative under the outcome so far. Fed one {@link Sample} per step on Swing's thread.
 */
final class LiveCharts {

    private static final String GAIN = "gain";
    private static final Color[] LINES = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private final Labels labels;
    private final Look look;
    private final XYSeries trust;
    private final XYSeries vigilance;
    private final XYSeries energy;
    private final XYSeries value;
    private final Map<Condition, XYSeries> conditions = new EnumMap<>(Condition.class);
    private final DefaultCategoryDataset gains = new DefaultCategoryDataset();
    /** Most partners whose names the outcome chart prints next to their bars. */
    static final int MAX_NAMED_BARS = 24;
    private final List<ChartPanel> panels = new ArrayList<>();
    private final JFreeChart outcomeChart;

    LiveCharts(Labels labels, Look look) {
        this.labels = labels;
        this.look = look;
        trust = new XYSeries(labels.get("series.trust"));
        vigilance = new XYSeries(labels.get("series.vigilance"));
        energy = new XYSeries(labels.get("series.energy"));
        value = new XYSeries(labels.get("series.value"));

        JFreeChart trustChart = chart("chart.trust", "axis.level", collection(trust, vigilance));
        XYPlot trustPlot = trustChart.getXYPlot();
        trustPlot.getRangeAxis().setRange(0, 1);
        // Lewicki's line between low and high trust or vigilance.
        trustPlot.addRangeMarker(new ValueMarker(LewickiQuadrant.HIGH, Color.GRAY,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 6}, 0)));
        panels.add(panel(trustChart));

        for (Condition k : Condition.values()) conditions.put(k, new XYSeries(labels.condition(k)));
        XYSeriesCollection conditionData = new XYSeriesCollection();
        conditions.values().forEach(conditionData::addSeries);
        JFreeChart conditionChart = chart("chart.conditions", "axis.level", conditionData);
        // The conditions keep the colours they have in `samen chart` and the report.
        XYItemRenderer conditionLines = conditionChart.getXYPlot().getRenderer();
        for (Condition k : Condition.values()) conditionLines.setSeriesPaint(k.ordinal(), samen.chart.Palette.condition(k));
        conditionChart.getXYPlot().getRangeAxis().setRange(0, 1);
        panels.add(panel(conditionChart));

        JFreeChart energyChart = chart("chart.energy", "axis.level", collection(energy));
        XYPlot energyPlot = energyChart.getXYPlot();
        energyPlot.getRangeAxis().setRange(0, 1);
        NumberAxis valueAxis = new NumberAxis(labels.get("axis.value"));
        style(valueAxis);
        valueAxis.setAutoRangeMinimumSize(0.1); // no 1E-9 ticks while nothing is created yet
        energyPlot.setRangeAxis(1, valueAxis);
        energyPlot.setDataset(1, new XYSeriesCollection(value));
        energyPlot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer valueRenderer = new XYLineAndShapeRenderer(true, false);
        valueRenderer.setSeriesPaint(0, LINES[1]);
        valueRenderer.setSeriesStroke(0, look.stroke());
        energyPlot.setRenderer(1, valueRenderer);
        panels.add(panel(energyChart));

        outcomeChart = gainChart();
        panels.add(panel(outcomeChart));
    }

    List<? extends JComponent> panels() {
        return panels;
    }

    /** Empties every chart for a new run with these partners. */
    void reset(List<String> partnerNames) {
        for (XYSeries s : List.of(trust, vigilance, energy, value)) s.clear();
        conditions.values().forEach(XYSeries::clear);
        gains.clear();
        for (String name : partnerNames) gains.setValue(0, GAIN, name);
        // Beyond a few dozen bars the names overprint each other, and so do the bars' outlines: their colours alone show the spread.
        boolean few = partnerNames.size() <= MAX_NAMED_BARS;
        outcomeChart.getCategoryPlot().getDomainAxis().setTickLabelsVisible(few);
        ((BarRenderer) outcomeChart.getCategoryPlot().getRenderer()).setDrawBarOutline(few);
    }

    void add(Sample s) {
        trust.add(s.step(), s.meanTrust());
        vigilance.add(s.step(), s.meanVigilance());
        energy.add(s.step(), s.energy());
        value.add(s.step(), s.valueCreated());
        s.conditions().forEach((k, level) -> conditions.get(k).add(s.step(), level));
        for (Sample.Partner p : s.partners()) gains.setValue(p.surplusRate(), GAIN, p.name());
        // No verdict before the collaboration has produced anything (agreements): "compromise" at step 0 is a guess.
        Paint colour = s.produced() ? Palette.outcome(s.verdict().outcome()) : Color.GRAY;
        outcomeChart.setTitle(labels.get("so_far") + ": "
                + (s.produced() ? labels.outcome(s.verdict().outcome()) : labels.get("so_far.nothing")));
        outcomeChart.getTitle().setFont(look.titleFont());
        outcomeChart.getTitle().setPaint(colour);
    }

    /**
     * The outcome so far: its name in its colour as the title, and each partner's payoff against its
     * alternative as a bar in the partner's node colour, names on the axis (no legend to decode).
     */
    private JFreeChart gainChart() {
        JFreeChart chart = ChartFactory.createBarChart(labels.get("chart.outcome"), null, labels.get("axis.gain"), gains,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.getTitle().setFont(look.titleFont());
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.5f)));
        plot.setRenderer(new GainRenderer());
        CategoryAxis names = plot.getDomainAxis();
        names.setTickLabelFont(look.plain().deriveFont(look.text() * 0.75f));
        names.setMaximumCategoryLabelWidthRatio(0.5f);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        style(axis);
        // One decimal, so that ticks half a percent apart do not both read "1%".
        NumberFormat percent = NumberFormat.getPercentInstance(labels.language().locale());
        percent.setMaximumFractionDigits(1);
        axis.setNumberFormatOverride(percent);
        axis.setAutoRangeIncludesZero(true);
        return chart;
    }

    /** Bars coloured as the nodes: grey while even, green for a gain, red for a loss. */
    private static final class GainRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;

        GainRenderer() {
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(true);
            setDefaultOutlinePaint(Color.DARK_GRAY);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Number value = getPlot().getDataset().getValue(row, column);
            return Palette.gain(value == null ? 0 : value.doubleValue());
        }
    }

    private JFreeChart chart(String titleKey, String rangeKey, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(labels.get(titleKey), labels.get("axis.step"),
                labels.get(rangeKey), data, PlotOrientation.VERTICAL, true, false, false);
        chart.getTitle().setFont(look.titleFont());
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(labels.language().locale()));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, LINES[i]);
            renderer.setSeriesStroke(i, look.stroke());
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(look.plain());
        return chart;
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) data.addSeries(s);
        return data;
    }

    // Ticks written the room's way (0,5 under --lang nl), like every other number on the screen.
    private void style(ValueAxis axis) {
        if (axis instanceof NumberAxis numbers) numbers.setStandardTickUnits(NumberAxis.createStandardTickUnits(labels.language().locale()));
        axis.setLabelFont(look.plain().deriveFont(Font.PLAIN, look.text() * 0.9f));
        axis.setTickLabelFont(look.plain().deriveFont(look.text() * 0.85f));
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel panel = new ChartPanel(chart, false, true, false, false, false);
        // Draw at the panel's real size (no bitmap scaling), so text stays at the look's size.
        panel.setMinimumDrawWidth(0);
        panel.setMinimumDrawHeight(0);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(4000);
        return panel;
    }
}
