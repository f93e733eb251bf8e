package samen.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** The five conditions of the common eye over time, over the phases. */
final class ConditionsChart {

    /** A different dash per condition, so the lines stay apart in greyscale too. */
    private static final float[][] DASHES = {null, {14f, 6f}, {3f, 6f}, {14f, 6f, 3f, 6f}, {24f, 8f}};

    private ConditionsChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        List<LevelsChart.Line> lines = new ArrayList<>();
        List<String> conditions = run.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            String c = conditions.get(i);
            float[] dash = DASHES[i % DASHES.length];
            lines.add(new LevelsChart.Line(labels.condition(c), run.series(c), Palette.condition(c), dash == null
                    ? ChartStyle.line(4f) : new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f)));
        }
        return LevelsChart.build(run, labels, labels.get("title.conditions"), labels.get("axis.level"), lines);
    }
}
