package samen.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The samen version, from {@code samen/version.properties} (filled in by Maven from the pom). */
public final class Version {

    private static final String RESOURCE = "/samen/version.properties";
    private static volatile String cached;

    private Version() {
    }

    /** For example {@code 0.1.0}; {@code dev} when the resource was not filtered by Maven. */
    public static String get() {
        String v = cached;
        if (v == null) {
            v = read();
            cached = v;
        }
        return v;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
