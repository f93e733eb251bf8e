package samen.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;

/**
 * A directory that appears complete or not at all. Files are written into a hidden sibling
 * {@code .<name>.tmp-<random>} (same parent, so the final move is a rename on the same file system);
 * {@link #commit()} renames it into place. Closing without committing deletes it, so a failed run
 * leaves nothing at the target path.
 *
 * <p>An existing target is refused unless {@code replace} is set; then it is swapped out only after
 * the new directory is complete: the old one is renamed aside, the new one moved in, the old one
 * deleted. If moving the new one in fails, the old one is put back. Only an empty directory or one
 * holding the {@code marker} file (one that every output of this kind has, such as
 * {@code summary.json}) is ever replaced, so {@code --out . --force} cannot delete someone's work.
 *
 * <pre>{@code
 * try (OutputDirectory out = OutputDirectory.create(target, force, "summary.json")) {
 *     write files into out.dir();
 *     out.commit();
 * }
 * }</pre>
 */
public final class OutputDirectory implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final boolean replace;
    private final String marker;
    private final Path temp;
    private boolean committed;

    private OutputDirectory(Path target, boolean replace, String marker, Path temp) {
        this.target = target;
        this.replace = replace;
        this.marker = marker;
        this.temp = temp;
    }

    /**
     * Checks the target and creates the temporary directory (and the target's parents if needed).
     *
     * @param marker a file name every directory of this kind holds; an existing non-empty directory
     *               without it is never replaced
     * @throws OutputExistsException if the target exists and {@code replace} is false, or it may
     *                               not be replaced
     */
    public static OutputDirectory create(Path target, boolean replace, String marker)
            throws OutputExistsException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) throw new OutputExistsException(target, "is the file system root");
        checkTarget(target, absolute, replace, marker);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new OutputDirectory(target, replace, marker, Files.createDirectory(sibling(absolute, "tmp")));
    }

    /** Where files go until {@link #commit()}. */
    public Path dir() {
        return temp;
    }

    /** Where they end up. */
    public Path target() {
        return target;
    }

    /** Moves the finished directory into place (replacing an old one if allowed). */
    public void commit() throws OutputExistsException, IOException {
        if (committed) throw new IllegalStateException("already committed");
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(target, absolute, replace, marker);
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(temp, absolute);
            } catch (FileAlreadyExistsException e) {
                throw new OutputExistsException(target);
            }
        } else {
            Path old = sibling(absolute, "old");
            Files.move(absolute, old);
            try {
                Files.move(temp, absolute);
            } catch (IOException | RuntimeException e) {
                try {
                    Files.move(old, absolute);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
                throw e;
            }
            deleteRecursively(old);
        }
        committed = true;
    }

    /** Deletes the temporary directory unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteRecursively(temp);
    }

    private static void checkTarget(Path target, Path absolute, boolean replace, String marker)
            throws OutputExistsException, IOException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(target, "exists and is not a directory; not replacing it");
        }
        if (!replace) throw new OutputExistsException(target);
        if (!Files.isRegularFile(absolute.resolve(marker), LinkOption.NOFOLLOW_LINKS) && !isEmpty(absolute)) {
            throw new OutputExistsException(target, "exists and does not look like output of samen (there is no "
                    + marker + " in it); not replacing it");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A new name next to {@code path}: {@code .<name>.<kind>-<random>}. Not created. */
    private static Path sibling(Path path, String kind) {
        String name = path.getFileName().toString();
        while (true) {
            Path candidate = path.resolveSibling("." + name + "." + kind + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36));
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) return candidate;
        }
    }

    /** Deletes {@code dir} and everything in it, without following links out of it. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                try {
                    Files.delete(d);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
