package samen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import samen.chart.ChartFiles;
import samen.chart.Charts;
import samen.chart.Labels;

/** {@code samen chart}: the charts of a run or sweep directory, as PNG and/or SVG files. */
@Command(name = "chart",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Draw the charts of a run or a sweep directory.",
        description = {"Reads the files of a run directory (samen run) or a sweep directory (samen sweep) and "
                + "writes its charts, 1600x1000 PNG and/or SVG, into DIR/charts/ (replacing earlier charts there), "
                + "with charts.csv listing each file and its title.", ""},
        footer = {"", "Examples:",
                "  samen chart runs/zorg-in-de-wijk-seed42",
                "  samen chart runs/zorg-in-de-wijk-seed42 --lang nl --format both --out figuren",
                "  samen chart sweeps/trust --heatmap breakup", ""})
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private ResultsDirectory results;

    @Option(names = "--format", paramLabel = "png|svg|both", defaultValue = "png",
            description = "File format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the charts (default: DIR/charts).")
    private Path out;

    @Option(names = "--radar-steps", paramLabel = "STEP", split = ",",
            description = "Run: steps for the radar of the five conditions, e.g. 0,50,200 (default: start, thirds, end).")
    private List<Long> radarSteps = new ArrayList<>();

    @Option(names = "--heatmap", paramLabel = "OUTCOME|METRIC", defaultValue = Charts.DEFAULT_HEATMAP,
            description = "Sweep: the outcome (its share of runs) or final metric (its mean) the heatmaps show "
                    + "(default: ${DEFAULT-VALUE}).")
    private String heatmap;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Path source = results.resolve(env);
        Labels labels = results.labels();
        Path target = out != null ? env.resolve(out) : source.resolve("charts");
        Charts charts = Charts.of(source, env.display(source), labels, new Charts.Options(radarSteps, heatmap));
        List<Path> files = charts.write(target, format(format));
        main.out().println("Wrote " + charts.list().size() + " charts (" + (files.size() - 1) + " files) to "
                + env.display(target) + "/");
        for (Path f : files) main.out().println("  " + f);
        return 0;
    }

    private static ChartFiles.Format format(String name) throws UserException {
        try {
            return ChartFiles.Format.of(name);
        } catch (IllegalArgumentException e) {
            throw new UserException("--format: unknown format '" + name + "'; allowed: png, svg, both");
        }
    }
}
