package samen.workshop;

/**
 * Bad input to a workshop: a decisions file or session directory that cannot be read or does
 * not fit the scenario. Its message is one located line for the user.
 */
public final class SessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionException(String message) {
        super(message);
    }
}
