package samen.experiment;

import java.util.List;
import java.util.Locale;

/**
 * How points are chosen, as the sweep file says it.
 *
 * @param type    grid, lhs, morris, sobol or points
 * @param samples lhs: number of points; sobol: base samples N (N × (k + 2) points); else 0
 * @param trajectories morris: r trajectories of k + 1 points each; else 0
 * @param levels  morris: grid levels p (even; the step is p / (2 (p - 1))); else 0
 * @param rows    points: the listed points, one value per parameter each; else empty
 */
public record DesignSpec(Type type, int samples, int trajectories, int levels, List<List<String>> rows) {

    /** The designs, by the name the sweep file uses. */
    public enum Type {
        GRID, LHS, MORRIS, SOBOL, POINTS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DesignSpec {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A design that draws or combines its points (every type but {@code points}). */
    public DesignSpec(Type type, int samples, int trajectories, int levels) {
        this(type, samples, trajectories, levels, List.of());
    }

    public static DesignSpec grid() {
        return new DesignSpec(Type.GRID, 0, 0, 0);
    }

    /** The points listed, as a CSV of parameter rows gives them. */
    public static DesignSpec points(List<List<String>> rows) {
        return new DesignSpec(Type.POINTS, 0, 0, 0, rows);
    }
}
