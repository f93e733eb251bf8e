package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.chart.CalibrationCharts;
import samen.chart.ChartFiles;
import samen.chart.Labels;
import samen.experiment.SweepRunner;
import samen.experiment.calibration.Calibration;
import samen.experiment.calibration.CalibrationFile;
import samen.experiment.calibration.Target;

/** {@code samen calibrate}: parameter values that reproduce target patterns (ABC rejection or SMC, or NSGA-II, over sweeps). */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Find parameter values that reproduce target patterns (ABC rejection, ABC-SMC or NSGA-II).",
        description = {"The calibration file's `method` says how: abc-rejection (default) runs the design's draws as one "
                + "sweep into DIR/sweep and keeps the closest (draws.csv, posterior.csv, posterior.png); abc-smc refines a weighted "
                + "posterior sample over generations with shrinking tolerances (evaluations.csv, posterior.csv, "
                + "posterior.png); nsga2 searches for the Pareto front of the targets' misses (evaluations.csv, "
                + "pareto.csv, pareto-front.png). Each batch of points runs as a sweep in DIR/evaluations/. Every method "
                + "writes best-1.yaml .. best-3.yaml, ready scenarios. See docs/SWEEPS.md.", ""},
        footer = {"", "Examples:",
                "  samen calibrate fit-trust.yaml",
                "  samen calibrate fit-trust.yaml --threads 2 --out calibrations/trust",
                "  samen calibrate fit-trust.yaml --resume        continue after a crash or kill", ""})
final class CalibrateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "CALIBRATION.yaml", description = "Calibration file (see docs/SWEEPS.md).")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: calibrations/<name>).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores available, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Continue the unfinished calibration in DIR (after a crash or kill).")
    private boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Path path = env.resolve(file);
        if (!Files.isRegularFile(path)) throw new UserException("calibration file not found: " + file);
        if (threads < 1) throw new UserException("--threads " + threads + ": expected at least 1");
        CalibrationFile calibration = CalibrationFile.load(path);
        Path dir = env.resolve(out != null ? out : Path.of("calibrations", calibration.sweep().name()));
        Calibration.Report report;
        try (PerBatch progress = new PerBatch()) {
            report = Calibration.run(calibration, dir, threads, resume, main.invocation(), progress);
        }
        List<String> files = new ArrayList<>(report.files());
        for (Path chart : ChartFiles.write(CalibrationCharts.of(dir, env.display(dir),
                calibration.sweep().keys(), calibration.targets().stream().map(Target::summary).toList(), Labels.english()), dir, ChartFiles.Format.PNG,
                "samen calibrate: " + calibration.sweep().name())) {
            files.add(chart.getFileName().toString());
        }
        if (!quiet) {
            main.out().print(report.table());
            main.out().println();
            main.out().println("Files: " + env.display(dir) + "/ (" + String.join(", ", files) + "; the runs in "
                    + (calibration.method() == CalibrationFile.Method.ABC_REJECTION ? Calibration.SWEEP : "evaluations") + "/)");
        }
        return 0;
    }

    /** Progress of each batch of a search on its own bar: a batch's runs count from 0 again. */
    private final class PerBatch implements SweepRunner.Progress, AutoCloseable {
        private SweepProgress current;
        private long lastDone;
        private long lastTotal;

        @Override
        public void update(long done, long total, long errors) {
            if (current != null && (done < lastDone || total != lastTotal)) {
                current.close();
                current = null;
            }
            if (current == null) current = SweepProgress.create(quiet, main.err());
            lastDone = done;
            lastTotal = total;
            current.update(done, total, errors);
        }

        @Override
        public void close() {
            if (current != null) current.close();
        }
    }
}
