package samen.experiment;

/**
 * A sweep cannot go on for a reason on the user's side: an output directory that holds something
 * else, nothing to resume, shards that do not belong together, an incomplete merge. The CLI prints
 * the message as one line and exits with 2.
 */
public final class SweepException extends Exception {

    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }
}
