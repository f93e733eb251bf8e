package samen.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.List;

/**
 * A directory that appears complete or not at all. Files are written into a hidden sibling
 * {@code .<name>.tmp-<random>} (same parent, so the final move is a rename on the same file system);
 * {@link #commit()} lists them in a {@link Manifest} and renames the directory into place. Closing
 * without committing deletes it, so a failed run leaves nothing at the target path.
 *
 * <p>An existing target is refused unless {@code replace} is set, and even then it is replaced only
 * when it is empty or everything in it is listed, unchanged, in its manifest: samen never deletes a
 * file it did not write ({@code --out . --force} cannot delete someone's work, nor a note added to an
 * old run directory). The swap happens only after the new directory is complete: the old one is
 * renamed aside to {@code .<name>.old-<random>}, the new one moved in, the old one deleted.
 *
 * <p>A kill can strike between those two renames, or before a killed run's temporary directory is
 * deleted. While it is being written, a temporary directory holds {@value #LOCK}, locked by its
 * process (the lock ends with the process, however it ends). The next {@code create} for the same
 * target finishes what a dead process left: a complete new directory (one with a manifest) is moved
 * into place, else an old one put back; then the dead process's leftovers are deleted, and so are
 * unfinished temporary directories of other targets in the same parent whose process has ended.
 *
 * <pre>{@code
 * try (OutputDirectory out = OutputDirectory.create(target, force)) {
 *     write files into out.dir();
 *     out.commit();
 * }
 * }</pre>
 */
public final class OutputDirectory implements AutoCloseable {

    /** Held locked in a temporary directory while its process writes it. */
    static final String LOCK = ".samen-lock";
    private static final String TMP = "tmp";
    private static final String OLD = "old";
    private static final int SHOWN = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final boolean replace;
    private final Path temp;
    private final FileChannel lockChannel;
    private boolean committed;

    private OutputDirectory(Path target, boolean replace, Path temp, FileChannel lockChannel) {
        this.target = target;
        this.replace = replace;
        this.temp = temp;
        this.lockChannel = lockChannel;
    }

    /**
     * Checks the target and creates the temporary directory (and the target's parents if needed),
     * after finishing what a killed writer of the same target left.
     *
     * @throws OutputExistsException if the target exists and {@code replace} is false, or it holds
     *                               something samen did not write, or it cannot be made
     */
    public static OutputDirectory create(Path target, boolean replace) throws OutputExistsException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) throw new OutputExistsException(target, "is the file system root");
        checkNameLength(target, absolute.getFileName(), MAX_TARGET_BYTES);
        createDirectories(target, absolute.getParent());
        recover(absolute);
        checkTarget(target, absolute, replace);
        Path temp = Files.createDirectory(sibling(absolute, TMP));
        FileChannel lock = null;
        try {
            lock = FileChannel.open(temp.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                lock.tryLock();
            } catch (IOException noLocks) {
                // a file system without locks (some network mounts): the directory then counts as live
                // for ever (see deadWriter), so it is never cleaned up, but the run goes on
            }
            return new OutputDirectory(target, replace, temp, lock);
        } catch (IOException | RuntimeException e) {
            if (lock != null) lock.close();
            deleteRecursively(temp);
            throw e;
        }
    }

    /** Where files go until {@link #commit()}. */
    public Path dir() {
        return temp;
    }

    /** Where they end up. */
    public Path target() {
        return target;
    }

    /** Writes the manifest and moves the finished directory into place (replacing an old one if allowed). */
    public void commit() throws OutputExistsException, IOException {
        if (committed) throw new IllegalStateException("already committed");
        FaultInjection.point("output.before-commit");
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(target, absolute, replace);
        Manifest.write(temp);
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(temp, absolute);
            } catch (FileAlreadyExistsException e) {
                throw new OutputExistsException(target);
            }
        } else {
            Path old = sibling(absolute, OLD);
            Files.move(absolute, old);
            FaultInjection.point("output.between-renames");
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
        Files.deleteIfExists(absolute.resolve(LOCK));
        lockChannel.close();
    }

    /** Deletes the temporary directory unless committed. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        lockChannel.close();
        deleteRecursively(temp);
    }

    /**
     * Creates {@code dir} and its parents. A path that runs through a file ({@code --out /dev/null/x})
     * or through a directory the user may not write is a wrong option, not a failure of samen.
     */
    public static void createDirectories(Path target, Path dir) throws OutputExistsException, IOException {
        for (Path part : dir.toAbsolutePath()) checkNameLength(target, part, MAX_NAME_BYTES);
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing != null && !Files.isDirectory(existing)) {
            throw new OutputExistsException(target, "cannot be created: " + existing
                    + " is a file, not a directory; allowed: a path through directories only");
        }
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw new OutputExistsException(target, "cannot be created: no permission to write in " + e.getFile()
                    + "; allowed: a directory you can write to");
        }
    }

    /** Most file systems take names of up to 255 bytes. */
    private static final int MAX_NAME_BYTES = 255;
    /** A target's name leaves room for the temporary sibling's {@code .} and {@code .tmp-<13 characters>}. */
    private static final int MAX_TARGET_BYTES = 200;

    private static void checkNameLength(Path target, Path name, int max) throws OutputExistsException {
        int bytes = name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > max) {
            throw new OutputExistsException(target, "cannot be created: a name in it is " + bytes + " bytes long; allowed: "
                    + "names of at most " + max + " bytes" + (max < MAX_NAME_BYTES ? " for an output directory" : ""));
        }
    }

    private static void checkTarget(Path target, Path absolute, boolean replace) throws OutputExistsException, IOException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(target, "exists and is not a directory; not replacing it");
        }
        if (!replace) throw new OutputExistsException(target);
        List<String> foreign = Manifest.foreign(absolute, SHOWN);
        if (!foreign.isEmpty()) {
            boolean listed = Files.isRegularFile(absolute.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
            throw new OutputExistsException(target, (listed ? "holds files samen did not write, or that were changed since: "
                    : "has no " + Manifest.FILE + " listing what samen wrote there, and holds: ")
                    + String.join(", ", foreign) + (foreign.size() == SHOWN ? ", ..." : "")
                    + "; not replacing it (samen deletes only its own files): move them elsewhere, or use another --out");
        }
    }

    /**
     * Finishes what a killed writer of {@code absolute} left next to it. If the target is missing, a
     * complete new directory (one with a manifest) moves in, else the newest old one goes back. Then
     * the leftovers of dead processes are deleted; a live writer's temporary directory is locked and
     * stays. Only directories named by this class are touched, and only when their manifest vouches
     * for them or they hold the lock file this class creates.
     */
    private static void recover(Path absolute) throws IOException {
        String prefix = "." + absolute.getFileName() + ".";
        List<Path> leftovers;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(absolute.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix + TMP + "-") || n.startsWith(prefix + OLD + "-");
        })) {
            leftovers = new java.util.ArrayList<>();
            for (Path p : siblings) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) leftovers.add(p);
            }
        }
        leftovers.sort(java.util.Comparator.comparing((Path p) -> !isNew(p, prefix))); // a finished new run wins over an old one
        for (Path p : leftovers) {
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && complete(p) && (!isNew(p, prefix) || deadWriter(p))) {
                Files.move(p, absolute);
                Files.deleteIfExists(absolute.resolve(LOCK));
            }
        }
        for (Path p : leftovers) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue; // moved in above
            boolean ours = isNew(p, prefix) ? Files.isRegularFile(p.resolve(LOCK), LinkOption.NOFOLLOW_LINKS) && deadWriter(p)
                    : complete(p);
            if (ours) deleteRecursively(p);
        }
        removeAbandoned(absolute.getParent(), prefix);
    }

    /**
     * Deletes the temporary directories of other targets in {@code parent} whose writer died before
     * it finished (ours by the lock file, and no manifest: nothing complete to save), so killed runs
     * of names never run again do not pile up in {@code runs/}.
     */
    private static void removeAbandoned(Path parent, String ownPrefix) throws IOException {
        List<Path> abandoned = new java.util.ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(".") && !n.startsWith(ownPrefix) && n.matches("\\..+\\." + TMP + "-[0-9a-z]+");
        })) {
            for (Path p : siblings) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(p.resolve(LOCK), LinkOption.NOFOLLOW_LINKS)
                        && !hasManifest(p) && deadWriter(p)) {
                    abandoned.add(p);
                }
            }
        }
        for (Path p : abandoned) deleteRecursively(p);
    }

    private static boolean isNew(Path leftover, String prefix) {
        return leftover.getFileName().toString().startsWith(prefix + TMP + "-");
    }

    private static boolean hasManifest(Path dir) {
        return Files.isRegularFile(dir.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** A directory this class committed, or was about to: its manifest lists exactly what it holds. */
    private static boolean complete(Path dir) throws IOException {
        return hasManifest(dir) && Manifest.foreign(dir, 1).isEmpty();
    }

    /** True when the process that wrote {@code temp} has ended (its lock is free). */
    private static boolean deadWriter(Path temp) throws IOException {
        Path lock = temp.resolve(LOCK);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) return true;
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock held = channel.tryLock();
            if (held == null) return false;
            held.release();
            return true;
        } catch (OverlappingFileLockException sameProcess) {
            return false;
        } catch (IOException cannotTell) { // no locks on this file system: better a leftover than a lost run
            return false;
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

    /** Deletes {@code dir} and everything in it; links are deleted, never followed. */
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
