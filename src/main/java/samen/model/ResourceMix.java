package samen.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a partner brings (operational fit; issue #11, item 2): its capacity split over Douma's kinds of resource by
 * share. Seed 004 lists a partner's operational fit as several resources side by side (*"Financiële resources"*,
 * *"Productie resources"*, *"R&amp;D technische resources"*, *"Marketing resources"*), and real partners bring more
 * than one (a GP cooperative brings hands and know-how), so a partner may name several kinds with a weight for
 * each; each kind then holds its weight's share of what the partner brings, as {@link Motives} does for motives.
 * One kind alone has a share of 1 and acts exactly as that kind; {@link #NONE} names no kind.
 *
 * @param weights each kind's weight, in (0,1], in the order of {@link Resource}; one kind alone has weight 1; empty for none
 */
public record ResourceMix(Map<Resource, Double> weights) {

    /** Names no kind: the partner is left out of the table's mix. */
    public static final ResourceMix NONE = new ResourceMix(Map.of());

    public ResourceMix {
        for (Map.Entry<Resource, Double> w : weights.entrySet()) {
            if (w.getKey() == Resource.NONE) throw new IllegalArgumentException("none names no kind and takes no weight: " + weights);
            if (!(w.getValue() > 0 && w.getValue() <= 1)) throw new IllegalArgumentException("a kind's weight must lie in (0,1]: " + w);
        }
        if (weights.size() == 1 && weights.values().iterator().next() != 1) {
            throw new IllegalArgumentException("one kind alone has weight 1: " + weights);
        }
        weights = weights.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** A partner that brings one kind only; {@link Resource#NONE} is {@link #NONE}. */
    public static ResourceMix only(Resource kind) {
        return kind == Resource.NONE ? NONE : new ResourceMix(Map.of(kind, 1.0));
    }

    /**
     * A mix from weights, each in [0,1] with at least one positive; kinds of weight 0 are left out, and a mix of one
     * kind is that kind alone. {@code {production: 1, knowledge: 1}} is half of each.
     */
    public static ResourceMix mix(Map<Resource, Double> weights) {
        Map<Resource, Double> named = new EnumMap<>(Resource.class);
        weights.forEach((kind, w) -> {
            if (w != 0) named.put(kind, w);
        });
        if (named.isEmpty()) throw new IllegalArgumentException("a mix needs a positive weight: " + weights);
        return named.size() == 1 ? only(named.keySet().iterator().next()) : new ResourceMix(named);
    }

    /** Whether it names a kind at all: else it is left out of the table's mix. */
    public boolean named() {
        return !weights.isEmpty();
    }

    /** The share of its capacity it brings of {@code kind}, in [0,1]: the kind's weight over all weights. */
    public double share(Resource kind) {
        return Shares.of(weights, kind);
    }

    /** The one kind it brings, or null for a mix or none. */
    public Resource single() {
        return Shares.single(weights);
    }

    /** The kinds it brings with a positive share, as a bit set over {@link Resource#ordinal}. */
    int kinds() {
        int bits = 0;
        for (Resource kind : weights.keySet()) bits |= 1 << kind.ordinal();
        return bits;
    }

    /** As the inspector and the events show it: {@code none}, {@code knowledge}, or each kind's share for a mix ({@code production 0.60, knowledge 0.40}). */
    @Override
    public String toString() {
        if (!named()) return Resource.NONE.key();
        if (single() != null) return single().key();
        StringJoiner text = new StringJoiner(", ");
        weights.keySet().forEach(k -> text.add(k.key() + " " + String.format(Locale.ROOT, "%.2f", share(k))));
        return text.toString();
    }
}
