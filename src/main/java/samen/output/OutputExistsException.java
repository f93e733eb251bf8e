package samen.output;

import java.nio.file.Path;

/**
 * The output path already exists and may not be replaced (replacing was not asked for, or what is
 * there is not something this program wrote), or it cannot be made at all, such as a path under a
 * file ({@link #reason()}). A user error, not a bug.
 */
public final class OutputExistsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    /** {@code path} exists and replacing it was not asked for. */
    public OutputExistsException(Path path) {
        this(path, null);
    }

    /** {@code path} exists and may not be replaced even when asked, because of {@code reason}. */
    public OutputExistsException(Path path, String reason) {
        super(path + (reason == null ? " already exists" : " " + reason));
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    /** Why it cannot be replaced even with permission, or null when permission would do. */
    public String reason() {
        return reason;
    }
}
