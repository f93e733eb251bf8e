package samen.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The scenarios a trainer can pick from a list: every {@code .yaml} file in the installation's
 * {@code scenarios/} folder and one level below it ({@code scenarios/archetypes/}), sorted by name;
 * not the sweep and calibration files kept beside them.
 */
public final class ScenarioCatalogue {

    /** Folders under {@code scenarios/} that hold sweep and calibration files, not scenarios. */
    private static final Set<String> NOT_SCENARIOS = Set.of("sweeps", "calibrations");

    /** One scenario file; {@code label} is its path under {@code scenarios/} without {@code .yaml}. */
    public record Entry(String label, Path file) {
        @Override
        public String toString() {
            return label;
        }
    }

    private ScenarioCatalogue() {
    }

    /** The scenarios under {@code folder}; none when it does not exist. */
    public static List<Entry> list(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .filter(f -> !NOT_SCENARIOS.contains(folder.relativize(f).getName(0).toString()))
                    .map(f -> new Entry(label(folder.relativize(f)), f))
                    .sorted((a, b) -> a.label().compareTo(b.label()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(Path relative) {
        String text = relative.toString().replace('\\', '/');
        return text.substring(0, text.length() - ".yaml".length());
    }
}
