package samen.model;

import java.util.Map;

/** A mix's weights read as shares, for {@link Motives} and {@link ResourceMix} alike: each weight over all the weights. */
final class Shares {

    private Shares() {
    }

    /** {@code key}'s weight over all of {@code weights}, in [0,1]; 0 when it is not named. */
    static <K> double of(Map<K, Double> weights, K key) {
        Double w = weights.get(key);
        if (w == null) return 0;
        double total = 0;
        for (double v : weights.values()) total += v;
        return w / total;
    }

    /** The one key named, or null when several are (or none). */
    static <K> K single(Map<K, Double> weights) {
        return weights.size() == 1 ? weights.keySet().iterator().next() : null;
    }
}
