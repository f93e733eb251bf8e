package samen.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import samen.output.OutputDirectory;
import samen.output.OutputExistsException;
import samen.scenario.Message;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;

/**
 * The charts of a results directory, whichever kind it is: a run directory gets the run charts, a
 * sweep directory the sweep charts.
 *
 * @param provenance the provenance line of the data (its CSV comment)
 * @param list       the charts, in reading order
 */
public record Charts(String provenance, List<NamedChart> list) {

    /** The outcome the sweep heatmaps show unless asked otherwise. */
    public static final String DEFAULT_HEATMAP = "win_win";

    /**
     * @param radarSteps steps for the radar of a run (empty: start, thirds, end)
     * @param heatmap    outcome or metric for the heatmaps of a sweep
     */
    public record Options(List<Long> radarSteps, String heatmap) {
        public static final Options DEFAULT = new Options(List.of(), DEFAULT_HEATMAP);
    }

    /**
     * Reads {@code dir} and draws its charts.
     *
     * @param display how messages name {@code dir}
     * @throws ScenarioException when {@code dir} is neither kind, a file in it is malformed, or an
     *                           option does not fit it
     */
    public static Charts of(Path dir, String display, Labels labels, Options options) throws IOException, ScenarioException {
        if (RunData.isRunDirectory(dir)) {
            RunData run = RunData.read(dir, display);
            return new Charts(run.provenance(), RunCharts.all(run, labels, options.radarSteps()));
        }
        if (SweepData.isSweepDirectory(dir)) {
            SweepData sweep = SweepData.read(dir, display);
            List<String> targets = HeatmapChart.targets(sweep);
            if (!targets.contains(options.heatmap())) {
                throw new ScenarioException(List.of(new Problem("--heatmap " + options.heatmap(), 0, 0, "",
                        "not an outcome or a metric of this sweep; allowed: one of " + String.join(", ", targets))));
            }
            return new Charts(sweep.provenance(), SweepCharts.all(sweep, labels, options.heatmap()));
        }
        throw notResults(display);
    }

    static ScenarioException notResults(String display) {
        return new ScenarioException(List.of(new Problem(display, 0, 0, "", Message.of("results.neither",
                String.join(", ", RunData.MARKERS), String.join(", ", SweepData.MARKERS)))));
    }

    /**
     * Writes the charts into {@code target}, all or nothing; an earlier charts directory there
     * (one whose manifest vouches for all it holds) is replaced, anything else is left alone.
     *
     * @return the files written, relative to {@code target}
     */
    public List<Path> write(Path target, ChartFiles.Format format) throws IOException, OutputExistsException {
        try (OutputDirectory out = OutputDirectory.create(target, true)) {
            List<Path> files = new ArrayList<>();
            for (Path p : ChartFiles.write(list, out.dir(), format, provenance)) files.add(out.dir().relativize(p));
            out.commit();
            return files;
        }
    }
}
