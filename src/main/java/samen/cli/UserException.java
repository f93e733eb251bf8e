package samen.cli;

/** A mistake on the user's side (a missing file, an existing output): one line on stderr, exit 2. */
final class UserException extends Exception {

    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
