package samen.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A partner as a disc: area by power, colour by payoff against its alternative ({@link Palette#gain}),
 * a thick red ring for a few steps after it acted opportunistically, and a dashed outline once it left.
 */
final class PartnerPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    static final Color FLASH = new Color(0xE00000);
    private static final Color LABEL_GROUND = new Color(255, 255, 255, 210);

    private final Look look;
    private final int partners;

    PartnerPortrayal(Look look, int partners) {
        this.look = look;
        this.partners = partners;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        PartnerView p = (PartnerView) object;
        Ellipse2D disc = disc(p, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!p.isActive()) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(look.line(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                    new float[] {look.line() * 2, look.line() * 2}, 0));
            g.draw(disc);
            name(g, p.getName(), disc, info);
            return;
        }
        g.setColor(Palette.gain(p.getSurplusRate()));
        g.fill(disc);
        if (p.flashing()) {
            g.setColor(FLASH);
            g.setStroke(new BasicStroke(look.line() * 2));
            double pad = look.line() * 2;
            g.draw(new Ellipse2D.Double(disc.getX() - pad, disc.getY() - pad, disc.getWidth() + 2 * pad, disc.getHeight() + 2 * pad));
        }
        g.setColor(info.selected ? Color.BLUE : Color.DARK_GRAY);
        g.setStroke(new BasicStroke(info.selected ? look.line() * 1.5f : 1.5f));
        g.draw(disc);
        name(g, p.getName(), disc, info);
    }

    /** The name under the disc, on a white ground so the lines behind it do not cut through it. */
    private void name(Graphics2D g, String name, Ellipse2D disc, DrawInfo2D info) {
        g.setFont(look.bold());
        FontMetrics m = g.getFontMetrics();
        int width = m.stringWidth(name);
        // Centred under the disc, but kept inside the display so names at the sides stay whole.
        double left = Math.max(info.clip.getMinX() + 2, Math.min(disc.getCenterX() - width / 2.0, info.clip.getMaxX() - width - 2));
        int x = (int) Math.round(left);
        int y = (int) Math.round(disc.getMaxY() + look.line() * 2 + m.getAscent());
        g.setColor(LABEL_GROUND);
        g.fillRoundRect(x - 3, y - m.getAscent(), width + 6, m.getHeight(), 6, 6);
        g.setColor(Color.BLACK);
        g.drawString(name, x, y);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return disc((PartnerView) object, range).intersects(range.clip);
    }

    private Ellipse2D disc(PartnerView p, DrawInfo2D info) {
        double d = NetworkView.diameter(p.getPower(), partners) * info.draw.width;
        return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }
}
