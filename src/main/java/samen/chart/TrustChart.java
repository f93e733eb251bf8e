package samen.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** Mean trust and mean vigilance over time, over the phases, with interventions and shocks marked. */
final class TrustChart {

    private TrustChart() {
    }

    static JFreeChart build(RunData run, Labels labels) {
        return LevelsChart.build(run, labels, labels.get("title.trust"), labels.get("axis.trust"), List.of(
                new LevelsChart.Line(labels.get("series.trust"), run.series("mean_trust"), Palette.TRUST, ChartStyle.line(4f)),
                new LevelsChart.Line(labels.get("series.vigilance"), run.series("mean_vigilance"), Palette.VIGILANCE,
                        ChartStyle.dashed(4f))));
    }
}
