package samen.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Double2D;

/**
 * A partner as a disc: area by power, colour by payoff against its alternative ({@link Palette#gain}),
 * a thick red ring for a few steps after it acted opportunistically, and a dashed outline while it is
 * not at the table: it left, or has yet to join (a planned newcomer, or a candidate not yet drawn).
 */
final class PartnerPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    static final Color FLASH = new Color(0xE00000);
    private static final Color LABEL_GROUND = new Color(255, 255, 255, 210);

    private final Look look;
    private final NetworkView view;
    private final int partners;
    private final Font font;
    // The names' places for the display's current scale and offset, worked out once per change of either.
    private transient Map<PartnerView, Rectangle2D> labels = Map.of();
    private transient String labelsFor = "";

    PartnerPortrayal(Look look, NetworkView view) {
        this.look = look;
        this.view = view;
        this.partners = view.partners().size();
        // Smaller names as the circle fills up, down to what a projector still shows from the back.
        float size = look.text() * (partners <= NetworkView.CROWDED ? 1f : partners <= 14 ? 0.8f : 0.65f);
        this.font = look.bold().deriveFont(Math.max(11f, size));
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
            name(g, p, info);
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
        name(g, p, info);
    }

    /** The name where {@link LabelLayout} put it, on a white ground so the lines behind it do not cut through it. */
    private void name(Graphics2D g, PartnerView p, DrawInfo2D info) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        Rectangle2D place = layout(p, info, m).get(p);
        if (place == null) return;
        String name = fit(p.getName(), m, place.getWidth());
        int x = (int) Math.round(place.getX());
        int y = (int) Math.round(place.getY());
        g.setColor(LABEL_GROUND);
        g.fillRoundRect(x - 2, y, (int) Math.round(place.getWidth()) + 4, (int) Math.round(place.getHeight()), 6, 6);
        g.setColor(p.isActive() ? Color.BLACK : Color.GRAY);
        g.drawString(name, x, y + m.getAscent());
    }

    /** Every partner's name place for this display, from the one partner being drawn (its pixel position gives the offset). */
    private Map<PartnerView, Rectangle2D> layout(PartnerView drawn, DrawInfo2D info, FontMetrics m) {
        double scale = info.draw.width;
        Double2D at = view.space().getObjectLocation(drawn);
        double offsetX = info.draw.x - at.x * scale;
        double offsetY = info.draw.y - at.y * scale;
        Rectangle2D bounds = info.clip.getBounds2D();
        // Offsets rounded: each partner's own position gives them with its own rounding error, and an
        // exact key would lay out every name again for every partner drawn (O(n²) work per frame).
        String key = scale + "," + Math.round(offsetX * 16) + "," + Math.round(offsetY * 16) + "," + bounds;
        if (key.equals(labelsFor)) return labels;
        // Few partners: whole names; a crowded circle: as wide as the room beside the ellipse.
        double maxWidth = bounds.getWidth() * (partners <= NetworkView.CROWDED ? 0.6 : 0.22);
        List<LabelLayout.Node> nodes = new ArrayList<>();
        for (PartnerView p : view.partners()) {
            Double2D loc = view.space().getObjectLocation(p);
            double d = NetworkView.diameter(p.getPower(), partners) * scale;
            double width = m.stringWidth(fit(p.getName(), m, maxWidth));
            nodes.add(new LabelLayout.Node(new Point2D.Double(offsetX + loc.x * scale, offsetY + loc.y * scale),
                    d / 2 + look.line() * 2, width, m.getHeight()));
        }
        Point2D middle = new Point2D.Double(offsetX + NetworkView.SIZE / 2 * scale, offsetY + NetworkView.SIZE / 2 * scale);
        List<Rectangle2D> places = LabelLayout.place(nodes, middle, bounds);
        Map<PartnerView, Rectangle2D> placed = new HashMap<>();
        for (int i = 0; i < places.size(); i++) placed.put(view.partners().get(i), places.get(i));
        labels = placed;
        labelsFor = key;
        return placed;
    }

    /** The name, cut short with an ellipsis when it is wider than {@code width}. */
    static String fit(String name, FontMetrics m, double width) {
        if (m.stringWidth(name) <= width) return name;
        String cut = name;
        while (cut.length() > 1 && m.stringWidth(cut + "\u2026") > width) cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "\u2026";
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
