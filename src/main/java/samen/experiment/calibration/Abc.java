package samen.experiment.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate Bayesian computation by rejection (Pritchard et al. 1999; Beaumont 2010): draws from
 * the prior are kept when their summaries lie closest to the targets, and the kept draws are a sample
 * of the approximate posterior. The distance of a draw is the Euclidean norm of its misses, each
 * divided by the spread (standard deviation) of that summary over all draws, so that targets on
 * different scales weigh alike; the {@code accept} share of draws with the smallest distance is kept
 * (ties to the lower draw id).
 */
public final class Abc {

    /** A draw and its distance to the targets. */
    public record Draw(int id, double distance, boolean accepted) {
    }

    private Abc() {
    }

    /**
     * @param summaries per target, per draw its summary (NaN where a draw has none: it is never kept)
     * @param accept    share of the draws to keep, above 0 and at most 1
     * @return per draw, in id order
     */
    public static List<Draw> reject(List<Target> targets, double[][] summaries, double accept) {
        int draws = summaries.length == 0 ? 0 : summaries[0].length;
        double[] distance = distances(targets, summaries, scales(summaries));
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < draws; d++) {
            if (!Double.isNaN(distance[d])) order.add(d);
        }
        order.sort(Comparator.<Integer>comparingDouble(d -> distance[d]).thenComparingInt(d -> d));
        int keep = Math.min(order.size(), Math.max(1, (int) Math.ceil(accept * draws)));
        boolean[] kept = new boolean[draws];
        for (int i = 0; i < keep; i++) kept[order.get(i)] = true;
        List<Draw> result = new ArrayList<>();
        for (int d = 0; d < draws; d++) result.add(new Draw(d, distance[d], kept[d]));
        return result;
    }

    /** Per target, the spread of its summaries over the draws: what its misses are divided by. */
    static double[] scales(double[][] summaries) {
        double[] scales = new double[summaries.length];
        for (int t = 0; t < summaries.length; t++) scales[t] = spread(summaries[t]);
        return scales;
    }

    /** Per draw, the Euclidean norm of its misses, each divided by its target's scale; NaN for a draw without summaries. */
    static double[] distances(List<Target> targets, double[][] summaries, double[] scales) {
        int draws = summaries.length == 0 ? 0 : summaries[0].length;
        double[] distance = new double[draws];
        for (int t = 0; t < targets.size(); t++) {
            for (int d = 0; d < draws; d++) {
                double miss = targets.get(t).miss(summaries[t][d]) / scales[t];
                distance[d] += miss * miss;
            }
        }
        for (int d = 0; d < draws; d++) distance[d] = Math.sqrt(distance[d]);
        return distance;
    }

    /** Standard deviation of the known values; 1 when they do not vary (the misses are then in the summary's own units). */
    static double spread(double[] values) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            sum += v;
            squares += v * v;
            n++;
        }
        if (n < 2) return 1;
        double mean = sum / n;
        double variance = (squares - n * mean * mean) / (n - 1);
        return variance > 1e-24 ? Math.sqrt(variance) : 1;
    }
}
