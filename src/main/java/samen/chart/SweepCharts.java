package samen.chart;

import java.util.ArrayList;
import java.util.List;

/** Every chart of one sweep, named as their files are. */
public final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * @param heatmap the outcome or metric the heatmaps show (default {@code win_win})
     */
    public static List<NamedChart> all(SweepData sweep, Labels labels, String heatmap) {
        List<NamedChart> charts = new ArrayList<>();
        List<String> parameters = new ArrayList<>(sweep.parameters().keySet());
        for (String p : parameters) charts.add(new NamedChart("outcomes-by-" + fileName(p), SharesChart.build(sweep, p, labels)));
        for (int i = 0; i < parameters.size(); i++) {
            for (int j = i + 1; j < parameters.size(); j++) {
                String a = parameters.get(i);
                String b = parameters.get(j);
                charts.add(new NamedChart("heatmap-" + fileName(heatmap) + "-" + fileName(a) + "-" + fileName(b),
                        HeatmapChart.build(sweep, a, b, heatmap, labels)));
            }
        }
        if (!sweep.morris().isEmpty()) charts.add(new NamedChart("morris-overview", SensitivityChart.morris(sweep, labels)));
        if (!sweep.sobol().isEmpty()) charts.add(new NamedChart("sobol-overview", SensitivityChart.sobol(sweep, labels)));
        return charts;
    }

    static String provenance(SweepData sweep, Labels labels) {
        return labels.get("provenance.sweep", sweep.name(), sweep.design(), String.valueOf(sweep.runs()),
                sweep.masterSeed(), sweep.version());
    }

    /** A key path as part of a file name: {@code trust.gain_rate} stays, anything unusual becomes {@code _}. */
    static String fileName(String key) {
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
