package samen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import samen.experiment.bench.Bench;

/** {@code samen bench}: performance figures, measured now on this machine; see docs/PERFORMANCE.md. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Measure run throughput, cost per organisation-step and scaling on this machine.",
        description = {"Prints (a) default-scenario runs per second on 1 and 2 threads and the parallel "
                + "efficiency, (b) nanoseconds per organisation-step against a bare loop doing the same "
                + "arithmetic on plain arrays, (c) time per run for 8, 64 and 512 partners and 100, 1000 "
                + "and 10000 steps. Takes about 45 x --seconds.", ""},
        footer = {"", "Example:", "  samen bench --seconds 2     (steadier figures, about 90 s)", ""})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioFiles.DEFAULT,
            description = "Scenario to measure (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "1",
            description = "Time per measurement, after a warm-up three times as long (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0)) throw new UserException("--seconds " + seconds + ": expected a positive number");
        Path file = ScenarioFiles.find(scenario, main.env());
        Bench bench = new Bench(file, seconds);
        var out = main.out();
        out.printf("samen bench: %s, %d cores available, Java %s%n%n", main.env().display(file),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        Bench.Throughput one = bench.throughput(1);
        Bench.Throughput two = bench.throughput(2);
        out.println("(a) throughput, default scenario, no output");
        out.printf("  1 thread    %9.0f runs/s%n", one.perSecond());
        out.printf("  2 threads   %9.0f runs/s   speed-up %.2fx, parallel efficiency %.0f%%   (target: 2000 runs/s per core, 1.8x)%n",
                two.perSecond(), two.perSecond() / one.perSecond(), 50 * two.perSecond() / one.perSecond());
        double[] point = bench.pointMicros();
        out.printf("  building a sweep point's scenario: %.0f us from the YAML text, %.0f us from the tree read once "
                + "(%.2f runs' worth)%n%n", point[0], point[1], point[1] / (1e6 / one.perSecond()));

        out.println("(b) cost per organisation-step, model vs bare loop on plain arrays (target: at most 2x)");
        for (int partners : new int[] {0, 64}) {
            Bench.StepCost c = bench.stepCost(partners);
            out.printf("  %3d partners   model %8.1f ns   bare loop %8.1f ns   ratio %.2fx%n", c.partners(),
                    c.modelNanos(), c.bareNanos(), c.ratio());
        }

        out.println();
        out.println("(c) scaling: time per run (steps actually run: fewer when the collaboration broke up)");
        for (int partners : new int[] {8, 64, 512}) print(out, bench.scaling(partners, 100));
        for (int steps : new int[] {1000, 10000}) print(out, bench.scaling(8, steps));
        return 0;
    }

    private static void print(java.io.PrintWriter out, Bench.Scaling s) {
        out.printf("  %3d partners %6d steps   %10.3f ms/run   %8.1f steps run   %9.2f us/step%n", s.partners(), s.steps(),
                s.millisPerRun(), s.stepsRun(), s.microsPerStep());
    }
}
