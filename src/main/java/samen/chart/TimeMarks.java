package samen.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import samen.output.EventRecord;

/**
 * What happened when, drawn behind a chart over time: the phases as shaded bands with their names,
 * a dashed line at each phase change, and a coloured line with a label at every intervention (dashed
 * when it was refused) and shock ({@code events.csv}).
 */
final class TimeMarks {

    /** Event kinds marked on the time axis of every chart over time. */
    static final Set<String> MARKED_EVENTS = Set.of("intervention", "intervention_refused", "intervention_failed", "shock");
    /** Interventions that did not work, drawn dashed, with the note that says why. */
    private static final Map<String, String> NOT_WORKED = Map.of("intervention_refused", "note.refused", "intervention_failed", "note.failed");

    private static final Color[] BANDS = {new Color(0xEBEBEB), new Color(0, 0, 0, 0)};
    private static final int LABEL_STEP = 26;
    private static final Color NO_BACKGROUND = new Color(0, 0, 0, 0);
    private static final Font PHASE_FONT = new Font(ChartStyle.FONT, Font.PLAIN, 18);
    private static final Font EVENT_FONT = new Font(ChartStyle.FONT, Font.BOLD, 16);
    /** A band narrower than this share of the time axis gets no name (it would overprint its neighbour). */
    private static final double MIN_LABELLED_SHARE = 0.07;

    private TimeMarks() {
    }

    /** Phase bands, phase changes and marked events on {@code plot}'s time (domain) axis. */
    static void add(XYPlot plot, RunData run, Labels labels) {
        phases(plot, run, labels);
        events(plot, run, labels);
    }

    private static void phases(XYPlot plot, RunData run, Labels labels) {
        double[] steps = run.steps();
        List<String> phases = run.phases();
        if (steps.length == 0) return;
        double span = Math.max(1, steps[steps.length - 1] - steps[0]);
        int start = 0;
        int band = 0;
        for (int i = 1; i <= steps.length; i++) {
            if (i < steps.length && phases.get(i).equals(phases.get(start))) continue;
            double from = steps[start];
            double to = i < steps.length ? steps[i] : steps[steps.length - 1];
            IntervalMarker marker = new IntervalMarker(from, to, BANDS[band++ % 2]);
            if ((to - from) / span >= MIN_LABELLED_SHARE) {
                marker.setLabel(labels.phase(phases.get(start)));
                marker.setLabelFont(PHASE_FONT);
                marker.setLabelPaint(new Color(0x444444));
                marker.setLabelBackgroundColor(NO_BACKGROUND);
                marker.setLabelAnchor(RectangleAnchor.TOP);
                marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            }
            plot.addDomainMarker(marker, Layer.BACKGROUND);
            if (i < steps.length) {
                ValueMarker change = new ValueMarker(steps[i], new Color(0x888888), ChartStyle.dashed(1.5f));
                plot.addDomainMarker(change, Layer.BACKGROUND);
            }
            start = i;
        }
    }

    private static void events(XYPlot plot, RunData run, Labels labels) {
        int marked = 0;
        for (EventRecord e : run.events()) {
            if (!MARKED_EVENTS.contains(e.kind())) continue;
            String note = NOT_WORKED.get(e.kind());
            ValueMarker marker = new ValueMarker(e.step(), Palette.event(e.kind()),
                    note != null ? ChartStyle.dashed(2.5f) : ChartStyle.line(2.5f));
            String name = e.name().isEmpty() ? labels.event(e.kind()) : e.name().replace('_', ' ');
            marker.setLabel(note != null ? name + " (" + labels.get(note) + ")" : name);
            marker.setLabelFont(EVENT_FONT);
            marker.setLabelPaint(Palette.event(e.kind()));
            marker.setLabelBackgroundColor(NO_BACKGROUND);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            // Three label heights in turn, so the names of events close together do not overprint.
            marker.setLabelOffset(new RectangleInsets(0, 4, 4 + LABEL_STEP * (marked++ % 3), 0));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }
}
