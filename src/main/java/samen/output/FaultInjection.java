package samen.output;

/**
 * A seam to test what a kill at an exact moment leaves: when the system property
 * {@code samen.fault} names a point, the process halts there at once, as {@code kill -9} would
 * (no shutdown hooks, no finally blocks, exit status 137). The reliability tests run the jar with
 * {@code -Dsamen.fault=NAME}; without the property this is one property read. The points are listed
 * in docs/RELIABILITY.md.
 */
public final class FaultInjection {

    static final String PROPERTY = "samen.fault";
    /** The status {@code kill -9} gives in a shell: 128 + SIGKILL. */
    static final int KILLED = 137;

    private FaultInjection() {
    }

    /** Halts the process if {@code samen.fault} is {@code name}. */
    public static void point(String name) {
        if (name.equals(System.getProperty(PROPERTY))) Runtime.getRuntime().halt(KILLED);
    }
}
