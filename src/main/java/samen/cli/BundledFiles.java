package samen.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The scenarios, archetypes and sweeps packed into samen.jar (as {@code /scenarios/...}), read in
 * place through the jar's own file system: {@code java -jar samen.jar run} then finds
 * {@code scenarios/default.yaml} from any folder, with nothing unpacked or written.
 */
final class BundledFiles {

    private static final String MARKER = "/scenarios/default.yaml";

    private BundledFiles() {
    }

    /**
     * The folder that holds {@code scenarios/} inside the jar (or inside {@code target/classes} when
     * run from the build), or null when the files are not there.
     */
    static Path home() {
        URL marker = BundledFiles.class.getResource(MARKER);
        if (marker == null) return null;
        try {
            URI uri = marker.toURI();
            if ("file".equals(uri.getScheme())) return Path.of(uri).getParent().getParent();
            if (!"jar".equals(uri.getScheme())) return null;
            return jar(uri).getPath("/");
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return null; // a class path we cannot read as files: behave as before, without bundled files
        }
    }

    // One file system per jar, kept open for the life of the program (the paths handed out need it).
    private static FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
