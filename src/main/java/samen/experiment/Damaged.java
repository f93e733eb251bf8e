package samen.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import samen.output.OutputExistsException;

/**
 * Reading files samen wrote that were damaged since (cut short, edited, overwritten): what the
 * parsers throw then (a malformed byte, a missing column, a row too short, a number that is none)
 * becomes a {@link SweepException} that names the file and says what to do, exit 2, rather than
 * an internal error.
 */
public final class Damaged {

    /** A read of such files. */
    @FunctionalInterface
    public interface Read<T> {
        T get() throws IOException, SweepException, OutputExistsException;
    }

    private Damaged() {
    }

    /** @param what the files read, as the message names them */
    public static <T> T reading(String what, Read<T> read) throws IOException, SweepException, OutputExistsException {
        try {
            return read.get();
        } catch (CharacterCodingException | UncheckedIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw of(what, e);
        }
    }

    /** The exception that says {@code what} is damaged, as {@code cause} showed. */
    static SweepException of(String what, Exception cause) {
        String reason = cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException
                ? "not UTF-8 text" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new SweepException(what + " is damaged (" + reason.lines().findFirst().orElse("") + "); allowed: the "
                + "files as samen sweep wrote them: run the sweep again, or restore them");
    }
}
