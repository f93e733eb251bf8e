package samen.experiment.facts;

import java.util.List;

/**
 * One level of a varied factor: how tables show it and the {@code --set} overrides that make it.
 *
 * @param label     e.g. {@code 0.35}
 * @param overrides applied to the base scenario after the fact's own base overrides
 */
public record Level(String label, List<String> overrides) {

    /** The key of a scenario's shared history between the partners. */
    static final String HISTORY = "history";
    /** The override of every history line's trust, which {@link Batch} applies only on a base with a history. */
    static final String HISTORY_TRUST = HISTORY + ".*.trust=";

    public Level {
        overrides = List.copyOf(overrides);
    }

    /** A level that sets one key to one value. */
    public static Level of(String key, String value) {
        return new Level(value, List.of(key + "=" + value));
    }

    /**
     * The trust every pair starts with: {@code trust.initial} and, on a base that carries a history
     * (the default's distrust on every pair), every history line's trust, its vigilance kept. On such
     * a base {@code trust.initial} alone reaches only replacements and late joiners.
     */
    public static Level startingTrust(String value) {
        return new Level(value, List.of("trust.initial=" + value, HISTORY_TRUST + value));
    }

    /** Levels setting {@code key} to each of {@code values}, in order. */
    public static List<Level> each(String key, String... values) {
        return java.util.Arrays.stream(values).map(v -> of(key, v)).toList();
    }
}
