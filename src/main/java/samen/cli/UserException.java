package samen.cli;

import java.util.Locale;
import samen.scenario.Message;

/**
 * A mistake on the user's side (a missing file, an existing output): one line on stderr, exit 2;
 * in the command's {@code --lang} where the message has a translation.
 */
final class UserException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message text;

    UserException(String message) {
        this(Message.literal(message));
    }

    UserException(Message text) {
        super(text.english());
        this.text = text;
    }

    /** The message in {@code locale}'s language. */
    String message(Locale locale) {
        return text.in(locale);
    }
}
