package samen.gui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import samen.model.LewickiQuadrant;
import samen.model.Outcome;
import samen.model.Standing;

/**
 * The GUI's colours, in one place: one per outcome, one per Lewicki quadrant, and the diverging
 * scale for a partner's payoff against its alternative (red worse off, grey even, green better off).
 * Colour-blind safe where it matters (Okabe-Ito hues for the quadrants and outcomes).
 */
public final class Palette {

    private static final Map<Outcome, Color> OUTCOMES = new EnumMap<>(Map.of(
            Outcome.WIN_WIN, new Color(0x009E73),
            Outcome.COMPROMISE, new Color(0x56B4E9),
            Outcome.WIN_LOSE, new Color(0xE69F00),
            Outcome.LOSE_LOSE, new Color(0xD55E00),
            Outcome.STAGNATION, new Color(0x999999),
            Outcome.SHAM, new Color(0xCC79A7),
            Outcome.BREAKUP, new Color(0x000000)));

    private static final Map<LewickiQuadrant, Color> QUADRANTS = new EnumMap<>(Map.of(
            LewickiQuadrant.UNHINDERED_COLLABORATION, new Color(0x009E73),
            LewickiQuadrant.CALCULATED_CONNECTING, new Color(0x0072B2),
            LewickiQuadrant.EXPLORATORY_EXCHANGE, new Color(0xB0A000),
            LewickiQuadrant.WATCHFUL_CONTRACTING, new Color(0xD55E00)));

    /** Relative gains beyond this share of the alternative get the deepest colour. */
    static final double FULL_SCALE = 0.15;

    private static final Color EVEN = new Color(0xBDBDBD);
    private static final Color[] BETTER = {new Color(0xA1D99B), new Color(0x006D2C)};
    private static final Color[] WORSE = {new Color(0xFC9272), new Color(0xA50F15)};

    private Palette() {
    }

    public static Color outcome(Outcome outcome) {
        return OUTCOMES.get(outcome);
    }

    public static Color quadrant(LewickiQuadrant quadrant) {
        return QUADRANTS.get(quadrant);
    }

    /**
     * Grey while a partner breaks even ({@link Standing}, the outcome rules' own band); beyond it
     * light to deep green for a gain and light to deep red for a loss, deepest at {@link #FULL_SCALE}.
     * The step at the band's edge makes "better off" and "worse off" visible from the back row.
     */
    public static Color gain(double relativeGain) {
        Standing standing = Standing.of(relativeGain);
        if (standing == Standing.EVEN) return EVEN;
        Color[] scale = standing == Standing.GAIN ? BETTER : WORSE;
        double t = Math.min(1, (Math.abs(relativeGain) - Standing.EVEN_BAND) / (FULL_SCALE - Standing.EVEN_BAND));
        return mix(scale[0], scale[1], t);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
