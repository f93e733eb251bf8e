package samen.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

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
        return check(file, overrides).scenario();
    }

    /** Like {@link #load}, with the warnings a student should see. */
    public static Checked check(Path file, List<String> overrides) throws ScenarioException {
        String source = file.toString();
        return prepare(readText(file, source), source).checked(overrides);
    }

    /**
     * Like {@link #load}, for text already in memory; {@code sourceName} is used in messages. The
     * text must be a valid scenario by itself, as {@code samen validate} checks it: an override
     * may change a value, not mend a file ({@code run bad.yaml --steps 20} on a file with
     * {@code steps: 0} is refused, pointing at the file).
     */
    public static Scenario parse(String text, String sourceName, List<String> overrides) throws ScenarioException {
        return prepare(text, sourceName).mended(overrides);
    }

    /**
     * Reads the YAML once, for callers that build many variants of one file (a sweep's points):
     * {@link Prepared#with} then only copies the node tree, applies the overrides and checks, which
     * costs a fraction of reading the YAML again. Checks that there is a mapping to build on; the
     * rest is checked by {@code with}.
     */
    public static Prepared prepare(String text, String sourceName) throws ScenarioException {
        Problems problems = new Problems(sourceName);
        if (text.length() > YamlSource.MAX_CODE_POINTS && text.codePointCount(0, text.length()) > YamlSource.MAX_CODE_POINTS) {
            throw failure(sourceName, Message.of("load.too_many_characters", YamlSource.MAX_CODE_POINTS));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM some editors write
        Optional<Node> root = YamlSource.read(body, sourceName, problems);
        problems.throwIfAny();
        if (root.isEmpty() || NodeReader.isNull(root.get())) {
            problems.add(new Problem(sourceName, 1, 1, "", Message.of("load.empty")));
            throw problems.exception();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            new NodeReader(problems).problem(root.get(), "", Message.of("load.top_level", NodeReader.describe(root.get()),
                    String.join(", ", ScenarioFormat.ROOT.keys())));
            throw problems.exception();
        }
        if (!looksLikeScenario(mapping) && hasKey(mapping, "parameters")) {
            new NodeReader(problems).problem(mapping, "", Message.of("load.sweep_file", sourceName));
            throw problems.exception();
        }
        return new Prepared(mapping, sourceName);
    }

    /** True when a file's top level has the key every scenario has: {@code organisations}. */
    public static boolean looksLikeScenario(MappingNode root) {
        return hasKey(root, ScenarioFormat.ORGANISATIONS_KEY);
    }

    /** True when {@code root} has {@code key} at its top level. */
    public static boolean hasKey(MappingNode root, String key) {
        return References.value(root, key) != null;
    }

    /** A scenario file's node tree, read once; see {@link #prepare}. Immutable, so threads may share it. */
    public static final class Prepared {
        private final MappingNode root;
        private final String sourceName;

        private Prepared(MappingNode root, String sourceName) {
            this.root = root;
            this.sourceName = sourceName;
        }

        /**
         * The value a {@code --set} key path addresses, as one canonical path (organisations by
         * number), or null when it addresses nothing; two keys that give the same path set the same value.
         */
        public String canonicalKey(String key) {
            return Overrides.canonical((MappingNode) NodeCopy.of(root), key, new Problems(sourceName));
        }

        /** True when the file has {@code key} at its top level (e.g. {@code history}). */
        public boolean has(String key) {
            return hasKey(root, key);
        }

        /** The scenario with {@code overrides} applied, exactly as {@link #parse} gives it. */
        public Scenario with(List<String> overrides) throws ScenarioException {
            Problems problems = new Problems(sourceName);
            MappingNode mapping = applied(overrides, problems);
            ReplacedPartners.drop(root, mapping);
            NodeReader in = new NodeReader(problems);
            Map<String, Object> values = ScenarioFormat.ROOT.readValid(mapping, "", in);
            References.check(values, mapping, in);
            problems.throwIfAny();
            return (Scenario) ScenarioFormat.ROOT.binding().build(values);
        }

        /** A copy of the file's tree with {@code overrides} grafted on; their problems go to {@code problems}. */
        private MappingNode applied(List<String> overrides, Problems problems) {
            MappingNode mapping = (MappingNode) NodeCopy.of(root);
            Overrides.apply(mapping, overrides, problems);
            return mapping;
        }

        /**
         * How many of the file's history lines {@code overrides} leave out, because they replace
         * the partners the lines name (see {@link ReplacedPartners}); 0 for the file as it is.
         */
        public int historyLeftOut(List<String> overrides) {
            return ReplacedPartners.leftOut(root, applied(overrides, new Problems(sourceName))).size();
        }

        /**
         * The scenario with {@code overrides} applied, and what in it can never take effect (a
         * shock after the last step) or was left out (the history of partners an override
         * replaced): warnings, not errors, for the commands a student runs.
         */
        public Checked checked(List<String> overrides) throws ScenarioException {
            Scenario scenario = mended(overrides);
            List<Problem> warnings = new ArrayList<>(Ineffective.find(scenario, root, sourceName));
            MappingNode changed = applied(overrides, new Problems(sourceName));
            List<Integer> leftOut = ReplacedPartners.leftOut(root, changed);
            if (!leftOut.isEmpty()) { // once, not per line: a history of every pair has many
                Node history = References.value(changed, ScenarioFormat.HISTORY_KEY);
                Message message = Message.of("replaced.history", leftOut.size(), ((SequenceNode) history).getValue().size(),
                        leftOut.stream().map(i -> ScenarioFormat.HISTORY_KEY + "." + (i + 1)).collect(Collectors.joining(", ")));
                warnings.add(history.getStartMark()
                        .map(m -> new Problem(m.getName(), m.getLine() + 1, m.getColumn() + 1, ScenarioFormat.HISTORY_KEY, message))
                        .orElseGet(() -> new Problem(sourceName, 0, 0, ScenarioFormat.HISTORY_KEY, message)));
            }
            return new Checked(scenario, warnings);
        }

        /**
         * Like {@link #with}, but the file must be valid by itself, as {@code samen validate} checks
         * it: an override may change a value, not mend a file. The file's problems come first.
         */
        Scenario mended(List<String> overrides) throws ScenarioException {
            if (overrides.isEmpty()) return with(overrides);
            try {
                with(List.of());
            } catch (ScenarioException inFile) {
                List<Problem> all = new ArrayList<>(inFile.problems());
                try {
                    with(overrides);
                } catch (ScenarioException withOverrides) {
                    withOverrides.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
                }
                throw new ScenarioException(all);
            }
            return with(overrides);
        }
    }

    /**
     * A scenario and its warnings: located settings that are valid but can never take effect.
     *
     * @param warnings in file order, formatted like problems
     */
    public record Checked(Scenario scenario, List<Problem> warnings) {
        public Checked {
            warnings = List.copyOf(warnings);
        }
    }

    /** The text of a scenario file, checked to be readable UTF-8 of at most 1 MiB; {@code source} names it in messages. */
    public static String readText(Path file, String source) throws ScenarioException {
        try {
            if (Files.isDirectory(file)) throw failure(source, Message.of("load.directory"));
            long size = Files.size(file);
            if (size > YamlSource.MAX_BYTES) {
                throw failure(source, Message.of("load.too_big", size, YamlSource.MAX_BYTES));
            }
            return TextCheck.decode(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw failure(source, Message.of("load.missing"));
        } catch (IOException e) {
            throw failure(source, Message.of("load.unreadable", e.getMessage()));
        }
    }

    private static ScenarioException failure(String source, Message message) {
        return new ScenarioException(List.of(new Problem(source, 0, 0, "", message)));
    }
}
