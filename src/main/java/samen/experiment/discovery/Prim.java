package samen.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Beta;

/**
 * PRIM (Friedman and Fisher 1999) as the EMA Workbench applies it to scenario discovery. Starting
 * from the box holding every run, each peeling step cuts off the {@code alpha} share of the runs in
 * the box at the low or high end of one numeric parameter, or one category of a categorical one,
 * choosing the cut after which the box is densest (its share of runs of interest highest), until the
 * box would hold less than {@code minMass} of all runs. Every step is a point on the coverage-density
 * trajectory: coverage is the share of all runs of interest inside the box, density the share of
 * runs in the box that are of interest, mass the share of all runs in the box. {@link #paste} then
 * widens a chosen box again where that raises its density, and {@link #quasiP} gives each limit of
 * the box the one-sided binomial test EMA calls its quasi-p-value: how likely the box's hits are if
 * that limit were dropped.
 *
 * <p>Deterministic: ties go to the larger box, then to the lower parameter index and the low end.
 */
public final class Prim {

    /**
     * A box: per parameter, for a numeric one its limits {@code [low, high]}; for a categorical one
     * the categories it keeps (codes 0 .. k - 1).
     */
    public record Box(double[] low, double[] high, boolean[][] keep) {

        Box copy() {
            boolean[][] k = new boolean[keep.length][];
            for (int d = 0; d < keep.length; d++) k[d] = keep[d] == null ? null : keep[d].clone();
            return new Box(low.clone(), high.clone(), k);
        }

        boolean contains(double[][] x, int run) {
            for (int d = 0; d < low.length; d++) {
                double v = x[d][run];
                if (keep[d] != null ? !keep[d][(int) v] : v < low[d] || v > high[d]) return false;
            }
            return true;
        }

        /** The same box without any limit on {@code dimension}. */
        Box without(int dimension, Box all) {
            Box b = copy();
            b.low[dimension] = all.low[dimension];
            b.high[dimension] = all.high[dimension];
            if (b.keep[dimension] != null) b.keep[dimension] = all.keep[dimension].clone();
            return b;
        }
    }

    /** A point on the trajectory. */
    public record Step(int index, Box box, int runs, int hits, double coverage, double density, double mass) {
    }

    private final double[][] x;
    private final boolean[] y;
    private final int[] categories;
    private final double alpha;
    private final double minMass;
    private final int totalHits;
    private final Box all;

    /**
     * @param x          per parameter, its value in every run (a categorical parameter: the category's code)
     * @param categories per parameter, the number of categories, or 0 for a numeric parameter
     * @param y          per run, whether it is of interest
     * @param alpha      share of the box's runs one peel or paste moves (EMA's default 0.05)
     * @param minMass    the smallest share of all runs a box may hold (EMA's default 0.05)
     */
    public Prim(double[][] x, int[] categories, boolean[] y, double alpha, double minMass) {
        this.x = x;
        this.y = y;
        this.categories = categories.clone();
        this.alpha = alpha;
        this.minMass = minMass;
        int hits = 0;
        for (boolean b : y) if (b) hits++;
        this.totalHits = hits;
        double[] low = new double[x.length];
        double[] high = new double[x.length];
        boolean[][] keep = new boolean[x.length][];
        for (int d = 0; d < x.length; d++) {
            if (categories[d] > 0) {
                keep[d] = new boolean[categories[d]];
                Arrays.fill(keep[d], true);
            } else {
                low[d] = Arrays.stream(x[d]).min().orElse(0);
                high[d] = Arrays.stream(x[d]).max().orElse(0);
            }
        }
        this.all = new Box(low, high, keep);
    }

    /** The box of every run. */
    public Box all() {
        return all.copy();
    }

    /** Peels from the box of every run until no cut leaves {@code minMass}; the trajectory, first step the whole box. */
    public List<Step> peel() {
        List<Step> steps = new ArrayList<>();
        Box box = all();
        steps.add(step(0, box));
        while (true) {
            Step current = steps.get(steps.size() - 1);
            if (current.density() >= 1) break;
            Box best = null;
            double bestDensity = -1;
            int bestRuns = -1;
            for (Box candidate : peels(box)) {
                int[] c = count(candidate);
                if (c[0] == 0 || c[0] < minMass * y.length || c[0] == current.runs()) continue;
                double density = (double) c[1] / c[0];
                if (density > bestDensity || density == bestDensity && c[0] > bestRuns) {
                    best = candidate;
                    bestDensity = density;
                    bestRuns = c[0];
                }
            }
            if (best == null) break;
            box = best;
            steps.add(step(steps.size(), box));
        }
        return steps;
    }

    /** Widens {@code box} one paste at a time while a paste raises its density. */
    public Step paste(Step chosen) {
        Box box = chosen.box().copy();
        Step current = chosen;
        while (true) {
            Step best = null;
            for (Box candidate : pastes(box)) {
                Step s = step(current.index(), candidate);
                if (s.runs() > current.runs() && s.density() > (best == null ? current.density() : best.density())) best = s;
            }
            if (best == null) return current;
            box = best.box();
            current = best;
        }
    }

    /**
     * Per parameter the quasi-p-value of its limits in {@code box} (NaN for a parameter the box does
     * not restrict): {@code P(X >= hits)} for {@code X ~ Binomial(runs in box, density of the box with
     * that parameter's limits dropped)}.
     */
    public double[] quasiP(Box box) {
        int[] in = count(box);
        double[] p = new double[x.length];
        for (int d = 0; d < x.length; d++) {
            if (!restricts(box, d)) {
                p[d] = Double.NaN;
                continue;
            }
            int[] wider = count(box.without(d, all));
            double density = (double) wider[1] / wider[0];
            // P(X >= h) = I_density(h, n - h + 1), the regularised incomplete beta: exact far into the tail,
            // where 1 - cdf would round to 0.
            p[d] = in[1] == 0 ? 1 : density >= 1 ? 1 : Beta.regularizedBeta(density, in[1], in[0] - in[1] + 1.0);
        }
        return p;
    }

    /** True when {@code box} is narrower than all runs on parameter {@code d}. */
    public boolean restricts(Box box, int d) {
        if (box.keep()[d] != null) {
            for (boolean k : box.keep()[d]) if (!k) return true;
            return false;
        }
        return box.low()[d] > all.low()[d] || box.high()[d] < all.high()[d];
    }

    Step step(int index, Box box) {
        int[] c = count(box);
        return new Step(index, box, c[0], c[1], totalHits == 0 ? 0 : (double) c[1] / totalHits,
                c[0] == 0 ? 0 : (double) c[1] / c[0], (double) c[0] / y.length);
    }

    /** Runs in the box and hits among them. */
    private int[] count(Box box) {
        int runs = 0;
        int hits = 0;
        for (int r = 0; r < y.length; r++) {
            if (box.contains(x, r)) {
                runs++;
                if (y[r]) hits++;
            }
        }
        return new int[] {runs, hits};
    }

    private double[] inBox(Box box, int d) {
        double[] v = new double[y.length];
        int n = 0;
        for (int r = 0; r < y.length; r++) if (box.contains(x, r)) v[n++] = x[d][r];
        double[] values = Arrays.copyOf(v, n);
        Arrays.sort(values);
        return values;
    }

    private List<Box> peels(Box box) {
        List<Box> candidates = new ArrayList<>();
        for (int d = 0; d < x.length; d++) {
            if (categories[d] > 0) {
                int kept = 0;
                for (boolean k : box.keep()[d]) if (k) kept++;
                for (int c = 0; kept > 1 && c < categories[d]; c++) {
                    if (!box.keep()[d][c]) continue;
                    Box b = box.copy();
                    b.keep()[d][c] = false;
                    candidates.add(b);
                }
                continue;
            }
            double[] v = inBox(box, d);
            if (v.length == 0 || v[0] == v[v.length - 1]) continue;
            int k = Math.max(1, (int) Math.floor(alpha * v.length));
            // Low end: the new limit is the smallest value left; ties at the cut stay or go together.
            double low = v[Math.min(k, v.length - 1)];
            if (low == v[0]) low = Arrays.stream(v).filter(a -> a > v[0]).findFirst().orElse(v[0]);
            if (low > v[0]) {
                Box b = box.copy();
                b.low()[d] = low;
                candidates.add(b);
            }
            double high = v[Math.max(v.length - 1 - k, 0)];
            if (high == v[v.length - 1]) {
                for (int i = v.length - 1; i >= 0; i--) if (v[i] < high) { high = v[i]; break; }
            }
            if (high < v[v.length - 1]) {
                Box b = box.copy();
                b.high()[d] = high;
                candidates.add(b);
            }
        }
        return candidates;
    }

    private List<Box> pastes(Box box) {
        List<Box> candidates = new ArrayList<>();
        int[] in = count(box);
        int k = Math.max(1, (int) Math.floor(alpha * in[0]));
        for (int dim = 0; dim < x.length; dim++) {
            int d = dim;
            if (categories[d] > 0) {
                for (int c = 0; c < categories[d]; c++) {
                    if (box.keep()[d][c]) continue;
                    Box b = box.copy();
                    b.keep()[d][c] = true;
                    candidates.add(b);
                }
                continue;
            }
            Box open = box.without(d, all);
            double[] v = inBox(open, d);
            double[] below = Arrays.stream(v).filter(a -> a < box.low()[d]).toArray();
            if (below.length > 0) {
                Box b = box.copy();
                b.low()[d] = below[Math.max(0, below.length - k)];
                candidates.add(b);
            }
            double[] above = Arrays.stream(v).filter(a -> a > box.high()[d]).toArray();
            if (above.length > 0) {
                Box b = box.copy();
                b.high()[d] = above[Math.min(above.length - 1, k - 1)];
                candidates.add(b);
            }
        }
        return candidates;
    }
}
