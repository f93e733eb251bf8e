package samen.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A file replaced whole or not at all: written to a temporary sibling {@code .NAME.tmp-RANDOM},
 * made durable, then renamed over {@code NAME}. The temporary name is new each time and created
 * exclusively ({@code O_CREAT | O_EXCL}, which never follows a symbolic link), so someone who can
 * write into the directory cannot plant a link there that makes samen overwrite another file; the
 * rename replaces the directory entry {@code NAME}, never what a link there points to. Unlike
 * {@code Files.createTempFile} the file gets the usual permissions (not owner-only).
 */
public final class AtomicFile {

    /** What a temporary name holds between the target's name and its random part. */
    static final String TEMP = ".tmp-";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Body body) throws IOException {
        Path temp = create(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = Channels.newOutputStream(channel);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            FaultInjection.point("atomic-file.before-rename");
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty, exclusively created sibling of {@code target} with a temporary name. */
    static Path create(Path target) throws IOException {
        while (true) {
            Path candidate = tempName(target);
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // astronomically rare, or planted: draw another name
            }
        }
    }

    /** {@code .NAME.tmp-RANDOM} next to {@code target}; not created. */
    static Path tempName(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /** True for the temporary names {@link #write} makes for {@code name}. */
    public static boolean isTemporary(String fileName, String name) {
        return fileName.startsWith("." + name + TEMP);
    }

    /**
     * Deletes the temporary files a killed writer of {@code dir/name} left (files and links only, never
     * what a link points to). Only for directories one process writes at a time, such as a sweep's.
     */
    public static void removeLeftovers(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isTemporary(p.getFileName().toString(), name))) {
            for (Path p : entries) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(p);
            }
        }
    }
}
