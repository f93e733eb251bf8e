package samen.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import samen.model.Gauges;
import samen.model.Phase;
import samen.model.config.Trigger;

/**
 * When an intervention fires, as a short phrase a student can write: {@code step 40},
 * {@code entering agree}, {@code ambition below 0.3}.
 */
record TriggerPhrase() implements FieldType.Leaf {

    private static final Pattern STEP = Pattern.compile("step\\s+(\\d{1,7})");
    private static final Pattern EVERY = Pattern.compile("every\\s+(\\d{1,7})\\s+steps?");
    private static final Pattern ENTERING = Pattern.compile("entering\\s+(\\w+)");
    private static final Pattern BELOW = Pattern.compile("(\\w+)\\s+below\\s+([0-9]*\\.?[0-9]+)");

    @Override
    public Trigger read(Node node, String path, NodeReader in) {
        if (!(node instanceof ScalarNode scalar) || NodeReader.isNull(node)) {
            in.problem(node, path, Message.of("trigger.expected", NodeReader.describe(node), allowed()));
            return null;
        }
        String text = scalar.getValue().strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = STEP.matcher(text)).matches()) {
            long step = Long.parseLong(m.group(1));
            if (step >= 1) return new Trigger.AtStep(step);
            in.problem(node, path, Message.of("trigger.step_zero"));
            return null;
        }
        if ((m = EVERY.matcher(text)).matches()) {
            long period = Long.parseLong(m.group(1));
            if (period >= 1) return new Trigger.Every(period);
            in.problem(node, path, Message.of("trigger.every_zero"));
            return null;
        }
        if ((m = ENTERING.matcher(text)).matches()) {
            for (Phase phase : Phase.values()) {
                if (phase.key().equals(m.group(1))) return new Trigger.OnPhase(phase);
            }
            in.problem(node, path, Message.of("trigger.phase", m.group(1), Suggestions.didYouMean(m.group(1),
                    java.util.Arrays.stream(Phase.values()).map(Phase::key).toList())));
            return null;
        }
        if ((m = BELOW.matcher(text)).matches()) {
            double threshold = Double.parseDouble(m.group(2));
            if (!Gauges.names().contains(m.group(1))) {
                in.problem(node, path, Message.of("trigger.gauge", m.group(1), Suggestions.didYouMean(m.group(1), Gauges.names()),
                        String.join(", ", Gauges.names())));
                return null;
            }
            if (threshold > 1) {
                in.problem(node, path, Message.of("trigger.threshold", m.group(2)));
                return null;
            }
            return new Trigger.Below(m.group(1), threshold);
        }
        in.problem(node, path, Message.of("trigger.unknown", NumberText.shown(scalar.getValue()), allowed()));
        return null;
    }

    @Override
    public Object fallback() {
        return null;
    }

    @Override
    public Message allowed() {
        return Message.of("allowed.trigger");
    }

    @Override
    public ObjectNode schema() {
        return JsonNodeFactory.instance.objectNode().put("type", "string")
                .put("pattern", "^\\s*(step\\s+\\d+|every\\s+\\d+\\s+steps?|entering\\s+\\w+|\\w+\\s+below\\s+[0-9]*\\.?[0-9]+)\\s*$");
    }

    @Override
    public String toYaml(Object value) {
        return "\"" + ((Trigger) value).text() + "\"";
    }
}
