package samen.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import samen.experiment.MorrisDesign;

/**
 * Morris's elementary effects per parameter from one output value per point: μ (mean effect, its
 * sign says the direction), μ* (mean absolute effect, Campolongo et al. 2007: the importance) and σ
 * (their spread: interactions or non-linearity), with a bootstrap interval of μ* over the
 * trajectories. Effects are per unit of the parameter's range (steps of Δ in the unit cube), so
 * parameters with different ranges compare. Trajectories with a missing value are skipped.
 */
public final class MorrisIndices {

    /** One parameter's indices. */
    public record Row(int parameter, int effects, double mu, double muStar, double sigma, double muStarLow, double muStarHigh) {
    }

    private MorrisIndices() {
    }

    /** @param y the output at every point of {@code design} (NaN where unknown) */
    public static List<Row> of(MorrisDesign design, int parameters, double[] y, long seed) {
        int trajectories = (int) (design.points() / (parameters + 1));
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < parameters; i++) effects.add(new ArrayList<>());
        for (int t = 0; t < trajectories; t++) {
            long first = (long) t * (parameters + 1);
            boolean complete = true;
            for (int m = 0; m <= parameters; m++) complete &= !Double.isNaN(y[(int) (first + m)]);
            if (!complete) continue;
            for (int m = 1; m <= parameters; m++) {
                long id = first + m;
                effects.get(design.changed(id)).add((y[(int) id] - y[(int) id - 1]) / design.step(id));
            }
        }
        Bootstrap bootstrap = new Bootstrap(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < parameters; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            int r = ee.length;
            if (r == 0) {
                rows.add(new Row(i, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double mu = 0;
            double muStar = 0;
            for (double e : ee) {
                mu += e / r;
                muStar += Math.abs(e) / r;
            }
            double ss = 0;
            for (double e : ee) ss += (e - mu) * (e - mu);
            double sigma = r > 1 ? Math.sqrt(ss / (r - 1)) : Double.NaN;
            double[] ci = bootstrap.interval(r, pick -> {
                double s = 0;
                for (int j : pick) s += Math.abs(ee[j]);
                return s / pick.length;
            });
            rows.add(new Row(i, r, mu, muStar, sigma, ci[0], ci[1]));
        }
        return rows;
    }
}
