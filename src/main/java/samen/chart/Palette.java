package samen.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import samen.model.Condition;
import samen.model.EventKind;
import samen.model.LewickiQuadrant;
import samen.model.Outcome;

/**
 * The colours of samen, one per outcome, partner standing, Lewicki quadrant and condition, the
 * same in every chart, the report and the GUI. Taken from the Okabe-Ito palette, which stays
 * distinguishable with the common forms of colour blindness; good outcomes are green and blue,
 * bad ones orange, vermillion and black, stagnation grey (nothing moves); every outcome colour
 * reads as text on white (the GUI writes the outcome so far in its colour). A run that failed in
 * a sweep is light grey.
 */
public final class Palette {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x999999);
    /** Okabe-Ito's yellow darkened so it reads as a line or as text on white. */
    public static final Color OLIVE = new Color(0xB0A000);
    public static final Color LIGHT_GREY = new Color(0xDDDDDD);

    /** Trust lines and nodes. */
    public static final Color TRUST = BLUE;
    /** Vigilance (distrust) lines. */
    public static final Color VIGILANCE = VERMILLION;

    private static final Map<String, Color> OUTCOMES = Map.of(
            "win_win", GREEN,
            "compromise", SKY_BLUE,
            "win_lose", ORANGE,
            "lose_lose", VERMILLION,
            "stagnation", GREY,
            "sham", PURPLE,
            "breakup", BLACK,
            "error", LIGHT_GREY);

    private static final Map<String, Color> STANDINGS = Map.of("gain", GREEN, "loss", VERMILLION, "even", GREY);

    private static final Map<String, Color> QUADRANTS = Map.of(
            "unhindered_collaboration", GREEN,
            "calculated_connecting", BLUE,
            "exploratory_exchange", OLIVE,
            "watchful_contracting", VERMILLION);

    private static final Map<String, Color> CONDITIONS = Map.of(
            "ambition", BLUE,
            "interests", ORANGE,
            "relation", GREEN,
            "organisation", PURPLE,
            "process", SKY_BLUE);

    private static final Map<String, Color> EVENTS = Map.ofEntries(
            Map.entry("phase_change", BLACK),
            Map.entry("fallback", ORANGE),
            Map.entry("agreement_reopened", YELLOW),
            Map.entry("intervention", BLUE),
            Map.entry("intervention_refused", SKY_BLUE),
            Map.entry("intervention_failed", SKY_BLUE),
            Map.entry("shock", VERMILLION),
            Map.entry("join", GREEN),
            Map.entry("leave", PURPLE),
            Map.entry("turnover", PURPLE),
            Map.entry("opportunism", GREY),
            Map.entry("goal_reached", GREEN));

    private Palette() {
    }

    /** The colour of an outcome key ({@code win_win}, ..., {@code error}); grey for an unknown one. */
    public static Color outcome(String key) {
        return OUTCOMES.getOrDefault(normal(key), GREY);
    }

    public static Color outcome(Outcome outcome) {
        return outcome(outcome.key());
    }

    public static Color quadrant(LewickiQuadrant quadrant) {
        return quadrant(quadrant.key());
    }

    public static Color condition(Condition condition) {
        return condition(condition.key());
    }

    public static Color event(EventKind kind) {
        return event(kind.key());
    }

    /** The colour of a partner's standing against its alternative: {@code gain}, {@code loss}, {@code even}. */
    public static Color standing(String key) {
        return STANDINGS.getOrDefault(normal(key), GREY);
    }

    /** The colour of a Lewicki quadrant key ({@code unhindered_collaboration}, ...). */
    public static Color quadrant(String key) {
        return QUADRANTS.getOrDefault(normal(key), GREY);
    }

    /** The colour of a condition key ({@code ambition}, {@code interests}, ...). */
    public static Color condition(String key) {
        return CONDITIONS.getOrDefault(normal(key), GREY);
    }

    /** The colour of an event kind key ({@code intervention}, {@code shock}, ...). */
    public static Color event(String key) {
        return EVENTS.getOrDefault(normal(key), GREY);
    }

    /** {@code color} as {@code #rrggbb}, for HTML and matplotlib. */
    public static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xFFFFFF);
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
