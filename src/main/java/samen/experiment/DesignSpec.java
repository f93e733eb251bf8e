package samen.experiment;

import java.util.Locale;

/**
 * How points are chosen, as the sweep file says it.
 *
 * @param type    grid, lhs, morris or sobol
 * @param samples lhs: number of points; sobol: base samples N (N × (k + 2) points); else 0
 * @param trajectories morris: r trajectories of k + 1 points each; else 0
 * @param levels  morris: grid levels p (even; the step is p / (2 (p - 1))); else 0
 */
public record DesignSpec(Type type, int samples, int trajectories, int levels) {

    /** The designs, by the name the sweep file uses. */
    public enum Type {
        GRID, LHS, MORRIS, SOBOL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static DesignSpec grid() {
        return new DesignSpec(Type.GRID, 0, 0, 0);
    }
}
