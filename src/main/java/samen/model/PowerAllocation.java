package samen.model;

import ec.util.MersenneTwisterFast;
import samen.model.config.PowerSettings;

/**
 * Draws each partner's actual and perceived share of power (seed 003 §2, "een onduidelijk
 * machtscentrum": power is spread, drawn from different sources, often invisible and
 * underestimated). Shares sum to one.
 *
 * @param actual    the power that decides who takes what
 * @param perceived the power the partners believe each other to have; equal to {@code actual}
 *                  except under {@code unclear}
 */
public record PowerAllocation(double[] actual, double[] perceived) {

    public static PowerAllocation draw(PowerSettings settings, int n, MersenneTwisterFast rng) {
        double[] actual = switch (settings.distribution()) {
            case EQUAL -> equal(n);
            case DOMINANT -> dominant(n, settings.dominantShare());
            case SKEWED, UNCLEAR -> normalise(paretoDraws(n, settings.paretoAlpha(), rng));
        };
        double[] perceived = actual.clone();
        if (settings.distribution() == PowerSettings.PowerDistribution.UNCLEAR) {
            for (int i = 0; i < n; i++) {
                perceived[i] = actual[i] * StrictMath.exp(settings.perceptionNoise() * rng.nextGaussian());
            }
            normaliseInPlace(perceived);
        }
        return new PowerAllocation(actual, perceived);
    }

    /** Raw Pareto(alpha, x_min = 1) draws by inversion; alpha 1.16 gives the 80/20 rule. */
    static double[] paretoDraws(int n, double alpha, MersenneTwisterFast rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // nextDouble(false, true) is in (0, 1], so the power below stays finite.
            x[i] = StrictMath.pow(rng.nextDouble(false, true), -1.0 / alpha);
        }
        return x;
    }

    private static double[] equal(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        return p;
    }

    /** The first organisation holds {@code share}; the others split the rest equally. */
    private static double[] dominant(int n, double share) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, (1 - share) / (n - 1));
        p[0] = share;
        return p;
    }

    private static double[] normalise(double[] x) {
        normaliseInPlace(x);
        return x;
    }

    private static void normaliseInPlace(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        for (int i = 0; i < x.length; i++) x[i] /= sum;
    }
}
