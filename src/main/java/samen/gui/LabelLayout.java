package samen.gui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each partner's name goes in the network, so names keep apart from each other and from the
 * discs. A name is tried outside its disc, away from the circle's centre, then beside, above and
 * below it, each a little further out; the first place that is free and inside the display wins.
 * Partners are placed in order, so the first ones (the scenario's first partners) get the best places.
 */
final class LabelLayout {

    /**
     * A partner as drawn.
     *
     * @param centre the disc's centre (pixels)
     * @param radius the disc's radius (pixels)
     * @param width  the name's width (pixels)
     * @param height the name's height (pixels)
     */
    record Node(Point2D centre, double radius, double width, double height) {
    }

    private static final double GAP = 3;

    private LabelLayout() {
    }

    /**
     * The rectangle of each node's name, in the nodes' order; a name that finds no free place
     * gets the least crowded of its tries.
     *
     * @param middle the centre of the circle the partners stand on
     * @param bounds the display
     */
    static List<Rectangle2D> place(List<Node> nodes, Point2D middle, Rectangle2D bounds) {
        Taken taken = new Taken(bounds, nodes);
        for (Node n : nodes) taken.add(disc(n));
        List<Rectangle2D> labels = new ArrayList<>();
        for (Node n : nodes) {
            Rectangle2D best = null;
            int bestOverlaps = Integer.MAX_VALUE;
            for (Rectangle2D candidate : candidates(n, middle, bounds)) {
                int overlaps = taken.overlaps(candidate);
                if (overlaps < bestOverlaps) {
                    best = candidate;
                    bestOverlaps = overlaps;
                    if (overlaps == 0) break;
                }
            }
            labels.add(best);
            taken.add(best);
        }
        return labels;
    }

    /**
     * The rectangles placed so far, filed in a grid of cells over the display, so counting those a
     * candidate overlaps looks only at its own cells: placing n names costs O(n) rather than O(n²)
     * (200 partners drawn at every step, issue #11 item 10). Counts exactly what a look at every
     * rectangle would count: each is counted once however many cells it spans.
     */
    private static final class Taken {

        private final List<Rectangle2D> all = new ArrayList<>();
        private final List<List<Integer>> cells = new ArrayList<>();
        private final double x0;
        private final double y0;
        private final double size;
        private final int columns;
        private final int rows;
        private int[] seen = new int[16];
        private int query;

        Taken(Rectangle2D bounds, List<Node> nodes) {
            double height = 1;
            for (Node n : nodes) height = Math.max(height, Math.max(n.height(), 2 * n.radius()));
            // Cells about two names high; rectangles outside the display go to its edge cells.
            size = 2 * height;
            x0 = bounds.getMinX();
            y0 = bounds.getMinY();
            columns = Math.max(1, Math.min(256, (int) Math.ceil(bounds.getWidth() / size)));
            rows = Math.max(1, Math.min(256, (int) Math.ceil(bounds.getHeight() / size)));
            for (int i = 0; i < columns * rows; i++) cells.add(new ArrayList<>());
        }

        void add(Rectangle2D r) {
            int id = all.size();
            all.add(r);
            if (seen.length <= id) seen = java.util.Arrays.copyOf(seen, 2 * seen.length);
            for (int row = row(r.getMinY()); row <= row(r.getMaxY()); row++) {
                for (int column = column(r.getMinX()); column <= column(r.getMaxX()); column++) {
                    cells.get(row * columns + column).add(id);
                }
            }
        }

        int overlaps(Rectangle2D candidate) {
            query++;
            int count = 0;
            for (int row = row(candidate.getMinY()); row <= row(candidate.getMaxY()); row++) {
                for (int column = column(candidate.getMinX()); column <= column(candidate.getMaxX()); column++) {
                    for (int id : cells.get(row * columns + column)) {
                        if (seen[id] == query) continue;
                        seen[id] = query;
                        if (all.get(id).intersects(candidate)) count++;
                    }
                }
            }
            return count;
        }

        private int column(double x) {
            return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - x0) / size)));
        }

        private int row(double y) {
            return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - y0) / size)));
        }
    }

    private static Rectangle2D disc(Node n) {
        return new Rectangle2D.Double(n.centre().getX() - n.radius(), n.centre().getY() - n.radius(), 2 * n.radius(), 2 * n.radius());
    }

    /** Outward first, then the four sides and the diagonals, at growing distances, all kept inside the display. */
    private static List<Rectangle2D> candidates(Node n, Point2D middle, Rectangle2D bounds) {
        double dx = n.centre().getX() - middle.getX();
        double dy = n.centre().getY() - middle.getY();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 0 : dx / length;
        double uy = length == 0 ? 1 : dy / length;
        double sx = ux < 0 ? -1 : 1;
        double sy = uy < 0 ? -1 : 1;
        // Outward, then outward along each axis, then the rest: names stay outside the circle where they can.
        double[][] directions = {{ux, uy}, {sx, 0}, {0, sy}, {0.7 * sx, 0.7 * sy}, {0, -sy}, {-sx, 0},
                {0.7 * sx, -0.7 * sy}, {-0.7 * sx, 0.7 * sy}, {-0.7 * sx, -0.7 * sy}};
        List<Rectangle2D> all = new ArrayList<>();
        for (double extra : new double[] {0, n.height(), 2 * n.height()}) {
            for (double[] d : directions) all.add(inside(toward(n, d[0], d[1], extra), bounds));
        }
        return all;
    }

    /** The name's rectangle just beyond the disc in direction (x, y), its near edge or corner touching there. */
    private static Rectangle2D toward(Node n, double x, double y, double extra) {
        double reach = n.radius() + GAP + extra;
        double ax = n.centre().getX() + x * reach;
        double ay = n.centre().getY() + y * reach;
        // Anchor the side facing the disc: left edge when going right, top when going down, centred when straight.
        double left = x > 0.3 ? ax : x < -0.3 ? ax - n.width() : ax - n.width() / 2;
        double top = y > 0.3 ? ay : y < -0.3 ? ay - n.height() : ay - n.height() / 2;
        return new Rectangle2D.Double(left, top, n.width(), n.height());
    }

    private static Rectangle2D inside(Rectangle2D r, Rectangle2D bounds) {
        double x = Math.max(bounds.getMinX(), Math.min(r.getX(), bounds.getMaxX() - r.getWidth()));
        double y = Math.max(bounds.getMinY(), Math.min(r.getY(), bounds.getMaxY() - r.getHeight()));
        return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
    }
}
