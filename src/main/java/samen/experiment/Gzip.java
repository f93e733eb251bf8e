package samen.experiment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip members: a compressed file of a sweep is a sequence of them (RFC 1952 allows it; gzip, zcat,
 * Python and pandas read it as one stream). Java's header carries no time or name, so the same text
 * always gives the same bytes.
 */
final class Gzip {

    private Gzip() {
    }

    /** {@code text} as one gzip member. */
    static byte[] member(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not fail
        }
        return out.toByteArray();
    }

    /** Reads a file of one or more members as the text they hold. */
    static InputStream reading(InputStream compressed) throws IOException {
        return new GZIPInputStream(compressed, 1 << 16);
    }
}
