package samen.chart;

import java.util.ArrayList;
import java.util.List;

/** Every chart of one run, in reading order, named as their files are. */
public final class RunCharts {

    private RunCharts() {
    }

    /**
     * @param radarSteps steps for the radar of the conditions; empty for the default (start, a
     *                   third, two thirds, end)
     */
    public static List<NamedChart> all(RunData run, Labels labels, List<Long> radarSteps) {
        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart("trust", TrustChart.build(run, labels)));
        if (!run.conditions().isEmpty()) {
            charts.add(new NamedChart("conditions", ConditionsChart.build(run, labels)));
            charts.add(new NamedChart("conditions-radar", RadarChart.build(run, labels, radarSteps)));
        }
        charts.add(new NamedChart("energy-value", EnergyValueChart.build(run, labels)));
        charts.add(new NamedChart("payoffs", PayoffChart.build(run, labels)));
        if (run.partners().size() <= RunData.NETWORK_PARTNERS) charts.add(new NamedChart("network", NetworkChart.build(run, labels)));
        if (!run.events().isEmpty()) charts.add(new NamedChart("events", EventsChart.build(run, labels)));
        return charts;
    }

    /** The line under every title: scenario, seed, version. */
    static String provenance(RunData run, Labels labels) {
        return labels.get("provenance", run.scenarioName(), String.valueOf(run.seed()), run.version());
    }
}
