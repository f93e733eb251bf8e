package samen.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@value #FILE}: the files samen wrote into a directory, each with its size and SHA-256, so that
 * {@code --force} replaces a directory only when everything in it is samen's own, unchanged: a
 * file a user added, edited or swapped for a symbolic link makes samen leave the directory alone.
 * One line per file, {@code sha256 size relative/path}, sorted, after a comment line.
 *
 * <p>Any directory of results can carry one (a run, a sweep, its {@code charts/} and
 * {@code analysis/}): a subdirectory with a manifest of its own answers for itself.
 */
public final class Manifest {

    public static final String FILE = ".samen-manifest";

    private Manifest() {
    }

    /** Lists every regular file under {@code dir} (not following links) into {@code dir/.samen-manifest}. */
    public static void write(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        collect(dir, dir, entries);
        save(dir, entries);
    }

    /**
     * Adds {@code files} (under {@code dir}) to the manifest of {@code dir}, when it has one: for files
     * written into a finished directory later, such as {@code report.html}.
     */
    public static void add(Path dir, Collection<Path> files) throws IOException {
        Map<String, String> entries = read(dir);
        if (entries == null) return;
        for (Path f : files) entries.put(relative(dir, f), describe(f));
        save(dir, entries);
    }

    /**
     * What in {@code dir} samen did not write, or changed since: paths relative to {@code dir}, at
     * most {@code limit}. Empty when the directory is empty or all of it is in its manifests.
     * A directory without a manifest counts as foreign as soon as it holds anything.
     */
    public static List<String> foreign(Path dir, int limit) throws IOException {
        List<String> found = new ArrayList<>();
        check(dir, dir, read(dir), found, limit);
        return found;
    }

    private static void check(Path root, Path dir, Map<String, String> listed, List<String> found, int limit) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (found.size() >= limit) return;
                String name = p.getFileName().toString();
                if (dir.equals(root) && (name.equals(FILE) || name.equals(OutputDirectory.LOCK))) continue;
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String rel = relative(root, p);
                if (a.isDirectory()) {
                    Map<String, String> own = read(p);
                    if (own != null) {
                        check(p, p, own, found, limit - found.size());
                    } else {
                        check(root, p, listed, found, limit);
                    }
                } else if (!a.isRegularFile() || listed == null || !listed.containsKey(rel)) {
                    found.add(rel + (a.isSymbolicLink() ? " (a symbolic link)" : ""));
                } else if (!listed.get(rel).equals(describe(p))) {
                    found.add(rel + " (changed since samen wrote it)");
                }
            }
        }
    }

    private static void collect(Path root, Path dir, Map<String, String> entries) throws IOException {
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            for (Path p : list) {
                if (dir.equals(root) && p.getFileName().toString().equals(FILE)) continue;
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    collect(root, p, entries);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !(dir.equals(root)
                        && p.getFileName().toString().equals(OutputDirectory.LOCK))) {
                    entries.put(relative(root, p), describe(p));
                }
            }
        }
    }

    /** The manifest's entries (path to "sha256 size"), or null when there is none or it is not one. */
    private static Map<String, String> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        Map<String, String> entries = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] parts = line.split(" ", 3);
            if (parts.length != 3) return null;
            entries.put(parts[2], parts[0] + " " + parts[1]);
        }
        return entries;
    }

    private static void save(Path dir, Map<String, String> entries) throws IOException {
        StringBuilder text = new StringBuilder("# samen ").append(Version.get())
                .append(": the files samen wrote here (sha256 size path); --force replaces nothing else\n");
        entries.forEach((path, hashAndSize) -> text.append(hashAndSize).append(' ').append(path).append('\n'));
        AtomicFile.writeString(dir.resolve(FILE), text.toString());
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** "sha256 size" of a regular file. */
    private static String describe(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return HexFormat.of().formatHex(sha.digest()) + " " + size;
    }
}
