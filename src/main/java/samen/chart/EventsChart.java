package samen.chart;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import samen.model.EventKind;
import samen.output.EventRecord;

/**
 * Every event of {@code events.csv} on the time axis, one row per kind (phase changes, fall-backs,
 * interventions, shocks, partners joining and leaving, ...), over the phase bands.
 */
final class EventsChart {

    /** The kinds in the model's order, which is also the order of the rows. */
    static final List<String> KINDS = Arrays.stream(EventKind.values()).map(EventKind::key).toList();

    private EventsChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        List<String> kinds = new ArrayList<>();
        for (String k : KINDS) {
            if (run.events().stream().anyMatch(e -> e.kind().equals(k))) kinds.add(k);
        }
        for (EventRecord e : run.events()) if (!kinds.contains(e.kind())) kinds.add(e.kind());
        XYSeriesCollection data = new XYSeriesCollection();
        for (int row = 0; row < kinds.size(); row++) {
            XYSeries s = new XYSeries(labels.event(kinds.get(row)), false, true);
            for (EventRecord e : run.events()) if (e.kind().equals(kinds.get(row))) s.add(e.step(), row);
            data.addSeries(s);
        }
        NumberAxis time = new NumberAxis(labels.get("axis.step"));
        SymbolAxis rows = new SymbolAxis(labels.get("axis.kind"),
                kinds.stream().map(labels::event).toArray(String[]::new));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, time, rows, renderer);
        JFreeChart chart = new JFreeChart(labels.get("title.events"), plot);
        chart.removeLegend();
        ChartStyle.finish(chart, labels, RunCharts.provenance(run, labels));
        rows.setGridBandsVisible(false);
        for (int i = 0; i < kinds.size(); i++) {
            renderer.setSeriesPaint(i, Palette.event(kinds.get(i)));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-9, -9, 18, 18));
        }
        time.setRange(run.steps()[0], Math.max(1, run.lastStep()));
        TimeMarks.add(plot, run, labels);
        return chart;
    }
}
