package samen.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The samen version and the git commit it was built from, from {@code samen/version.properties}
 * (filled in by Maven from the pom and git-commit-id-maven-plugin).
 */
public final class Version {

    private static final String RESOURCE = "/samen/version.properties";
    private static volatile Properties cached;

    private Version() {
    }

    /** For example {@code 0.1.0}; {@code dev} when the resource was not filtered by Maven. */
    public static String get() {
        return property("version", "dev");
    }

    /**
     * The full hash of the commit the jar was built from, with {@code -dirty} when the work tree had
     * changes; {@code unknown} for a build outside git (a source archive) or without Maven.
     */
    public static String commit() {
        String hash = property("git.commit", "unknown");
        return hash.equals("unknown") || !"true".equals(property("git.dirty", "false")) ? hash : hash + "-dirty";
    }

    private static String property(String key, String fallback) {
        Properties p = cached;
        if (p == null) {
            p = read();
            cached = p;
        }
        String v = p.getProperty(key, "").trim();
        return v.isEmpty() || v.startsWith("${") ? fallback : v;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
