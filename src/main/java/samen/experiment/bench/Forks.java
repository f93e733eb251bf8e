package samen.experiment.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Throughput on 1 and 2 threads measured as JMH does it: every leg in a fresh JVM ({@link
 * ThroughputLeg}), warmed up to a steady state before it is measured, several forks with the legs
 * interleaved (1, 2, then 2, 1, ...) so a change in the machine's load over time hits both alike,
 * and the mean with a 95% interval over all measured iterations.
 */
public final class Forks {

    /**
     * @param perSecond     mean runs per second over the measured iterations
     * @param halfWidth     half-width of its 95% Student t interval
     * @param cpuUse        CPU time over wall time of the measured iterations (2 = two busy cores)
     * @param warmUps       warm-up iterations per fork, on average, before the leg was steady
     */
    public record Figure(int threads, double perSecond, double halfWidth, double cpuUse, int iterations, double warmUps) {
    }

    /** The figures per thread count, and per fork the speed-up of each thread count over 1 thread. */
    public record Result(Map<Integer, Figure> figures, List<Map<Integer, Double>> perFork) {
        /** Mean of the runs per second on {@code threads} over that on 1 thread. */
        public double speedUp(int threads) {
            return figures.get(threads).perSecond() / figures.get(1).perSecond();
        }
    }

    private Forks() {
    }

    /**
     * @param seconds    length of one iteration
     * @param iterations measured iterations per leg
     */
    public static Result throughput(Path scenario, List<Integer> threadCounts, int forks, double seconds, int iterations)
            throws IOException, InterruptedException {
        Map<Integer, List<ThroughputLeg.Iteration>> all = new TreeMap<>();
        Map<Integer, Integer> warmUps = new TreeMap<>();
        List<Map<Integer, Double>> perFork = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            List<Integer> order = new ArrayList<>(threadCounts);
            if (f % 2 == 1) java.util.Collections.reverse(order);
            Map<Integer, Double> rates = new TreeMap<>();
            for (int threads : order) {
                List<String> lines = Child.run(List.of(), List.of(ThroughputLeg.class.getName(), scenario.toString(),
                        Integer.toString(threads), Double.toString(seconds), Integer.toString(iterations)));
                warmUps.merge(threads, Integer.parseInt(lines.get(0).substring("warm-up ".length())), Integer::sum);
                List<ThroughputLeg.Iteration> measured = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(" ");
                    measured.add(new ThroughputLeg.Iteration(Long.parseLong(cells[0]), Double.parseDouble(cells[1]),
                            Double.parseDouble(cells[2])));
                }
                all.computeIfAbsent(threads, t -> new ArrayList<>()).addAll(measured);
                rates.put(threads, measured.stream().mapToDouble(ThroughputLeg.Iteration::perSecond).average().orElseThrow());
            }
            Map<Integer, Double> speedUps = new TreeMap<>();
            rates.forEach((threads, rate) -> speedUps.put(threads, rate / rates.get(threadCounts.get(0))));
            perFork.add(speedUps);
        }
        Map<Integer, Figure> figures = new TreeMap<>();
        all.forEach((threads, its) -> figures.put(threads, figure(threads, its, warmUps.get(threads) / (double) forks)));
        return new Result(figures, perFork);
    }

    static Figure figure(int threads, List<ThroughputLeg.Iteration> its, double warmUps) {
        double[] rates = its.stream().mapToDouble(ThroughputLeg.Iteration::perSecond).toArray();
        int n = rates.length;
        double mean = java.util.Arrays.stream(rates).average().orElseThrow();
        double var = 0;
        for (double r : rates) var += (r - mean) * (r - mean);
        double half = n < 2 ? Double.NaN
                : new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(var / (n - 1) / n);
        double cpu = its.stream().mapToDouble(ThroughputLeg.Iteration::cpuSeconds).sum();
        double wall = its.stream().mapToDouble(ThroughputLeg.Iteration::seconds).sum();
        return new Figure(threads, mean, half, cpu / wall, n, warmUps);
    }

    /** A child JVM on this JVM's class path, its stdout as lines. */
    static final class Child {
        private Child() {
        }

        static List<String> run(List<String> jvmFlags, List<String> mainAndArgs) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(jvmFlags);
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
            String home = System.getProperty("samen.home");
            if (home != null) command.add("-Dsamen.home=" + home);
            command.addAll(mainAndArgs);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) lines.add(line);
            }
            if (p.waitFor() != 0) throw new IOException("a bench leg failed (exit " + p.exitValue() + "): " + command);
            return lines;
        }

        private static String java() {
            return ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
    }
}
