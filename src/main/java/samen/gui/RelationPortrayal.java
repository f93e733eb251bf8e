package samen.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * A relation as a line in two halves: the half at a partner shows its trust in the other (width)
 * and the Lewicki quadrant it is in towards the other (colour). Lopsided trust is visible at once.
 * Lines are smoothed (antialiased) for up to {@value #SMOOTH_UP_TO} partners; a region's hundreds
 * of lines are drawn plain, since smoothing them takes most of a frame (docs/PERFORMANCE.md).
 */
final class RelationPortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;

    /** The most partners whose relations are drawn smoothed. */
    static final int SMOOTH_UP_TO = 64;

    private final Look look;
    private final boolean smooth;

    RelationPortrayal(Look look, int partners) {
        this.look = look;
        this.smooth = partners <= SMOOTH_UP_TO;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        RelationView r = (RelationView) ((Edge) object).info;
        if (!r.visible()) return;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        double x1 = e.draw.x;
        double y1 = e.draw.y;
        double x2 = e.secondPoint.x;
        double y2 = e.secondPoint.y;
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, smooth ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        half(g, r, true, x1, y1, mx, my);
        half(g, r, false, x2, y2, mx, my);
    }

    private void half(Graphics2D g, RelationView r, boolean fromFirst, double x, double y, double mx, double my) {
        g.setColor(Palette.quadrant(r.quadrant(fromFirst)));
        g.setStroke(new BasicStroke(width(r.trust(fromFirst)), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, y, mx, my));
    }

    /** From a hairline at no trust to two and a half times the look's line width at full trust. */
    float width(double trust) {
        return (float) (0.5 + 2.5 * look.line() * Math.max(0, Math.min(1, trust)));
    }
}
