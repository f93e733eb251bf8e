package samen.scenario;

import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Safe YAML reading for other file formats of samen (sweep files): the same size, alias, nesting
 * and tag limits and the same located messages as scenario files, giving the node tree with marks.
 */
public final class YamlTree {

    private YamlTree() {
    }

    /**
     * The single document of {@code file}, or empty when it holds none.
     *
     * @throws ScenarioException when the file cannot be read or is no valid YAML, located
     */
    public static Optional<Node> load(Path file) throws ScenarioException {
        String source = file.toString();
        String text = ScenarioLoader.readText(file, source);
        Problems problems = new Problems(source);
        Optional<Node> root = YamlSource.read(text.startsWith("\uFEFF") ? text.substring(1) : text, source, problems);
        problems.throwIfAny();
        return root;
    }
}
