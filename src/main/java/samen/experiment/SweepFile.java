package samen.experiment;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import samen.scenario.Message;
import samen.scenario.NumberText;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;
import samen.scenario.YamlTree;

/**
 * Reads a sweep file (format in docs/SWEEPS.md) into a {@link SweepSpec}, reporting every mistake
 * as a located {@link Problem} ({@code file:line:column: key: what is wrong; allowed: ...}), as
 * scenario files do. Parameter values are checked against the base scenario by its own rules.
 */
public final class SweepFile {

    static final List<String> KEYS = List.of("name", "scenario", "master_seed", "replications", "design", "parameters");
    static final List<String> DESIGN_KEYS = List.of("type", "samples", "trajectories", "levels", "file");
    static final int MAX_REPLICATIONS = 10_000_000;
    static final int MAX_SAMPLES = 10_000_000;
    static final int MAX_LEVELS = 100_000;
    static final long MAX_INDEXED_POINTS = 10_000_000;
    static final int MAX_NAME = 80;

    private final String source;
    private final List<String> keys;
    private final List<Problem> problems = new ArrayList<>();
    private Path pointsFile;

    private SweepFile(String source, List<String> keys) {
        this.source = source;
        this.keys = keys;
    }

    /** @throws ScenarioException with every problem found, located */
    public static SweepSpec load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * A file that is a sweep file plus {@code moreKeys} at its top level, which the caller reads
     * (a calibration file's targets).
     *
     * @throws ScenarioException with every problem of the sweep part found, located
     */
    public static SweepSpec load(Path file, List<String> moreKeys) throws ScenarioException {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Node> root = YamlTree.load(absolute);
        List<String> keys = new ArrayList<>(KEYS);
        keys.addAll(moreKeys);
        SweepFile reader = new SweepFile(absolute.toString(), List.copyOf(keys));
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            reader.problems.add(new Problem(absolute.toString(), 1, 1, "", "expected a sweep: a mapping with the keys "
                    + String.join(", ", keys) + "; allowed: see docs/SWEEPS.md"));
            throw new ScenarioException(reader.problems);
        }
        SweepSpec spec = reader.read(mapping, absolute);
        if (!reader.problems.isEmpty()) throw new ScenarioException(reader.problems);
        return spec;
    }

    private SweepSpec read(MappingNode root, Path file) {
        if (ScenarioLoader.looksLikeScenario(root) && !ScenarioLoader.hasKey(root, "parameters")) {
            problems.add(located(root, "", Message.of("load.scenario_file", file)));
            return null;
        }
        Map<String, Node> v = entries(root, "", keys);
        String fileName = file.getFileName().toString();
        String name = v.containsKey("name") ? name(v.get("name")) : fileName.replaceFirst("\\.ya?ml$", "");
        long masterSeed = v.containsKey("master_seed") ? whole(v.get("master_seed"), "master_seed", Long.MIN_VALUE, Long.MAX_VALUE) : 42;
        long replications = v.containsKey("replications") ? whole(v.get("replications"), "replications", 1, MAX_REPLICATIONS) : 1;
        DesignSpec design = v.containsKey("design") ? design(v.get("design")) : missing(root, "design",
                "one of grid, lhs, morris, sobol, points (see docs/SWEEPS.md)");
        Path scenario = null;
        String label = null;
        if (!v.containsKey("scenario")) {
            missing(root, "scenario", "the path of a scenario file, relative to the sweep file");
        } else {
            label = text(v.get("scenario"), "scenario");
            if (label != null) {
                try {
                    scenario = file.resolveSibling(label).normalize();
                } catch (InvalidPathException e) {
                    scenario = null;
                }
                if (scenario == null || !Files.isRegularFile(scenario)) {
                    problem(v.get("scenario"), "scenario", "no such file: " + (scenario == null ? NumberText.shown(label) : scenario)
                            + "; allowed: the path of a scenario file, relative to the sweep file");
                    scenario = null;
                }
            }
        }
        boolean listed = design != null && design.type() == DesignSpec.Type.POINTS;
        if (listed && v.containsKey("parameters")) {
            problem(v.get("parameters"), "parameters", "a points design takes its parameters from the header of its "
                    + "CSV file; allowed: no `parameters` with `design: {type: points, file: F.csv}`");
        } else if (!listed && !v.containsKey("parameters")) {
            missing(root, "parameters", "a mapping of scenario key paths to values");
        }
        if (scenario == null || design == null || !problems.isEmpty()) return null;
        ParameterCheck check;
        try {
            ScenarioLoader.load(scenario, List.of());
            check = new ParameterCheck(ScenarioLoader.readText(scenario, scenario.toString()), scenario.toString());
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return null;
        }
        List<Parameter> parameters;
        if (listed) {
            PointsCsv.Read points = PointsCsv.read(pointsFile, check);
            problems.addAll(points.problems());
            parameters = points.parameters();
            design = points.design();
        } else {
            parameters = parameters(v.get("parameters"), design, check);
        }
        if (!problems.isEmpty()) return null;
        String text;
        try {
            text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            problems.add(new Problem(source, 0, 0, "", "cannot read the file again: " + e.getMessage()));
            return null;
        }
        SweepSpec spec = new SweepSpec(name, scenario, label, masterSeed, (int) replications, design, parameters, text);
        long points;
        try {
            points = spec.newDesign().points();
        } catch (ArithmeticException overflow) {
            problem(v.get("parameters"), "parameters", "the design has more points than fit in 64 bits; allowed: fewer "
                    + "values per parameter, or a sampling design (lhs, morris, sobol)");
            return spec;
        }
        if (points > Long.MAX_VALUE / replications) {
            problem(v.get("replications"), "replications", "points × replications does not fit in 64 bits; allowed: fewer");
        }
        boolean indexed = design.type() == DesignSpec.Type.MORRIS || design.type() == DesignSpec.Type.SOBOL;
        if (indexed && points > MAX_INDEXED_POINTS) {
            problem(v.get("design"), "design", "gives " + points + " points; allowed: at most " + MAX_INDEXED_POINTS
                    + " for " + design.type().key() + " (its analysis holds one value per point and metric)");
        }
        return spec;
    }

    private DesignSpec design(Node node) {
        if (node instanceof ScalarNode) {
            DesignSpec.Type type = designType(node, "design");
            if (type == null) return null;
            if (type != DesignSpec.Type.GRID) {
                problem(node, "design", type.key() + " needs its size; allowed: "
                        + sizeHint(type));
                return null;
            }
            return DesignSpec.grid();
        }
        Map<String, Node> v = entries(node, "design", DESIGN_KEYS);
        if (!v.containsKey("type")) return missing(node, "design.type", "one of grid, lhs, morris, sobol, points");
        DesignSpec.Type type = designType(v.get("type"), "design.type");
        if (type == null) return null;
        String needed = switch (type) {
            case GRID -> null;
            case LHS, SOBOL -> "samples";
            case MORRIS -> "trajectories";
            case POINTS -> "file";
        };
        for (String key : v.keySet()) {
            boolean allowed = key.equals("type") || key.equals(needed) || (type == DesignSpec.Type.MORRIS && key.equals("levels"));
            if (!allowed) problem(v.get(key), "design." + key, "`" + key + "` does not apply to a " + type.key()
                    + " design; allowed: " + sizeHint(type));
        }
        if (needed != null && !v.containsKey(needed)) return missing(node, "design." + needed, sizeHint(type));
        if (type == DesignSpec.Type.POINTS) {
            String name = text(v.get("file"), "design.file");
            if (name == null) return null;
            pointsFile = Path.of(source).resolveSibling(name).normalize();
            if (!Files.isRegularFile(pointsFile)) {
                problem(v.get("file"), "design.file", "no such file: " + pointsFile + "; allowed: " + sizeHint(type));
                return null;
            }
            return DesignSpec.points(List.of());
        }
        int size = needed == null ? 0 : (int) whole(v.get(needed), "design." + needed, 2, MAX_SAMPLES);
        int levels = 0;
        if (type == DesignSpec.Type.MORRIS) {
            levels = v.containsKey("levels") ? (int) whole(v.get("levels"), "design.levels", 2, 1000) : 4;
            if (levels % 2 != 0) {
                problem(v.get("levels"), "design.levels", levels + " is odd; allowed: an even number of levels, e.g. 4");
            }
        }
        return switch (type) {
            case GRID, POINTS -> DesignSpec.grid();
            case LHS, SOBOL -> new DesignSpec(type, size, 0, 0);
            case MORRIS -> new DesignSpec(type, 0, size, levels);
        };
    }

    private static String sizeHint(DesignSpec.Type type) {
        return switch (type) {
            case GRID -> "`type: grid` alone";
            case LHS -> "`{type: lhs, samples: N}` with N points";
            case MORRIS -> "`{type: morris, trajectories: R, levels: 4}` (levels even, default 4)";
            case SOBOL -> "`{type: sobol, samples: N}` with N base samples (N × (parameters + 2) points)";
            case POINTS -> "`{type: points, file: F.csv}`, a CSV file (relative to the sweep file) with a header of "
                    + "key paths and one row per point";
        };
    }

    private DesignSpec.Type designType(Node node, String key) {
        String given = text(node, key);
        if (given == null) return null;
        for (DesignSpec.Type t : DesignSpec.Type.values()) {
            if (t.key().equals(given.strip().toLowerCase(Locale.ROOT))) return t;
        }
        problem(node, key, "'" + given + "' is not a design; allowed: one of grid, lhs, morris, sobol, points");
        return null;
    }

    private List<Parameter> parameters(Node node, DesignSpec design, ParameterCheck check) {
        List<Parameter> parameters = new ArrayList<>();
        if (node instanceof MappingNode empty && empty.getValue().isEmpty() && design.type() == DesignSpec.Type.GRID) {
            return parameters; // one point, replicated: one scenario over many seeds
        }
        if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            problem(node, "parameters", "expected a mapping of scenario key paths to values, got " + describe(node)
                    + "; allowed: e.g. `trust.loss_rate: [0.04, 0.08]` or `trust.loss_rate: {min: 0.02, max: 0.2}`");
            return parameters;
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> addressed = new LinkedHashMap<>(); // canonical path -> key as written
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue().strip() : null;
            if (key == null || key.isEmpty() || !seen.add(key)) {
                problem(tuple.getKeyNode(), "parameters", (key == null || key.isEmpty() ? "expected a key path"
                        : "`" + key + "` is varied twice") + "; allowed: each scenario key path once, e.g. trust.loss_rate");
                continue;
            }
            if (key.equals("seed")) {
                problem(tuple.getKeyNode(), "parameters.seed", "the seed is not a parameter; allowed: master_seed and "
                        + "replications, from which every run's seed is derived");
                continue;
            }
            Parameter p = parameter(key, tuple.getValueNode(), design.type() == DesignSpec.Type.GRID);
            if (p == null) continue;
            String overlap = overlap(addressed, key, check.canonical(key));
            if (overlap != null) {
                problem(tuple.getKeyNode(), "parameters." + key, "sets the same value as `" + overlap + "` (or a part of it), "
                        + "so one would overwrite the other and runs.csv would show values never used; allowed: each "
                        + "scenario value varied by one key only");
                continue;
            }
            List<String> probes = p instanceof Parameter.Levels levels ? probes(levels, tuple.getValueNode())
                    : List.of(((Parameter.Range) p).min().toPlainString(), ((Parameter.Range) p).max().toPlainString());
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            problems.addAll(check.check(key, probes, (k, onKey, i, message) -> located(onKey ? keyNode
                    : valueNode instanceof SequenceNode list ? list.getValue().get(i) : valueNode, "parameters." + k, message)));
            parameters.add(p);
        }
        return parameters;
    }

    /**
     * The values to check against the scenario: all listed ones, but of {@code {min, max, step}} only
     * the first two and the last (the rest lie between them), so 100,000 levels cost three checks.
     */
    private static List<String> probes(Parameter.Levels levels, Node node) {
        List<String> values = levels.values();
        if (node instanceof SequenceNode || values.size() <= 3) return values;
        return List.of(values.get(0), values.get(1), values.get(values.size() - 1));
    }

    /**
     * The key already varied that addresses {@code canonical} or a value inside or around it, or null;
     * records {@code canonical} otherwise. A key that addresses nothing is left to the value check.
     */
    private static String overlap(Map<String, String> addressed, String key, String canonical) {
        if (canonical == null) return null;
        for (Map.Entry<String, String> e : addressed.entrySet()) {
            String other = e.getKey();
            if (other.equals(canonical) || other.startsWith(canonical + ".") || canonical.startsWith(other + ".")) {
                return e.getValue();
            }
        }
        addressed.put(canonical, key);
        return null;
    }

    private Parameter parameter(String key, Node node, boolean grid) {
        String path = "parameters." + key;
        if (node instanceof SequenceNode seq) {
            List<String> values = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                    problem(item, path, "expected a single value, got " + describe(item) + "; allowed: plain values such as 0.1 or dominant");
                    return null;
                }
                values.add(s.getValue().strip());
            }
            if (values.isEmpty()) {
                problem(node, path, "an empty list; allowed: at least one value");
                return null;
            }
            if (new HashSet<>(values).size() != values.size()) {
                problem(node, path, "a value is listed twice; allowed: distinct values");
                return null;
            }
            if (!grid && values.size() == 1) return constant(node, path);
            return new Parameter.Levels(key, values);
        }
        if (!(node instanceof MappingNode)) {
            problem(node, path, "expected a list of values or a range, got " + describe(node)
                    + "; allowed: [v1, v2, ...], {min: a, max: b, step: s} or {min: a, max: b}");
            return null;
        }
        Map<String, Node> v = entries(node, path, List.of("min", "max", "step"));
        if (!v.containsKey("min") || !v.containsKey("max")) {
            return missing(node, path + (v.containsKey("min") ? ".max" : ".min"), "a number");
        }
        BigDecimal min = number(v.get("min"), path + ".min");
        BigDecimal max = number(v.get("max"), path + ".max");
        if (min == null || max == null) return null;
        if (min.compareTo(max) > 0) {
            problem(node, path, "min " + min.toPlainString() + " is above max " + max.toPlainString() + "; allowed: min ≤ max");
            return null;
        }
        if (v.containsKey("step")) {
            BigDecimal step = number(v.get("step"), path + ".step");
            if (step == null) return null;
            if (step.signum() <= 0) {
                problem(v.get("step"), path + ".step", step.toPlainString() + " is not positive; allowed: a number above 0");
                return null;
            }
            List<String> values = Parameter.steps(min, max, step, MAX_LEVELS);
            if (values == null) {
                problem(v.get("step"), path + ".step", "gives more than " + MAX_LEVELS + " values; allowed: a larger step");
                return null;
            }
            return new Parameter.Levels(key, values);
        }
        if (grid) {
            problem(node, path, "a grid needs the values to try; allowed: a list [v1, v2, ...] or {min: a, max: b, step: s}");
            return null;
        }
        if (min.compareTo(max) == 0) return constant(node, path);
        boolean whole = isWhole(v.get("min")) && isWhole(v.get("max"));
        return new Parameter.Range(key, min, max, whole);
    }

    /** A sampling design measures what varying a parameter does: one that does not vary only adds noise. */
    private Parameter constant(Node node, String path) {
        problem(node, path, "does not vary (a single value, or min equal to max), so a sampling design would "
                + "measure only noise for it; allowed: two or more values, or min below max (set a fixed value "
                + "in the scenario instead)");
        return null;
    }

    /** A sweep's name: it names the output directory and goes into every CSV's first line. */
    private String name(Node node) {
        String name = text(node, "name");
        if (name == null) return null;
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problem(node, "name", "is " + name.codePointCount(0, name.length()) + " characters long; allowed: text of 1 to "
                    + MAX_NAME + " characters");
            return null;
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            problem(node, "name", "contains a control character (such as a line break or NUL); allowed: letters, "
                    + "digits, spaces and punctuation");
            return null;
        }
        return name;
    }

    // ---- small readers that report at the node's mark

    private Map<String, Node> entries(Node node, String path, List<String> keys) {
        Map<String, Node> values = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, path, "expected a mapping, got " + describe(node) + "; allowed: the keys " + String.join(", ", keys));
            return values;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            String at = path.isEmpty() ? key : path + "." + key;
            if (!keys.contains(key)) {
                problem(tuple.getKeyNode(), at, "unknown key `" + key + "`; allowed: " + String.join(", ", keys));
            } else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), at, "duplicate key `" + key + "`; allowed: each key once");
            }
        }
        return values;
    }

    private String text(Node node, String key) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getValue().isBlank()) return s.getValue().strip();
        problem(node, key, "expected a text, got " + describe(node) + "; allowed: a non-empty text");
        return null;
    }

    private long whole(Node node, String key, long min, long max) {
        BigDecimal n = number(node, key);
        if (n == null) return min;
        String allowed = min == Long.MIN_VALUE ? "a whole number that fits in 64 bits" : "a whole number from " + min + " to " + max;
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(node, key, NumberText.shown(((ScalarNode) node).getValue().strip()) + " is not allowed here; allowed: " + allowed);
            return min;
        }
        return n.longValueExact();
    }

    private BigDecimal number(Node node, String key) {
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            String tooBig = NumberText.tooBig(s.getValue().strip());
            if (tooBig != null) {
                problem(node, key, "expected a number, got " + tooBig + "; allowed: a finite decimal number");
                return null;
            }
            try {
                return NumberText.decimal(s.getValue().strip());
            } catch (NumberFormatException e) {
                // .inf, .nan, 0x..: reported below
            }
        }
        problem(node, key, "expected a number, got " + describe(node) + "; allowed: a finite decimal number");
        return null;
    }

    private static boolean isWhole(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.INT);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        ScalarNode s = (ScalarNode) node;
        return s.getTag().equals(Tag.NULL) ? "nothing" : "'" + NumberText.shown(s.getValue()) + "'";
    }

    private <T> T missing(Node parent, String key, String allowed) {
        problem(parent, key, "required key is missing; allowed: " + allowed);
        return null;
    }

    private void problem(Node node, String key, String message) {
        problems.add(located(node, key, Message.literal(message)));
    }

    private Problem located(Node node, String key, Message message) {
        Optional<Mark> mark = node.getStartMark();
        return mark.map(m -> new Problem(source, m.getLine() + 1, m.getColumn() + 1, key, message))
                .orElseGet(() -> new Problem(source, 0, 0, key, message));
    }
}
