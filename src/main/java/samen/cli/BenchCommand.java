package samen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import samen.experiment.bench.Bench;
import samen.experiment.bench.Forks;
import samen.experiment.bench.Pipeline;

/** {@code samen bench}: performance figures, measured now on this machine; see docs/PERFORMANCE.md. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Measure run throughput, the sweep pipeline, cost per organisation-step and scaling on this machine.",
        description = {"Prints (a) default-scenario runs per second on 1 and 2 threads, each leg in a JVM of its "
                + "own warmed up to a steady state, over --forks forks with the legs interleaved, with 95%% "
                + "intervals; (b) the same through the command line: a `samen sweep` process of --pipeline runs "
                + "on 1 and 2 threads with the JVM flags the launcher gives batch commands, its start-up, JIT "
                + "warm-up and steady pace apart, against (a); (c) nanoseconds per "
                + "organisation-step against a bare loop doing the same arithmetic on plain arrays; (d) time per "
                + "run for 8, 64 and 512 partners and 100, 1000 and 10000 steps, and for 64 to 2048 partners in the "
                + "interaction network (all in the ring, 8 contacts each) with the growth exponent and the ratio against n log n. "
                + "Takes about 2 minutes with the defaults.", ""},
        footer = {"", "Examples:", "  samen bench",
                "  samen bench --seconds 2 --forks 3 --pipeline 50000     steadier figures, about 6 minutes",
                "  samen bench --pipeline 0                              without the command-line legs", ""})
final class BenchCommand implements Callable<Integer> {

    private static final List<Integer> THREADS = List.of(1, 2);
    /** Sizes of the interaction network's scaling series, at {@link #CONTACTS} contacts per partner. */
    private static final int[] RING_SIZES = {64, 128, 256, 512, 1024, 2048};
    private static final int CONTACTS = 8;

    @ParentCommand
    private Main main;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioFiles.DEFAULT,
            description = "Scenario to measure (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "1",
            description = "Length of one measured iteration (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--forks", paramLabel = "F", defaultValue = "2",
            description = "Fresh JVMs per thread count for (a), legs interleaved (default: ${DEFAULT-VALUE}).")
    private int forks;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "Measured iterations per fork in (a), after the warm-up (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--pipeline", paramLabel = "RUNS", defaultValue = "20000",
            description = "Runs of the `samen sweep` legs in (b); 0 leaves them out (default: ${DEFAULT-VALUE}).")
    private long pipelineRuns;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0)) throw new UserException("--seconds " + seconds + ": expected a positive number");
        if (forks < 1 || iterations < 2) throw new UserException("--forks and --iterations: expected at least 1 fork and 2 iterations");
        if (pipelineRuns < 0) throw new UserException("--pipeline " + pipelineRuns + ": expected 0 or more runs");
        Path file = ScenarioFiles.find(scenario, main.env());
        PrintWriter out = main.out();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf("samen bench: %s, %d cores available, Java %s, load average %.1f at the start%n%n",
                main.env().display(file), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load);

        Forks.Result forked = Forks.throughput(file, THREADS, forks, seconds, iterations);
        out.printf("(a) throughput in process, default scenario, no output; each leg a fresh JVM warmed up to a steady "
                + "state, %d fork%s of %d x %.1f s, legs interleaved%n", forks, forks == 1 ? "" : "s", iterations, seconds);
        for (Forks.Figure f : forked.figures().values()) {
            out.printf("  %d thread%s  %7.0f ± %.0f runs/s   cpu %.2f cores (%.0f runs per cpu-second)   warm-up %.1f iterations%s%n",
                    f.threads(), f.threads() == 1 ? " " : "s", f.perSecond(), f.halfWidth(), f.cpuUse(),
                    f.perSecond() / f.cpuUse(), f.warmUps(),
                    f.threads() == 1 ? "" : String.format("   speed-up %.2fx (per fork %s), parallel efficiency %.0f%%",
                            forked.speedUp(f.threads()), perFork(forked.perFork(), f.threads()), 100 * forked.speedUp(f.threads()) / f.threads()));
        }
        out.println("  (targets: 2000 runs/s per core, 1.8x on 2 threads)");
        out.println();

        if (pipelineRuns > 0) {
            out.printf("(b) the command-line pipeline: samen sweep --scenario FILE --reps %d --threads N --quiet, a fresh process "
                    + "with the launcher's flags for batch commands (%s)%n", pipelineRuns, String.join(" ", Pipeline.BATCH_JVM_FLAGS));
            Pipeline one = null;
            for (int threads : THREADS) {
                Pipeline p = Pipeline.measure(file, threads, pipelineRuns);
                if (threads == 1) one = p;
                Forks.Figure a = forked.figures().get(threads);
                double inProcess = a.perSecond();
                out.printf("  %d thread%s  wall %.1f s = start-up %.1f s + sweep %.1f s (warm-up %.1f s of it)   %6.0f runs/s "
                                + "overall = %.2f of (a), %6.0f in its second half = %.2f of (a); per cpu-second %.0f = %.2f of (a)   "
                                + "cpu %.2f cores%s%n",
                        threads, threads == 1 ? " " : "s", p.wallSeconds(), p.startupSeconds(), p.sweepSeconds(), p.warmUpSeconds(),
                        p.perSecond(), p.perSecond() / inProcess, p.secondHalfPerSecond(), p.secondHalfPerSecond() / inProcess,
                        p.secondHalfPerCpuSecond(),
                        p.secondHalfPerCpuSecond() / (a.perSecond() / a.cpuUse()), p.cpuUse(), threads == 1 ? ""
                                : String.format("   speed-up %.2fx overall, %.2fx second half", p.perSecond() / one.perSecond(),
                                        p.secondHalfPerSecond() / one.secondHalfPerSecond()));
            }
            out.println("  (targets: at least 0.8 of (a), and 1.8x on 2 threads, for 10,000 runs and more)");
            out.println();
        }

        Bench bench = new Bench(file, seconds);
        double[] point = bench.pointMicros();
        out.printf("  building a sweep point's scenario: %.0f us from the YAML text, %.0f us from the tree read once "
                + "(%.2f runs' worth)%n%n", point[0], point[1], point[1] / (1e6 / forked.figures().get(1).perSecond()));

        out.println("(c) cost per organisation-step, model vs bare loop on plain arrays (target: at most 2x)");
        for (int partners : new int[] {0, 64}) {
            Bench.StepCost c = bench.stepCost(partners);
            out.printf("  %3d partners   model %8.1f ns   bare loop %8.1f ns   ratio %.2fx%n", c.partners(),
                    c.modelNanos(), c.bareNanos(), c.ratio());
        }

        out.println();
        out.println("(d) scaling: time per run (steps actually run: fewer when the collaboration broke up)");
        out.println("  everyone in the core (everyone meets everyone):");
        for (int partners : new int[] {8, 64, 512}) print(out, bench.scaling(partners, 100));
        for (int steps : new int[] {1000, 10000}) print(out, bench.scaling(8, steps));
        out.printf("  the interaction network: everyone in the ring with collaboration.contacts %d (target: at most n log n)%n", CONTACTS);
        List<Bench.Scaling> ring = new java.util.ArrayList<>();
        for (int partners : RING_SIZES) {
            Bench.Scaling s = bench.ringScaling(partners, CONTACTS, 100);
            ring.add(s);
            out.printf("  %4d partners %6d steps   %10.3f ms/run   %8.1f steps run   %9.2f us/step   %6.3f us/partner-step"
                            + "   x%.2f of n log n against %d%n", s.partners(), s.steps(), s.millisPerRun(), s.stepsRun(),
                    s.microsPerStep(), s.microsPerStep() / s.partners(), Bench.againstNLogN(s, ring.get(0)), RING_SIZES[0]);
        }
        out.printf("  growth of time per step in partners: n^%.2f (least squares over %d to %d; n log n over this range is "
                + "about n^%.2f)%n", Bench.growthExponent(ring), RING_SIZES[0], RING_SIZES[RING_SIZES.length - 1], nLogNExponent());
        out.printf("%nload average %.1f at the end; on a loaded machine read the ratios, not the rates%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    private static String perFork(List<Map<Integer, Double>> perFork, int threads) {
        return String.join(", ", perFork.stream().map(f -> String.format("%.2fx", f.get(threads))).toList());
    }

    /** The exponent of the least-squares power law through n log n over {@link #RING_SIZES}: the yardstick. */
    private static double nLogNExponent() {
        List<Bench.Scaling> ideal = new java.util.ArrayList<>();
        for (int n : RING_SIZES) ideal.add(new Bench.Scaling(n, 1, 1, n * Math.log(n) / 1000));
        return Bench.growthExponent(ideal);
    }

    private static void print(PrintWriter out, Bench.Scaling s) {
        out.printf("  %3d partners %6d steps   %10.3f ms/run   %8.1f steps run   %9.2f us/step%n", s.partners(), s.steps(),
                s.millisPerRun(), s.stepsRun(), s.microsPerStep());
    }
}
