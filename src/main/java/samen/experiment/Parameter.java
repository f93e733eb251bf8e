package samen.experiment;

import java.math.BigDecimal;
import java.util.List;
import samen.output.Decimals;

/**
 * One varied scenario value, addressed by its key path ({@code trust.loss_rate},
 * {@code power.distribution}, {@code organisations.2.loyalty}), exactly as {@code samen run --set}
 * takes it. Its values are texts: what is written in {@code runs.csv} is what the run was given.
 */
public sealed interface Parameter permits Parameter.Levels, Parameter.Range {

    String key();

    /**
     * The value at {@code u} in [0, 1] of a sampling design: levels are picked in equal slices, a
     * range is scaled (a whole range in equal slices per whole number).
     */
    String fromUnit(double u);

    /**
     * Where {@code value} lies in [0, 1], the inverse of {@link #fromUnit}: the middle of its slice
     * for a level or a whole number, so a search that starts from a design's points maps them back
     * to the same values.
     */
    double toUnit(String value);

    /** {@code key=value}, the override {@code samen run --set} takes. */
    default String override(String value) {
        return key() + "=" + value;
    }

    /**
     * A list of values: every one of them in a grid; picked in equal slices of [0, 1] by a
     * sampling design (so a choice such as {@code power.distribution} can be sampled too).
     */
    record Levels(String key, List<String> values) implements Parameter {
        public Levels {
            values = List.copyOf(values);
            if (values.isEmpty()) throw new IllegalArgumentException(key + ": no values");
        }

        @Override
        public String fromUnit(double u) {
            return values.get((int) slice(u, values.size()));
        }

        @Override
        public double toUnit(String value) {
            int index = values.indexOf(value);
            if (index < 0) throw new IllegalArgumentException(key + ": " + value + " is not one of " + values);
            return (index + 0.5) / values.size();
        }
    }

    /**
     * A numeric interval for sampling designs. Sampled values are rounded to six decimals (as every
     * number samen writes) before the run gets them, so a row's value reproduces the run exactly.
     *
     * @param whole only whole numbers (both bounds were written as whole numbers)
     */
    record Range(String key, BigDecimal min, BigDecimal max, boolean whole) implements Parameter {
        public Range {
            if (min.compareTo(max) > 0) throw new IllegalArgumentException(key + ": min > max");
        }

        @Override
        public String fromUnit(double u) {
            if (whole) {
                long count = max.subtract(min).longValueExact() + 1;
                return min.add(BigDecimal.valueOf(slice(u, count))).toPlainString();
            }
            return Decimals.format(min.doubleValue() + u * (max.doubleValue() - min.doubleValue()));
        }

        @Override
        public double toUnit(String value) {
            BigDecimal v = new BigDecimal(value);
            if (whole) return (v.subtract(min).doubleValue() + 0.5) / (max.subtract(min).doubleValue() + 1);
            BigDecimal width = max.subtract(min);
            return width.signum() == 0 ? 0.5 : Math.min(1, Math.max(0, v.subtract(min).doubleValue() / width.doubleValue()));
        }
    }

    /**
     * {@code min, min + step, ...} up to {@code max} (included when it falls on a step), exact in
     * decimal and written without trailing zeros: the values of {@code {min, max, step}} in a sweep
     * file and of {@code --vary key=min:max:step}.
     *
     * @return null when there would be more than {@code limit} values
     */
    static List<String> steps(BigDecimal min, BigDecimal max, BigDecimal step, int limit) {
        if (max.subtract(min).divideToIntegralValue(step).compareTo(BigDecimal.valueOf(limit)) >= 0) return null;
        List<String> values = new java.util.ArrayList<>();
        for (BigDecimal x = min; x.compareTo(max) <= 0; x = x.add(step)) values.add(x.stripTrailingZeros().toPlainString());
        return values;
    }

    /** Which of {@code count} equal slices of [0, 1] holds {@code u} (1 itself in the last). */
    private static long slice(double u, long count) {
        return Math.min(count - 1, Math.max(0, (long) Math.floor(u * count)));
    }
}
