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
    /** The prefix of an override of every history line, which {@link Batch} applies only on a base with a history. */
    static final String EVERY_HISTORY_LINE = HISTORY + ".*.";

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
        return new Level(value, List.of("trust.initial=" + value, EVERY_HISTORY_LINE + "trust=" + value));
    }

    /**
     * The trust and vigilance every pair starts with, as {@link #startingTrust} sets trust: the
     * scenario's initial values and, on a base that carries a history, every history line's.
     */
    public static Level startingHistory(String label, String trust, String vigilance) {
        return new Level(label, List.of("trust.initial=" + trust, "trust.vigilance_initial=" + vigilance,
                EVERY_HISTORY_LINE + "trust=" + trust, EVERY_HISTORY_LINE + "vigilance=" + vigilance));
    }

    /** Levels setting {@code key} to each of {@code values}, in order. */
    public static List<Level> each(String key, String... values) {
        return java.util.Arrays.stream(values).map(v -> of(key, v)).toList();
    }
}
