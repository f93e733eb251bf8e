package samen.experiment.facts;

import java.util.List;

/**
 * One level of a varied factor: how tables show it and the {@code --set} overrides that make it.
 *
 * @param label     e.g. {@code 0.35}
 * @param overrides applied to the base scenario after the fact's own base overrides
 */
public record Level(String label, List<String> overrides) {

    public Level {
        overrides = List.copyOf(overrides);
    }

    /** A level that sets one key to one value. */
    public static Level of(String key, String value) {
        return new Level(value, List.of(key + "=" + value));
    }

    /** Levels setting {@code key} to each of {@code values}, in order. */
    public static List<Level> each(String key, String... values) {
        return java.util.Arrays.stream(values).map(v -> of(key, v)).toList();
    }
}
