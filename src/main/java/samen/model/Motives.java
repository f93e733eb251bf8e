package samen.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Why a partner is at the table: a weight for each of seed 004's four motives, which count in
 * proportion to their shares. Most organisations have more than one reason (the workbook lists
 * them side by side, and seed 001 gives them in one breath: "omdat je te klein bent om een
 * concurrerend product of dienst te leveren, of omdat je behoefte hebt aan bepaalde kennis"), so
 * each motive's consequence counts for its share: a partner that is half there for the scale
 * misses half the scale of those who walked away. One motive alone has a share of 1, and acts
 * exactly as that motive.
 *
 * @param weights each motive's weight, in (0,1], in the order of {@link Motive}; one motive alone has weight 1
 */
public record Motives(Map<Motive, Double> weights) {

    public Motives {
        for (double w : weights.values()) {
            if (!(w > 0 && w <= 1)) throw new IllegalArgumentException("a motive's weight must lie in (0,1]: " + w);
        }
        if (weights.isEmpty()) throw new IllegalArgumentException("a partner needs a motive");
        if (weights.size() == 1 && weights.values().iterator().next() != 1) {
            throw new IllegalArgumentException("one motive alone has weight 1: " + weights);
        }
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** A partner at the table for one motive only. */
    public static Motives only(Motive motive) {
        return new Motives(Map.of(motive, 1.0));
    }

    /**
     * A mix from weights, each in [0,1] with at least one positive; motives of weight 0 are left out,
     * and a mix of one motive is that motive alone. {@code {cost: 1, knowledge: 1}} is half of each.
     */
    public static Motives mix(Map<Motive, Double> weights) {
        Map<Motive, Double> named = new EnumMap<>(Motive.class);
        weights.forEach((motive, w) -> {
            if (w != 0) named.put(motive, w);
        });
        return named.size() == 1 ? only(named.keySet().iterator().next()) : new Motives(named);
    }

    /** The share of {@code motive} in why the partner is at the table, in [0,1]: its weight over all weights. */
    public double share(Motive motive) {
        return Shares.of(weights, motive);
    }

    /** The one motive the partner is at the table for, or null for a mix. */
    public Motive single() {
        return Shares.single(weights);
    }

    /** As a partner's inspector shows it: {@code cost}, or each motive's share for a mix ({@code cost 0.60, pressure 0.40}). */
    @Override
    public String toString() {
        if (single() != null) return single().key();
        StringJoiner text = new StringJoiner(", ");
        weights.keySet().forEach(m -> text.add(m.key() + " " + String.format(Locale.ROOT, "%.2f", share(m))));
        return text.toString();
    }
}
