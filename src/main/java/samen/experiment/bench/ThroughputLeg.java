package samen.experiment.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import samen.engine.Simulation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioLoader;

/**
 * One leg of the throughput measurement, in a JVM of its own (as JMH forks do), so no leg inherits
 * the JIT state, heap or caches of another: {@code java -cp CLASSPATH samen.experiment.bench.ThroughputLeg
 * SCENARIO THREADS SECONDS ITERATIONS}. It runs iterations of SECONDS until the rates of the last
 * {@link #STEADY_WINDOW} agree within {@link #STEADY_SPREAD} (a steady state: the JIT has settled),
 * at most {@link #MAX_WARM_UP} of them, then ITERATIONS measured ones, and prints one line per
 * measured iteration: {@code runs seconds cpu_seconds} (the process's CPU time, so a reader can see
 * when a loaded machine starved the leg). Default-scenario runs, each with its own seed; no I/O.
 */
public final class ThroughputLeg {

    static final int STEADY_WINDOW = 3;
    static final double STEADY_SPREAD = 0.05;
    static final int MAX_WARM_UP = 15;

    private ThroughputLeg() {
    }

    /** One measured iteration. */
    record Iteration(long runs, double seconds, double cpuSeconds) {
        double perSecond() {
            return runs / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int iterations = Integer.parseInt(args[3]);
        Scenario s = ScenarioLoader.prepare(ScenarioLoader.readText(file, file.toString()), file.toString()).with(List.of());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong seeds = new AtomicLong();
            List<Double> warm = new ArrayList<>();
            while (warm.size() < MAX_WARM_UP && !steady(warm)) warm.add(iterate(pool, threads, s, seconds, seeds).perSecond());
            System.out.printf(Locale.ROOT, "warm-up %d%n", warm.size());
            for (int i = 0; i < iterations; i++) {
                Iteration it = iterate(pool, threads, s, seconds, seeds);
                System.out.printf(Locale.ROOT, "%d %.6f %.6f%n", it.runs(), it.seconds(), it.cpuSeconds());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** True when the last {@link #STEADY_WINDOW} rates lie within ±{@link #STEADY_SPREAD} of their mean. */
    static boolean steady(List<Double> rates) {
        if (rates.size() < STEADY_WINDOW) return false;
        List<Double> last = rates.subList(rates.size() - STEADY_WINDOW, rates.size());
        double mean = last.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return last.stream().allMatch(r -> Math.abs(r - mean) <= STEADY_SPREAD * mean);
    }

    private static Iteration iterate(ExecutorService pool, int threads, Scenario s, double seconds, AtomicLong seeds)
            throws Exception {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long runs = 0;
                do {
                    Simulation.create(s.model(), seeds.incrementAndGet()).run(s.steps(), List.of());
                    runs++;
                } while (System.nanoTime() < deadline);
                return runs;
            }));
        }
        long runs = 0;
        for (Future<Long> w : workers) runs += w.get();
        return new Iteration(runs, (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
