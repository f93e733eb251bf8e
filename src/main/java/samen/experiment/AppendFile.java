package samen.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file grown by appending text, made durable on demand ({@link #sync}). Opened for a resume, it is
 * first cut back to the length of the last checkpoint, which drops any row that was written after
 * it (whole or torn by a kill); those runs are simply done again, with the same result.
 */
final class AppendFile implements AutoCloseable {

    private final FileChannel channel;
    private long length;

    private AppendFile(FileChannel channel, long length) {
        this.channel = channel;
        this.length = length;
    }

    /**
     * A new file (replacing a leftover one) holding {@code head}. Created exclusively and never through a
     * symbolic link: a link planted under this name is removed, not written through.
     */
    static AppendFile create(Path file, String head) throws IOException {
        return create(file, head.getBytes(StandardCharsets.UTF_8));
    }

    /** A new file holding {@code head} (bytes: the header of a compressed file is compressed). */
    static AppendFile create(Path file, byte[] head) throws IOException {
        Files.deleteIfExists(file);
        AppendFile f = new AppendFile(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS), 0);
        f.append(head);
        return f;
    }

    /**
     * The file cut back to {@code length}, after checking it starts with {@code head}.
     *
     * @throws SweepException when it is shorter than the checkpoint or starts otherwise (damaged or replaced)
     */
    static AppendFile resume(Path file, long length, String head) throws IOException, SweepException {
        return resume(file, length, head.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #resume(Path, long, String)} with the header as bytes. */
    static AppendFile resume(Path file, long length, byte[] expected) throws IOException, SweepException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new SweepException(file + " is missing or not a plain file (a symbolic link is never written through); "
                    + "delete " + file.getParent() + " and run the sweep again, or use another --out");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            long size = channel.size();
            ByteBuffer start = ByteBuffer.allocate((int) Math.min(size, expected.length));
            channel.read(start, 0);
            if (size < length || length < expected.length || !java.util.Arrays.equals(start.array(), expected)) {
                throw new SweepException(file + " does not match its checkpoint (" + size + " bytes, expected at least "
                        + length + ", starting with the sweep's header): it was damaged or replaced; delete "
                        + file.getParent() + " and run the sweep again, or use another --out");
            }
            channel.truncate(length);
            channel.position(length);
            return new AppendFile(channel, length);
        } catch (IOException | SweepException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    void append(String text) throws IOException {
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    void append(byte[] data) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(data);
        while (bytes.hasRemaining()) length += channel.write(bytes);
    }

    long length() {
        return length;
    }

    void sync() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
