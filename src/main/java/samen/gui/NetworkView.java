package samen.gui;

import java.util.ArrayList;
import java.util.List;
import samen.model.Collaboration;
import samen.model.Organisation;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The partners on a circle (a {@link Continuous2D} of {@link #SIZE} x {@link #SIZE}) and one edge per
 * pair that works together (a {@link Network}; every pair with everyone in the core, the
 * default; drawn anew when an evolving network changes), for MASON's portrayals. Built anew for every run; the positions do not
 * move, so a room can follow each partner. With more than eight partners the circle becomes an
 * upright ellipse, which leaves room at its sides for the names that {@link LabelLayout} puts there,
 * and the discs shrink so neighbours never touch.
 */
final class NetworkView {

    static final double SIZE = 100;
    private static final double RADIUS = 33;
    /** The ellipse of a crowded circle: narrower than tall, so names fit beside it. */
    private static final double CROWDED_X = 24;
    private static final double CROWDED_Y = 39;
    static final int CROWDED = 8;

    private final Continuous2D space = new Continuous2D(SIZE, SIZE, SIZE);
    private final Network network = new Network(false);
    private final List<PartnerView> partners = new ArrayList<>();
    private final Collaboration collaboration;
    /** The model's network the edges were drawn from; an evolving network replaces it (§7.21). */
    private samen.model.Network tied;

    NetworkView(Collaboration collaboration) {
        List<Organisation> all = collaboration.organisations();
        int n = all.size();
        for (int i = 0; i < n; i++) {
            PartnerView p = new PartnerView(all.get(i), collaboration);
            partners.add(p);
            // First partner at the top, clockwise: the order of the scenario file.
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double rx = n > CROWDED ? CROWDED_X : RADIUS;
            double ry = n > CROWDED ? CROWDED_Y : RADIUS;
            space.setObjectLocation(p, new Double2D(SIZE / 2 + rx * Math.cos(angle), SIZE / 2 + ry * Math.sin(angle)));
            network.addNode(p);
        }
        this.collaboration = collaboration;
        tie();
    }

    /** One edge per pair that works together: every pair with everyone in the core (the interaction network, §7.20). */
    private void tie() {
        List<Organisation> all = collaboration.organisations();
        network.removeAllEdges();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (!collaboration.contacts(all.get(i), all.get(j))) continue;
                network.addEdge(partners.get(i), partners.get(j), new RelationView(collaboration, all.get(i), all.get(j)));
            }
        }
        tied = collaboration.network();
    }

    Continuous2D space() {
        return space;
    }

    Network network() {
        return network;
    }

    List<PartnerView> partners() {
        return partners;
    }

    /** After each step: note who acted opportunistically, and draw the ties anew if the network changed. */
    void observe(long step) {
        for (PartnerView p : partners) p.observe(step);
        if (collaboration.network() != tied) tie();
    }

    /**
     * Node diameter in field units for a partner's power share: area grows with power, so a partner
     * with twice the power looks twice as big, never vanishing nor covering the circle.
     */
    static double diameter(double power, int partners) {
        double relative = Math.sqrt(Math.max(0, power) * partners); // 1 for an equal share
        // An equal share's disc takes at most 75% of the room between the two closest neighbours.
        double closest = 2 * Math.PI * (partners > CROWDED ? CROWDED_X : RADIUS) / Math.max(1, partners);
        double equal = Math.min(12, 0.75 * closest);
        return Math.max(equal / 2, Math.min(26, equal * relative));
    }
}
