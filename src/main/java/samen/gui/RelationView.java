package samen.gui;

import samen.model.Collaboration;
import samen.model.LewickiQuadrant;
import samen.model.Organisation;

/**
 * The relation between two partners, both ways, as an edge's info: what the display draws (each
 * half of the line shows how one partner sees the other) and what the inspector lists.
 */
public final class RelationView {

    private final Collaboration collaboration;
    private final Organisation a;
    private final Organisation b;

    RelationView(Collaboration collaboration, Organisation a, Organisation b) {
        this.collaboration = collaboration;
        this.a = a;
        this.b = b;
    }

    /** Drawn only while both are partners. */
    boolean visible() {
        return a.active() && b.active();
    }

    double trust(boolean fromA) {
        return fromA ? collaboration.trust(a, b) : collaboration.trust(b, a);
    }

    LewickiQuadrant quadrant(boolean fromA) {
        return fromA ? collaboration.quadrant(a, b) : collaboration.quadrant(b, a);
    }

    public String getPartners() { return a.name() + " - " + b.name(); }
    public double getTrustOfFirstInSecond() { return collaboration.trust(a, b); }
    public double getTrustOfSecondInFirst() { return collaboration.trust(b, a); }
    public double getVigilanceOfFirst() { return collaboration.vigilance(a, b); }
    public double getVigilanceOfSecond() { return collaboration.vigilance(b, a); }
    public String getQuadrantOfFirst() { return collaboration.quadrant(a, b).key(); }
    public String getQuadrantOfSecond() { return collaboration.quadrant(b, a).key(); }

    @Override
    public String toString() {
        return getPartners();
    }
}
