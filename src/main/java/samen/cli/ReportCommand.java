package samen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import samen.chart.Report;

/** {@code samen report}: one self-contained HTML page about a run or a sweep. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Write one self-contained HTML report of a run or a sweep directory.",
        description = {"Writes DIR/report.html: the charts (inline SVG), summary tables, the scenario itself, "
                + "seed and version. It loads nothing from elsewhere: open it offline, attach it, print it.", ""},
        footer = {"", "Examples:",
                "  samen report runs/zorg-in-de-wijk-seed42",
                "  samen report runs/zorg-in-de-wijk-seed42 --lang nl", ""})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private ResultsDirectory results;

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Path source = results.resolve(env);
        Path file = Report.write(source, env.display(source), results.labels());
        main.out().println("Wrote " + env.display(file));
        return 0;
    }
}
