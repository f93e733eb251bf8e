package samen.experiment.calibration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import samen.model.EventKind;
import samen.model.Phase;
import samen.output.TimeseriesRecorder;
import samen.scenario.Problem;

/**
 * Reads a time-series feature of a calibration file's target, e.g.
 * {@code change_after: {event: agreement_reopened, metric: mean_trust, window: 10}}; every problem
 * located, with what is allowed.
 */
final class FeatureSpec {

    /** The most steps a window may span. */
    static final int MAX_WINDOW = 100_000;

    private final Path file;
    private final List<Problem> problems;

    FeatureSpec(Path file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The feature {@code kind} (one of {@link Feature#KEYS}) that {@code node} spells, or null after adding its problems. */
    Feature read(String kind, Node node, String key) {
        List<String> fields = switch (kind) {
            case "change_after", "falls_after" -> List.of("event", "name", "metric", "window");
            case "first_step", "happens" -> List.of("event", "name");
            default -> List.of("metric", "from", "to");
        };
        String example = switch (kind) {
            case "change_after", "falls_after" -> "{event: agreement_reopened, metric: mean_trust, window: 10}";
            case "first_step", "happens" -> "{event: phase_change, name: execute}";
            default -> "{metric: mean_trust, from: 0, to: 50}";
        };
        if (!(node instanceof MappingNode mapping)) {
            problems.add(CalibrationFile.at(node, file, key, "expected a mapping; allowed: e.g. " + example));
            return null;
        }
        Map<String, Node> given = new LinkedHashMap<>();
        int before = problems.size();
        for (NodeTuple t : mapping.getValue()) {
            String field = ((ScalarNode) t.getKeyNode()).getValue();
            if (fields.contains(field)) given.put(field, t.getValueNode());
            else problems.add(CalibrationFile.at(t.getKeyNode(), file, key, "`" + field + "` is not a field of " + kind
                    + "; allowed: " + String.join(", ", fields)));
        }
        for (String field : fields) {
            if (!field.equals("name") && !given.containsKey(field)) {
                problems.add(CalibrationFile.at(node, file, key, "misses `" + field + "`; allowed: e.g. " + example));
            }
        }
        if (problems.size() > before) return null;
        Feature.Happening event = fields.contains("event") ? happening(given.get("event"), given.get("name"), key) : null;
        String metric = fields.contains("metric") ? metric(given.get("metric"), key + ".metric") : null;
        Long window = fields.contains("window") ? whole(given.get("window"), key + ".window", 1, MAX_WINDOW) : null;
        Long from = fields.contains("from") ? whole(given.get("from"), key + ".from", 0, Integer.MAX_VALUE) : null;
        Long to = fields.contains("to") ? whole(given.get("to"), key + ".to", 0, Integer.MAX_VALUE) : null;
        if (from != null && to != null && from >= to) {
            problems.add(CalibrationFile.at(given.get("to"), file, key + ".to", "step " + to + " is not after from (" + from
                    + "); allowed: a step after from"));
        }
        if (problems.size() > before) return null;
        return switch (kind) {
            case "change_after" -> new Feature.ChangeAfter(event, metric, window.intValue());
            case "falls_after" -> new Feature.FallsAfter(new Feature.ChangeAfter(event, metric, window.intValue()));
            case "first_step" -> new Feature.FirstStep(event);
            case "happens" -> new Feature.Happens(event);
            default -> new Feature.Slope(metric, from, to);
        };
    }

    /** An event kind of events.csv, and a name; for a phase change, the name is a phase. */
    private Feature.Happening happening(Node kindNode, Node nameNode, String key) {
        List<String> kinds = Arrays.stream(EventKind.values()).map(EventKind::key).toList();
        String kind = text(kindNode);
        if (!kinds.contains(kind)) {
            problems.add(CalibrationFile.at(kindNode, file, key + ".event", (kind == null ? "expected a kind of event" : "`" + kind
                    + "` is not a kind of event (the kind column of events.csv)") + "; allowed: " + String.join(", ", kinds)));
            return null;
        }
        if (nameNode == null) return new Feature.Happening(kind, "");
        String name = text(nameNode);
        List<String> phases = Arrays.stream(Phase.values()).map(Phase::key).toList();
        if (name == null || name.isEmpty()) {
            problems.add(CalibrationFile.at(nameNode, file, key + ".name", "expected a name (the name column of events.csv)"));
            return null;
        }
        if (kind.equals(EventKind.PHASE_CHANGE.key()) && !phases.contains(name)) {
            problems.add(CalibrationFile.at(nameNode, file, key + ".name", "`" + name + "` is not a phase; allowed: "
                    + String.join(", ", phases)));
            return null;
        }
        return new Feature.Happening(kind, name);
    }

    private String metric(Node node, String key) {
        String name = text(node);
        if (!TimeseriesRecorder.NUMBERS.contains(name)) {
            problems.add(CalibrationFile.at(node, file, key, (name == null ? "expected a column" : "`" + name
                    + "` is not a numeric column of timeseries.csv") + "; allowed: " + String.join(", ", TimeseriesRecorder.NUMBERS)));
            return null;
        }
        return name;
    }

    private Long whole(Node node, String key, long min, long max) {
        Double x = CalibrationFile.number(node, key, file, problems);
        if (x == null) return null;
        if (x != Math.rint(x) || x < min || x > max) {
            problems.add(CalibrationFile.at(node, file, key, text(node) + " is not a whole number of steps; allowed: " + min + " to "
                    + max));
            return null;
        }
        return x.longValue();
    }

    private static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue().strip() : null;
    }
}
