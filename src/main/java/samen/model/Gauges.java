package samen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Everything a scenario's trigger can watch, by name: the five conditions, the indicators of
 * {@link Indicator}, and a few collaboration-wide measures.
 */
public final class Gauges {

    private static final Map<String, ToDoubleFunction<Collaboration>> ALL = build();

    private Gauges() {
    }

    private static Map<String, ToDoubleFunction<Collaboration>> build() {
        Map<String, ToDoubleFunction<Collaboration>> all = new LinkedHashMap<>();
        for (Condition condition : Condition.values()) all.put(condition.key(), c -> c.condition(condition));
        for (Indicator indicator : Indicator.values()) all.put(indicator.key(), indicator::valueIn);
        all.put("energy", Collaboration::energy);
        all.put("mean_trust", Collaboration::meanTrust);
        all.put("mean_vigilance", Collaboration::meanVigilance);
        all.put("mutual_understanding", Collaboration::mutualUnderstanding);
        return Collections.unmodifiableMap(all);
    }

    /** The names, in a fixed order. */
    public static Set<String> names() {
        return ALL.keySet();
    }

    public static double value(Collaboration c, String name) {
        ToDoubleFunction<Collaboration> gauge = ALL.get(name);
        if (gauge == null) throw new IllegalArgumentException("no gauge " + name + "; allowed: " + names());
        return gauge.applyAsDouble(c);
    }
}
