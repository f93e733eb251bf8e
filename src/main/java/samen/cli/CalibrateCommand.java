package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.experiment.calibration.Calibration;
import samen.experiment.calibration.CalibrationFile;

/** {@code samen calibrate}: parameter values that reproduce target patterns (ABC rejection over a sweep). */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Find parameter values that reproduce target patterns (approximate Bayesian computation, rejection).",
        description = {"Runs the calibration file's prior draws (a sweep file's design over the parameters' ranges) as a "
                + "sweep into DIR/sweep, summarises each draw over its replications, and keeps the draws closest to the "
                + "targets: draws.csv, posterior.csv and best-1.yaml .. best-3.yaml in DIR. See docs/SWEEPS.md.", ""},
        footer = {"", "Examples:",
                "  samen calibrate fit-trust.yaml",
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
        Calibration.Result result;
        try (SweepProgress progress = SweepProgress.create(quiet, main.err())) {
            result = Calibration.run(calibration, dir, threads, resume, main.invocation(), progress);
        }
        if (!quiet) {
            main.out().print(result.table());
            main.out().println();
            main.out().println("Files: " + env.display(dir) + "/ (draws.csv, posterior.csv, best-1.yaml ...; the runs in sweep/)");
        }
        return 0;
    }
}
