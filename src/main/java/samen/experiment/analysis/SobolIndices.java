package samen.experiment.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * First-order (S1) and total (ST) Sobol indices from a Saltelli design's outputs, with the
 * estimators Saltelli et al. (2010, Table 2) recommend: S1_i = mean(f(B) (f(AB_i) - f(A))) / V and
 * Jansen's ST_i = mean((f(A) - f(AB_i))^2) / (2 V), with V the variance of f over A and B. Bootstrap
 * intervals resample the base samples. Base samples with a missing value are skipped.
 */
public final class SobolIndices {

    /** One parameter's indices; NaN when the output does not vary. */
    public record Row(int parameter, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
    }

    private SobolIndices() {
    }

    /** @param y outputs in the design's order: blocks of A, B, AB_1 .. AB_k per base sample */
    public static List<Row> of(int parameters, double[] y, long seed) {
        int k = parameters;
        List<double[]> blocks = new ArrayList<>();
        for (int j = 0; j + k + 2 <= y.length; j += k + 2) {
            double[] block = java.util.Arrays.copyOfRange(y, j, j + k + 2);
            boolean complete = true;
            for (double v : block) complete &= !Double.isNaN(v);
            if (complete) blocks.add(block);
        }
        double[][] b = blocks.toArray(double[][]::new);
        int n = b.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        Bootstrap bootstrap = new Bootstrap(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int column = 2 + i;
            if (n < 2) {
                rows.add(new Row(i, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double[] s1ci = bootstrap.interval(n, pick -> first(b, pick, column));
            double[] stci = bootstrap.interval(n, pick -> total(b, pick, column));
            rows.add(new Row(i, first(b, all, column), s1ci[0], s1ci[1], total(b, all, column), stci[0], stci[1]));
        }
        return rows;
    }

    private static double first(double[][] b, int[] pick, int column) {
        double sum = 0;
        for (int j : pick) sum += b[j][1] * (b[j][column] - b[j][0]);
        return sum / pick.length / variance(b, pick);
    }

    private static double total(double[][] b, int[] pick, int column) {
        double sum = 0;
        for (int j : pick) {
            double d = b[j][0] - b[j][column];
            sum += d * d;
        }
        return sum / (2.0 * pick.length) / variance(b, pick);
    }

    /** Variance of f over the picked rows of A and B together; NaN when zero. */
    private static double variance(double[][] b, int[] pick) {
        double sum = 0;
        double squares = 0;
        for (int j : pick) {
            sum += b[j][0] + b[j][1];
            squares += b[j][0] * b[j][0] + b[j][1] * b[j][1];
        }
        int m = 2 * pick.length;
        double mean = sum / m;
        double v = (squares - m * mean * mean) / (m - 1);
        return v > 0 ? v : Double.NaN;
    }
}
