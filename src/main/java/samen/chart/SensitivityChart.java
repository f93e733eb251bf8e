package samen.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One overview of a design's sensitivity indices: outputs (every metric and outcome share that
 * varies) down, parameters across, a cell per pair on the viridis scale with its value written in.
 * Morris: mu* relative to the largest mu* of the output (the parameter ranking per row), mu* itself
 * written. Sobol: two panels, first-order S1 and total ST, on the scale 0 to 1. Outputs that never
 * vary and warnings about the sample (from {@code analysis/notes.csv}) are listed under the title
 * rather than drawn as empty rows.
 */
final class SensitivityChart {

    private SensitivityChart() {
    }

    static JFreeChart morris(SweepData sweep, Labels labels) {
        List<String> outputs = distinct(sweep.morris().stream().map(SweepData.Morris::metric).toList());
        List<String> parameters = distinct(sweep.morris().stream().map(SweepData.Morris::parameter).toList());
        double[] rowMax = new double[outputs.size()];
        for (SweepData.Morris m : sweep.morris()) {
            int r = outputs.indexOf(m.metric());
            if (!Double.isNaN(m.muStar())) rowMax[r] = Math.max(rowMax[r], m.muStar());
        }
        double[][] colour = new double[parameters.size()][outputs.size()];
        String[][] text = new String[parameters.size()][outputs.size()];
        for (double[] c : colour) java.util.Arrays.fill(c, Double.NaN);
        for (SweepData.Morris m : sweep.morris()) {
            int p = parameters.indexOf(m.parameter());
            int r = outputs.indexOf(m.metric());
            colour[p][r] = rowMax[r] > 0 ? m.muStar() / rowMax[r] : Double.NaN;
            text[p][r] = significant(m.muStar());
        }
        Panel panel = new Panel(parameters, outputs, colour, text, labels.get("axis.parameter"), 1);
        JFreeChart chart = new JFreeChart(labels.get("title.morris.overview"), JFreeChart.DEFAULT_TITLE_FONT, panel.plot, false);
        finish(chart, sweep, labels, labels.get("scale.morris"));
        panel.writeCells();
        return chart;
    }

    static JFreeChart sobol(SweepData sweep, Labels labels) {
        List<String> outputs = distinct(sweep.sobol().stream().map(SweepData.Sobol::metric).toList());
        List<String> parameters = distinct(sweep.sobol().stream().map(SweepData.Sobol::parameter).toList());
        NumberAxis rows = outputAxis(outputs);
        CombinedRangeXYPlot both = new CombinedRangeXYPlot(rows);
        both.setGap(24);
        Panel s1 = sobolPanel(sweep, parameters, outputs, SweepData.Sobol::s1, "S1");
        Panel st = sobolPanel(sweep, parameters, outputs, SweepData.Sobol::st, "ST");
        both.add(s1.plot, 1);
        both.add(st.plot, 1);
        JFreeChart chart = new JFreeChart(labels.get("title.sobol.overview"), JFreeChart.DEFAULT_TITLE_FONT, both, false);
        finish(chart, sweep, labels, labels.get("scale.sobol"));
        s1.writeCells();
        st.writeCells();
        return chart;
    }

    private static Panel sobolPanel(SweepData sweep, List<String> parameters, List<String> outputs,
                                     ToDoubleFunction<SweepData.Sobol> index, String name) {
        double[][] colour = new double[parameters.size()][outputs.size()];
        String[][] text = new String[parameters.size()][outputs.size()];
        for (double[] c : colour) java.util.Arrays.fill(c, Double.NaN);
        for (SweepData.Sobol s : sweep.sobol()) {
            int p = parameters.indexOf(s.parameter());
            int r = outputs.indexOf(s.metric());
            double v = index.applyAsDouble(s);
            colour[p][r] = v;
            text[p][r] = Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
        }
        return new Panel(parameters, outputs, colour, text, name, 2);
    }

    /**
     * Cells of {@code colour} (0 to 1) with {@code text} in them; x: parameters, y: outputs, top first.
     * The texts are written after the chart's theme is applied, which would otherwise reset their colour.
     */
    private static final class Panel {
        final XYPlot plot;
        private final List<String> outputs;
        private final double[][] colour;
        private final String[][] text;
        private final PaintScale scale = new HeatmapChart.Viridis(0, 1);
        private final boolean smaller;

        Panel(List<String> parameters, List<String> outputs, double[][] colour, String[][] text, String xLabel, int panels) {
            this.outputs = outputs;
            this.colour = colour;
            this.text = text;
            double[][] xyz = new double[3][parameters.size() * outputs.size()];
            int k = 0;
            for (int p = 0; p < parameters.size(); p++) {
                for (int r = 0; r < outputs.size(); r++, k++) {
                    xyz[0][k] = p;
                    xyz[1][k] = outputs.size() - 1 - r;
                    xyz[2][k] = colour[p][r];
                }
            }
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries("indices", xyz);
            XYBlockRenderer blocks = new XYBlockRenderer();
            blocks.setPaintScale(scale);
            SymbolAxis x = new SymbolAxis(xLabel, parameters.toArray(String[]::new));
            x.setGridBandsVisible(false);
            int longest = parameters.stream().mapToInt(String::length).max().orElse(1);
            // A smaller font when the names would not fit side by side in the panel's width (about 1300 px
            // shared by the panels).
            smaller = parameters.size() * longest * 10 > 1300 / panels;
            plot = new XYPlot(data, x, outputAxis(outputs), blocks);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
        }

        void writeCells() {
            Font ticks = plot.getDomainAxis().getTickLabelFont();
            if (smaller) plot.getDomainAxis().setTickLabelFont(ticks.deriveFont(ticks.getSize2D() * 0.75f));
            int columns = colour.length;
            int size = outputs.size() > 30 || columns > 8 ? 12 : outputs.size() > 15 ? 14 : 17;
            for (int p = 0; p < columns; p++) {
                for (int r = 0; r < outputs.size(); r++) {
                    if (text[p][r] == null || text[p][r].isEmpty()) continue;
                    XYTextAnnotation t = new XYTextAnnotation(text[p][r], p, outputs.size() - 1 - r);
                    t.setFont(new Font(ChartStyle.FONT, Font.BOLD, size));
                    t.setPaint(HeatmapChart.readableOn(scale.getPaint(colour[p][r])));
                    plot.addAnnotation(t);
                }
            }
        }
    }

    private static NumberAxis outputAxis(List<String> outputs) {
        List<String> topFirst = new ArrayList<>(outputs);
        java.util.Collections.reverse(topFirst);
        SymbolAxis y = new SymbolAxis(null, topFirst.toArray(String[]::new));
        y.setGridBandsVisible(false);
        y.setTickLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, outputs.size() > 30 ? 11 : outputs.size() > 15 ? 13 : 16));
        return y;
    }

    private static void finish(JFreeChart chart, SweepData sweep, Labels labels, String scaleName) {
        ChartStyle.finish(chart, labels, SweepCharts.provenance(sweep, labels));
        List<String> constant = sweep.remarks().stream().filter(r -> r.kind().equals("constant")).map(SweepData.Remark::subject).toList();
        List<SweepData.Remark> warnings = sweep.remarks().stream().filter(r -> r.kind().equals("warning")).toList();
        List<String> lines = new ArrayList<>();
        warnings.stream().filter(w -> w.subject().equals("design")).forEach(w -> lines.add(labels.get("note.warning", w.subject(), w.text())));
        List<String> outputs = warnings.stream().map(SweepData.Remark::subject).filter(o -> !o.equals("design")).distinct().toList();
        if (!outputs.isEmpty()) lines.add(labels.get("note.outputs", outputs.size(), String.join(", ", outputs)));
        if (!constant.isEmpty()) lines.add(labels.get("note.constant", String.join(", ", constant)));
        // Subtitles at the bottom stack upwards: the last added is the first read.
        for (int i = lines.size() - 1; i >= 0; i--) {
            TextTitle note = new TextTitle(lines.get(i), new Font(ChartStyle.FONT, Font.PLAIN, 15));
            note.setPaint(lines.get(i).startsWith(labels.get("note.constant", "")) ? new Color(0x555555) : new Color(0x9A3D00));
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setMaximumLinesToDisplay(2);
            chart.addSubtitle(note);
        }
        NumberAxis legendAxis = new NumberAxis(scaleName);
        legendAxis.setRange(0, 1);
        legendAxis.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 16));
        legendAxis.setTickLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 14));
        PaintScaleLegend legend = new PaintScaleLegend(new HeatmapChart.Viridis(0, 1), legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(22);
        legend.setMargin(new RectangleInsets(10, 20, 10, 0));
        chart.addSubtitle(legend);
    }

    private static List<String> distinct(List<String> names) {
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /** Three significant digits, plain. */
    private static String significant(double x) {
        if (Double.isNaN(x)) return "";
        return new java.math.BigDecimal(x).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
