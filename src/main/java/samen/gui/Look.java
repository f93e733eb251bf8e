package samen.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Sizes of text and lines. {@link #PROJECTOR} is for a room: readable on a 1280x720 projector from
 * the back row (body text of 20 px, the phase in 34 px, lines 4 px thick).
 *
 * @param text     labels, legends, tick labels (px)
 * @param title    chart titles and the caption strip (px)
 * @param banner   phase and energy at the top of the window (px)
 * @param line     chart lines and the thickest network edge (px)
 */
public record Look(float text, float title, float banner, float line) {

    public static final Look NORMAL = new Look(13, 15, 26, 2f);
    public static final Look PROJECTOR = new Look(20, 21, 34, 4f);

    public Font plain() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(text));
    }

    public Font bold() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(text));
    }

    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(title));
    }

    public Font bannerFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(banner));
    }

    public Stroke stroke() {
        return new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
