package samen.experiment.calibration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A calibration file: a sweep file (its design draws the prior: {@code {type: lhs, samples: N}} over
 * the parameters' ranges) plus the targets and the share of draws to keep.
 *
 * <pre>{@code
 * targets:
 *   share_win_win: {between: [0.3, 0.6]}
 *   mean_trust: {value: 0.5}
 * accept: 0.1
 * }</pre>
 *
 * @param accept share of the draws kept as the posterior sample
 */
public record CalibrationFile(SweepSpec sweep, List<Target> targets, double accept) {

    static final List<String> KEYS = List.of("targets", "accept");

    /** @throws ScenarioException with every problem, located */
    public static CalibrationFile load(Path file) throws ScenarioException {
        SweepSpec sweep = SweepFile.load(file, KEYS);
        Path absolute = file.toAbsolutePath().normalize();
        MappingNode root = (MappingNode) YamlTree.load(absolute).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        double accept = 0.1;
        Node targetsNode = null;
        for (NodeTuple t : root.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (key.equals("targets")) targetsNode = t.getValueNode();
            if (key.equals("accept")) {
                Double a = number(t.getValueNode(), "accept", absolute, problems);
                if (a != null && !(a > 0 && a <= 1)) {
                    problems.add(at(t.getValueNode(), absolute, "accept", a + " is not a share; allowed: a number above 0 and at most 1"));
                } else if (a != null) {
                    accept = a;
                }
            }
        }
        if (!(targetsNode instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            problems.add(at(targetsNode == null ? root : targetsNode, absolute, "targets", "expected a mapping of summaries to targets; "
                    + "allowed: e.g. `share_win_win: {between: [0.3, 0.6]}` or `mean_trust: {value: 0.5}`"));
            throw new ScenarioException(problems);
        }
        for (NodeTuple t : mapping.getValue()) {
            String summary = ((ScalarNode) t.getKeyNode()).getValue().strip();
            String key = "targets." + summary;
            if (!(t.getValueNode() instanceof MappingNode spec) || spec.getValue().size() != 1) {
                problems.add(at(t.getValueNode(), absolute, key, "expected {value: x} or {between: [low, high]}"));
                continue;
            }
            NodeTuple only = spec.getValue().get(0);
            String kind = ((ScalarNode) only.getKeyNode()).getValue();
            if (kind.equals("value")) {
                Double v = number(only.getValueNode(), key + ".value", absolute, problems);
                if (v != null) targets.add(new Target(summary, v, v));
            } else if (kind.equals("between") && only.getValueNode() instanceof SequenceNode range && range.getValue().size() == 2) {
                Double low = number(range.getValue().get(0), key + ".between", absolute, problems);
                Double high = number(range.getValue().get(1), key + ".between", absolute, problems);
                if (low != null && high != null && low > high) {
                    problems.add(at(only.getValueNode(), absolute, key + ".between", "low " + low + " is above high " + high
                            + "; allowed: [low, high] with low <= high"));
                } else if (low != null && high != null) {
                    targets.add(new Target(summary, low, high));
                }
            } else {
                problems.add(at(only.getKeyNode(), absolute, key, "expected {value: x} or {between: [low, high]}"));
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new CalibrationFile(sweep, List.copyOf(targets), accept);
    }

    private static Double number(Node node, String key, Path file, List<Problem> problems) {
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

    private static Problem at(Node node, Path file, String key, String message) {
        Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark = node.getStartMark();
        return new Problem(file.toString(), mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                key, message);
    }
}
