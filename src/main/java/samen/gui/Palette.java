package samen.gui;

import java.awt.Color;
import samen.model.LewickiQuadrant;
import samen.model.Outcome;
import samen.model.Standing;

/**
 * The GUI's colours: the outcome and Lewicki quadrant colours of every samen chart
 * ({@link samen.chart.Palette}, the one place they are defined), and the GUI's own diverging scale
 * for a partner's payoff against its alternative (red worse off, grey even, green better off).
 */
public final class Palette {

    /** Relative gains beyond this share of the alternative get the deepest colour. */
    static final double FULL_SCALE = 0.6;

    private static final Color EVEN = new Color(0xBDBDBD);
    private static final Color[] BETTER = {new Color(0xA1D99B), new Color(0x006D2C)};
    private static final Color[] WORSE = {new Color(0xFC9272), new Color(0xA50F15)};

    private Palette() {
    }

    /** As on every chart and in the report: {@link samen.chart.Palette}. */
    public static Color outcome(Outcome outcome) {
        return samen.chart.Palette.outcome(outcome);
    }

    /** As on the network chart: {@link samen.chart.Palette}. */
    public static Color quadrant(LewickiQuadrant quadrant) {
        return samen.chart.Palette.quadrant(quadrant);
    }

    /**
     * Grey while a partner breaks even ({@link Standing}, the outcome rules' own band); beyond it
     * light to deep green for a gain and light to deep red for a loss, deepest at {@link #FULL_SCALE}.
     * The step at the band's edge makes "better off" and "worse off" visible from the back row.
     */
    public static Color gain(double surplusRate) {
        Standing standing = Standing.of(surplusRate);
        if (standing == Standing.EVEN) return EVEN;
        Color[] scale = standing == Standing.GAIN ? BETTER : WORSE;
        double t = Math.min(1, (Math.abs(surplusRate) - Standing.BAND) / (FULL_SCALE - Standing.BAND));
        return mix(scale[0], scale[1], t);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
