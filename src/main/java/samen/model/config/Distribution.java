package samen.model.config;

import ec.util.MersenneTwisterFast;

/**
 * Where an organisation attribute comes from: a fixed value, or a draw at initialisation from the
 * model's own random stream (so a generated population is reproducible from the seed).
 */
public sealed interface Distribution {

    /** Draws one value; a {@link Constant} draws nothing from {@code rng}. */
    double sample(MersenneTwisterFast rng);

    /** The mean of the distribution before clamping, for summaries and documentation. */
    double mean();

    static Distribution of(double value) {
        return new Constant(value);
    }

    record Constant(double value) implements Distribution {
        @Override public double sample(MersenneTwisterFast rng) { return value; }
        @Override public double mean() { return value; }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            if (!(min <= max)) throw new IllegalArgumentException("uniform: min > max");
        }
        @Override public double sample(MersenneTwisterFast rng) { return min + (max - min) * rng.nextDouble(); }
        @Override public double mean() { return (min + max) / 2; }
    }

    /** A normal distribution clamped to [lower, upper], the attribute's allowed range. */
    record Normal(double mean, double sd, double lower, double upper) implements Distribution {
        public Normal {
            if (!(sd >= 0)) throw new IllegalArgumentException("normal: sd < 0");
            if (!(lower <= upper)) throw new IllegalArgumentException("normal: lower > upper");
        }
        @Override public double sample(MersenneTwisterFast rng) {
            return Math.max(lower, Math.min(upper, mean + sd * rng.nextGaussian()));
        }
    }
}
