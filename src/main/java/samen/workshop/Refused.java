package samen.workshop;

/** A message or action the session does not accept; the message says why, for the person who sent it. */
public final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    public Refused(String reason) {
        super(reason);
    }
}
