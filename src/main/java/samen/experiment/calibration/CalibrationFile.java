package samen.experiment.calibration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import samen.experiment.SweepFile;
import samen.experiment.SweepSpec;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;
import samen.scenario.YamlTree;

/**
 * A calibration file: a sweep file (its design draws the prior, or the first generation of a search:
 * {@code {type: lhs, samples: N}} over the parameters' ranges) plus the targets and how to search.
 *
 * <pre>{@code
 * targets:
 *   share_win_win: {between: [0.3, 0.6]}
 *   mean_trust: {value: 0.5}
 *   trust_falls_after_reopening:          # a time-series feature (see Feature), named by the file
 *     falls_after: {event: agreement_reopened, metric: mean_trust, window: 10}
 *     between: [0.6, 1]
 * method: abc-rejection     # or nsga2, abc-smc
 * accept: 0.1               # abc-rejection: share of the draws kept
 * generations: 5            # nsga2, abc-smc: generations after the first
 * quantile: 0.5             # abc-smc: each tolerance is this quantile of the last generation's distances
 * }</pre>
 *
 * @param accept      abc-rejection: share of the draws kept as the posterior sample
 * @param generations nsga2 and abc-smc: generations after the design's first one
 * @param quantile    abc-smc: the next tolerance as a quantile of the current population's distances
 */
public record CalibrationFile(SweepSpec sweep, List<Target> targets, Method method, double accept, int generations,
                              double quantile) {

    static final List<String> KEYS = List.of("targets", "method", "accept", "generations", "quantile");
    /** How a feature's summary may be named: it becomes a column of runs.csv and of the calibration's tables. */
    static final String FEATURE_NAME = "[a-z][a-z0-9_]*";
    static final int MAX_GENERATIONS = 1000;
    /** A search breeds from its population: fewer points than this cannot. */
    static final int MIN_POPULATION = 4;

    /** How the targets are searched for, by the name the file uses. */
    public enum Method {
        ABC_REJECTION("abc-rejection"), NSGA2("nsga2"), ABC_SMC("abc-smc");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Method of(String key) {
            for (Method m : values()) if (m.key.equals(key)) return m;
            return null;
        }

        static String allowed() {
            return String.join(", ", Arrays.stream(values()).map(Method::key).toList());
        }

        /** The keys this method reads besides the targets. */
        List<String> settings() {
            return switch (this) {
                case ABC_REJECTION -> List.of("accept");
                case NSGA2 -> List.of("generations");
                case ABC_SMC -> List.of("generations", "quantile");
            };
        }
    }

    /** @throws ScenarioException with every problem, located */
    public static CalibrationFile load(Path file) throws ScenarioException {
        SweepSpec sweep = SweepFile.load(file, KEYS);
        Path absolute = file.toAbsolutePath().normalize();
        MappingNode root = (MappingNode) YamlTree.load(absolute).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        double accept = 0.1;
        int generations = 5;
        double quantile = 0.5;
        Method method = Method.ABC_REJECTION;
        Node targetsNode = null;
        Node designNode = root;
        Map<String, Node> settings = new LinkedHashMap<>();
        for (NodeTuple t : root.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (key.equals("targets")) targetsNode = t.getValueNode();
            if (key.equals("design")) designNode = t.getValueNode();
            if (key.equals("method")) {
                Method m = t.getValueNode() instanceof ScalarNode s ? Method.of(s.getValue().strip()) : null;
                if (m == null) {
                    problems.add(at(t.getValueNode(), absolute, "method", (t.getValueNode() instanceof ScalarNode s ? "`" + s.getValue()
                            + "` is not a method" : "expected a name") + "; allowed: " + Method.allowed()));
                } else {
                    method = m;
                }
            }
            if (key.equals("accept") || key.equals("generations") || key.equals("quantile")) settings.put(key, t.getValueNode());
        }
        for (var e : settings.entrySet()) {
            String key = e.getKey();
            Node node = e.getValue();
            if (!method.settings().contains(key)) {
                problems.add(at(node, absolute, key, "`" + key + "` does not apply to method " + method.key() + "; allowed: "
                        + String.join(", ", method.settings())));
                continue;
            }
            Double x = number(node, key, absolute, problems);
            if (x == null) continue;
            switch (key) {
                case "accept" -> {
                    if (x > 0 && x <= 1) accept = x;
                    else problems.add(at(node, absolute, key, x + " is not a share; allowed: a number above 0 and at most 1"));
                }
                case "generations" -> {
                    if (x == Math.rint(x) && x >= 1 && x <= MAX_GENERATIONS) generations = x.intValue();
                    else problems.add(at(node, absolute, key, x + " is not a count of generations; allowed: a whole number from 1 to "
                            + MAX_GENERATIONS));
                }
                default -> {
                    if (x > 0 && x < 1) quantile = x;
                    else problems.add(at(node, absolute, key, x + " is not a quantile; allowed: a number above 0 and below 1"));
                }
            }
        }
        if (method != Method.ABC_REJECTION && sweep.newDesign().points() < MIN_POPULATION) {
            problems.add(at(designNode, absolute, "design", "gives " + sweep.newDesign().points() + " points, the first generation of "
                    + method.key() + "; allowed: at least " + MIN_POPULATION + " (e.g. {type: lhs, samples: 20})"));
        }
        if (!(targetsNode instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            problems.add(at(targetsNode == null ? root : targetsNode, absolute, "targets", "expected a mapping of summaries to targets; "
                    + "allowed: e.g. `share_win_win: {between: [0.3, 0.6]}` or `mean_trust: {value: 0.5}`"));
            throw new ScenarioException(problems);
        }
        for (NodeTuple t : mapping.getValue()) {
            Target target = target(((ScalarNode) t.getKeyNode()).getValue().strip(), t, absolute, problems);
            if (target != null) targets.add(target);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new CalibrationFile(sweep, List.copyOf(targets), method, accept, generations, quantile);
    }

    /**
     * One target: {@code {value: x}} or {@code {between: [low, high]}}, and for a time-series feature
     * also the feature (one of {@link Feature#KEYS}); null after adding its problems.
     */
    private static Target target(String summary, NodeTuple entry, Path file, List<Problem> problems) {
        String key = "targets." + summary;
        String expected = "expected {value: x} or {between: [low, high]}, and for a time-series feature one of "
                + String.join(", ", Feature.KEYS);
        if (!(entry.getValueNode() instanceof MappingNode spec) || spec.getValue().isEmpty()) {
            problems.add(at(entry.getValueNode(), file, key, expected));
            return null;
        }
        NodeTuple bound = null;
        NodeTuple feature = null;
        int before = problems.size();
        for (NodeTuple t : spec.getValue()) {
            String kind = ((ScalarNode) t.getKeyNode()).getValue();
            boolean isBound = kind.equals("value") || kind.equals("between");
            if (!isBound && !Feature.KEYS.contains(kind)) {
                problems.add(at(t.getKeyNode(), file, key, "`" + kind + "` is not a key of a target; allowed: value, between, "
                        + String.join(", ", Feature.KEYS)));
            } else if (isBound ? bound != null : feature != null) {
                problems.add(at(t.getKeyNode(), file, key, "a target takes one " + (isBound ? "value or range" : "feature")
                        + "; allowed: one of " + (isBound ? "value, between" : String.join(", ", Feature.KEYS))));
            } else if (isBound) {
                bound = t;
            } else {
                feature = t;
            }
        }
        if (feature != null && (!summary.matches(FEATURE_NAME) || summary.startsWith("share_"))) {
            problems.add(at(entry.getKeyNode(), file, key, "`" + summary + "` cannot name a feature's summary (it becomes a "
                    + "column of runs.csv); allowed: lower-case letters, digits and _, not starting with share_"));
        }
        if (bound == null) problems.add(at(spec, file, key, "misses its value or range; " + expected));
        if (problems.size() > before) return null;
        Feature read = null;
        if (feature != null) {
            String kind = ((ScalarNode) feature.getKeyNode()).getValue();
            read = new FeatureSpec(file, problems).read(kind, feature.getValueNode(), key + "." + kind);
            if (read == null) return null;
        }
        double[] range = bound(bound, key, file, problems);
        return range == null ? null : new Target(summary, range[0], range[1], read);
    }

    /** {@code value: x} or {@code between: [low, high]}: low and high, or null after adding the problem. */
    private static double[] bound(NodeTuple only, String key, Path file, List<Problem> problems) {
        String kind = ((ScalarNode) only.getKeyNode()).getValue();
        if (kind.equals("value")) {
            Double v = number(only.getValueNode(), key + ".value", file, problems);
            return v == null ? null : new double[] {v, v};
        }
        if (!(only.getValueNode() instanceof SequenceNode range) || range.getValue().size() != 2) {
            problems.add(at(only.getValueNode(), file, key + ".between", "expected [low, high]"));
            return null;
        }
        Double low = number(range.getValue().get(0), key + ".between", file, problems);
        Double high = number(range.getValue().get(1), key + ".between", file, problems);
        if (low == null || high == null) return null;
        if (low > high) {
            problems.add(at(only.getValueNode(), file, key + ".between", "low " + low + " is above high " + high
                    + "; allowed: [low, high] with low <= high"));
            return null;
        }
        return new double[] {low, high};
    }

    static Double number(Node node, String key, Path file, List<Problem> problems) {
        if (node instanceof ScalarNode s) {
            try {
                return new BigDecimal(s.getValue().strip()).doubleValue();
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(at(node, file, key, "expected a number"));
        return null;
    }

    static Problem at(Node node, Path file, String key, String message) {
        Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark = node.getStartMark();
        return new Problem(file.toString(), mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                key, message);
    }
}
