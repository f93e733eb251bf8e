package samen.experiment.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The tree views of {@code samen discover}, with Tribuo's CART trees: a shallow classification tree
 * of the runs of interest as readable rules (a second view beside PRIM's box), and a score for every
 * varied parameter: how much a random forest's accuracy on held-out runs drops when that
 * parameter's values are shuffled among them (permutation importance; Breiman 2001). A choice
 * parameter enters the trees as one 0/1 feature per category and is shuffled as a whole.
 */
public final class TreeView {

    static final String YES = "yes";
    static final String NO = "no";
    static final int TREES = 60;
    static final int REPEATS = 5;
    static final double HELD_OUT = 0.3;
    /** Tribuo logs every tree it grows at INFO; held here so the setting is not collected with the logger. */
    private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(java.util.logging.Level.WARNING);
    }

    /** A parameter's score: mean drop in accuracy, and its smallest and largest over the repeats. */
    public record Score(String parameter, double drop, double low, double high) {
    }

    /** One leaf of the tree: the conditions on the way there and the share of runs of interest in it. */
    public record Rule(List<Split> conditions, double share, int runs) {
        public String text() {
            return conditions.isEmpty() ? "all runs" : String.join(" and ", conditions.stream().map(Split::text).toList());
        }
    }

    /**
     * One condition on the way to a leaf: parameter {@code d} at most or above {@code at}, or (for a
     * choice) equal to {@code category} or not.
     */
    public record Split(int d, String name, boolean above, double at, String category) {
        boolean test(DiscoveryData data, int r) {
            double v = data.x()[d][r];
            if (category == null) return above ? v > at : v <= at;
            return data.categories().get(d).get((int) v).equals(category) == above;
        }

        public String text() {
            if (category != null) return name + (above ? " = " : " != ") + category;
            return name + (above ? " > " : " <= ") + String.format(Locale.ROOT, "%.4g", at);
        }
    }

    private TreeView() {
    }

    /** Permutation importance of every parameter, from a forest trained on 70% of the runs. */
    public static List<Score> scores(DiscoveryData data, long seed) {
        int n = data.y().length;
        int[] order = shuffled(n, new Random(seed));
        int test = (int) Math.round(n * HELD_OUT);
        List<Integer> train = new ArrayList<>();
        for (int i = test; i < n; i++) train.add(order[i]);
        MutableDataset<Label> dataset = dataset(data, train);
        RandomForestTrainer<Label> trainer = new RandomForestTrainer<>(
                new CARTClassificationTrainer(Integer.MAX_VALUE, 0.5f, seed), new VotingCombiner(), TREES, seed);
        Model<Label> forest = trainer.train(dataset);
        int[] held = java.util.Arrays.copyOf(order, test);
        double base = accuracy(forest, data, held, -1, null);
        Random shuffle = new Random(seed + 1);
        List<Score> scores = new ArrayList<>();
        for (int d = 0; d < data.names().size(); d++) {
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < REPEATS; r++) {
                int[] permuted = held.clone();
                int[] p = shuffled(held.length, shuffle);
                for (int i = 0; i < held.length; i++) permuted[i] = held[p[i]];
                double drop = base - accuracy(forest, data, held, d, permuted);
                sum += drop;
                low = Math.min(low, drop);
                high = Math.max(high, drop);
            }
            scores.add(new Score(data.names().get(d), sum / REPEATS, low, high));
        }
        scores.sort((a, b) -> Double.compare(b.drop(), a.drop()));
        return scores;
    }

    /** The leaves of a classification tree of at most {@code depth} levels over every run. */
    public static List<Rule> rules(DiscoveryData data, int depth, long seed) {
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < data.y().length; r++) all.add(r);
        TreeModel<Label> tree = new CARTClassificationTrainer(depth, 1.0f, seed).train(dataset(data, all));
        List<Rule> rules = new ArrayList<>();
        walk(tree, tree.getRoot(), new ArrayList<>(), data, rules);
        return rules;
    }

    private static void walk(TreeModel<Label> tree, Node<Label> node, List<Split> path, DiscoveryData data, List<Rule> rules) {
        if (node instanceof SplitNode<Label> split) {
            String feature = tree.getFeatureIDMap().get(split.getFeatureID()).getName();
            int equals = feature.indexOf('=');
            String name = equals < 0 ? feature : feature.substring(0, equals);
            String category = equals < 0 ? null : feature.substring(equals + 1);
            int d = data.names().indexOf(name);
            for (boolean above : new boolean[] {false, true}) {
                List<Split> next = new ArrayList<>(path);
                next.add(new Split(d, name, above, split.splitValue(), category));
                walk(tree, above ? split.getGreaterThan() : split.getLessThanOrEqual(), next, data, rules);
            }
        } else if (node instanceof LeafNode<Label>) {
            int runs = 0;
            int hits = 0;
            for (int r = 0; r < data.y().length; r++) {
                int run = r;
                if (path.stream().allMatch(c -> c.test(data, run))) {
                    runs++;
                    if (data.y()[r]) hits++;
                }
            }
            rules.add(new Rule(List.copyOf(path), runs == 0 ? 0 : (double) hits / runs, runs));
        }
    }

    private static double accuracy(Model<Label> model, DiscoveryData data, int[] rows, int shuffledParameter, int[] source) {
        int right = 0;
        for (int i = 0; i < rows.length; i++) {
            Example<Label> e = example(data, rows[i], shuffledParameter, source == null ? -1 : source[i]);
            if (model.predict(e).getOutput().getLabel().equals(data.y()[rows[i]] ? YES : NO)) right++;
        }
        return (double) right / rows.length;
    }

    private static MutableDataset<Label> dataset(DiscoveryData data, List<Integer> rows) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("samen sweep runs", labels), labels);
        for (int r : rows) dataset.add(example(data, r, -1, -1));
        return dataset;
    }

    /** Run {@code r} as features; parameter {@code swapped} takes its value from run {@code from} instead. */
    private static Example<Label> example(DiscoveryData data, int r, int swapped, int from) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int d = 0; d < data.names().size(); d++) {
            double v = data.x()[d][d == swapped ? from : r];
            List<String> categories = data.categories().get(d);
            if (categories.isEmpty()) {
                names.add(data.names().get(d));
                values.add(v);
            } else {
                for (int c = 0; c < categories.size(); c++) {
                    names.add(data.names().get(d) + "=" + categories.get(c));
                    values.add(c == (int) v ? 1.0 : 0.0);
                }
            }
        }
        return new ArrayExample<>(new Label(data.y()[r] ? YES : NO), names.toArray(String[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
