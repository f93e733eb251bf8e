package samen.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The values a varied parameter took in a sweep, as groups to draw bars or cells for: the distinct
 * values of a grid (numbers sorted, words in order of appearance), or, for a sampled design where
 * nearly every run has its own value, {@value #BINS} equal-width bins.
 *
 * @param labels one label per group, in order
 * @param group  the group of each run
 */
record Levels(List<String> labels, int[] group) {

    /** More distinct numbers than this are binned. */
    static final int MAX_DISTINCT = 12;
    static final int BINS = 6;

    static Levels of(List<String> values) {
        double[] numbers = numbers(values);
        if (numbers == null) return words(values);
        TreeSet<Double> distinct = new TreeSet<>();
        for (double x : numbers) distinct.add(x);
        if (distinct.size() <= MAX_DISTINCT) {
            List<Double> sorted = new ArrayList<>(distinct);
            List<String> labels = new ArrayList<>();
            for (double x : sorted) labels.add(format(x));
            int[] group = new int[numbers.length];
            for (int i = 0; i < numbers.length; i++) group[i] = sorted.indexOf(numbers[i]);
            return new Levels(labels, group);
        }
        double min = distinct.first();
        double max = distinct.last();
        double width = (max - min) / BINS;
        List<String> labels = new ArrayList<>();
        // Edges to one digit more than the bin width needs: 0.21-0.28, not 0.2125-0.275.
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(width)));
        for (int b = 0; b < BINS; b++) {
            labels.add(round(min + b * width, decimals) + "\u2013" + round(min + (b + 1) * width, decimals));
        }
        int[] group = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) group[i] = Math.min(BINS - 1, (int) ((numbers[i] - min) / width));
        return new Levels(labels, group);
    }

    int size() {
        return labels.size();
    }

    /** How many runs fall in each group. */
    int[] counts() {
        int[] n = new int[size()];
        for (int g : group) n[g]++;
        return n;
    }

    private static Levels words(List<String> values) {
        List<String> labels = new ArrayList<>();
        int[] group = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            int at = labels.indexOf(values.get(i));
            if (at < 0) {
                labels.add(values.get(i));
                at = labels.size() - 1;
            }
            group[i] = at;
        }
        return new Levels(labels, group);
    }

    private static double[] numbers(List<String> values) {
        double[] numbers = new double[values.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return numbers;
    }

    private static String round(double x, int decimals) {
        return new java.math.BigDecimal(x).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Up to four significant digits, no trailing zeros: 0.1, 0.0325, 120. */
    static String format(double x) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", x)).stripTrailingZeros().toPlainString();
    }
}
