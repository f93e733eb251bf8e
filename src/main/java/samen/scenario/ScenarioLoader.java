package samen.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads a scenario file, applies {@code --set} overrides and checks everything, reporting all
 * problems at once in a {@link ScenarioException}.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /**
     * @param overrides {@code key.path=value} texts, applied in order after the file is read
     * @throws ScenarioException when the file cannot be read or anything in it or the overrides is wrong
     */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        String source = file.toString();
        return parse(readText(file, source), source, overrides);
    }

    /** Like {@link #load}, for text already in memory; {@code sourceName} is used in messages. */
    public static Scenario parse(String text, String sourceName, List<String> overrides) throws ScenarioException {
        Problems problems = new Problems(sourceName);
        if (text.length() > YamlSource.MAX_CODE_POINTS && text.codePointCount(0, text.length()) > YamlSource.MAX_CODE_POINTS) {
            throw failure(sourceName, "the text has more than " + YamlSource.MAX_CODE_POINTS
                    + " characters; allowed: at most 1 MiB");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM some editors write
        Optional<Node> root = YamlSource.read(body, sourceName, problems);
        problems.throwIfAny();
        if (root.isEmpty() || NodeReader.isNull(root.get())) {
            problems.add(new Problem(sourceName, 1, 1, "",
                    "the file is empty; a scenario needs at least `name` and `organisations`"));
            throw problems.exception();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            new NodeReader(problems).problem(root.get(), "", "the top level must be a mapping of keys, got "
                    + NodeReader.describe(root.get()) + "; allowed: the keys " + String.join(", ", ScenarioFormat.ROOT.keys()));
            throw problems.exception();
        }
        Overrides.apply(mapping, overrides, problems);
        NodeReader in = new NodeReader(problems);
        Scenario scenario = (Scenario) ScenarioFormat.ROOT.read(mapping, "", in);
        problems.throwIfAny();
        References.check(scenario, mapping, in);
        problems.throwIfAny();
        return scenario;
    }

    private static String readText(Path file, String source) throws ScenarioException {
        try {
            if (Files.isDirectory(file)) throw failure(source, "is a directory; allowed: a scenario file (.yaml)");
            long size = Files.size(file);
            if (size > YamlSource.MAX_BYTES) {
                throw failure(source, "the file is " + size + " bytes; allowed: at most " + YamlSource.MAX_BYTES + " bytes (1 MiB)");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw failure(source, "no such file; allowed: the path of an existing scenario file, e.g. scenarios/default.yaml");
        } catch (CharacterCodingException e) {
            throw failure(source, "the file is not UTF-8 text; allowed: a text file saved as UTF-8");
        } catch (IOException e) {
            throw failure(source, "cannot read the file (" + e.getMessage() + "); allowed: a readable scenario file");
        }
    }

    private static ScenarioException failure(String source, String message) {
        return new ScenarioException(List.of(new Problem(source, 0, 0, "", message)));
    }
}
