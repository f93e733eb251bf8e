package samen.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import samen.model.config.InterventionRule;
import samen.model.config.OrganisationSpec;
import samen.model.config.ShockSpec;
import samen.model.config.Trigger;

/**
 * Settings that are valid but can never take effect in a run of the scenario's length: a shock,
 * intervention or caption after the last step, a partner joining or leaving after the end. A
 * student who shortens {@code steps} should hear that part of the file went silent; these are
 * warnings, since the same file with more steps (or {@code --steps}) is fine.
 */
final class Ineffective {

    private Ineffective() {
    }

    static List<Problem> find(Scenario scenario, MappingNode root, String source) {
        List<Problem> warnings = new ArrayList<>();
        int steps = scenario.steps();
        Message after = Message.of("late.after", steps);
        List<ShockSpec> shocks = scenario.model().shocks();
        for (int i = 0; i < shocks.size(); i++) {
            long at = shocks.get(i).atStep();
            if (at > steps) warn(warnings, root, source, ScenarioFormat.SHOCKS_KEY, i, "at_step", Message.of("late.shock", at, after));
        }
        List<InterventionRule> interventions = scenario.model().interventions();
        for (int i = 0; i < interventions.size(); i++) {
            if (interventions.get(i).when() instanceof Trigger.AtStep at && at.step() > steps) {
                warn(warnings, root, source, ScenarioFormat.INTERVENTIONS_KEY, i, "when",
                        Message.of("late.intervention", at.step(), after));
            }
        }
        List<OrganisationSpec> organisations = scenario.model().organisations();
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationSpec o = organisations.get(i);
            if (o.joinsAt() > steps) {
                warn(warnings, root, source, ScenarioFormat.ORGANISATIONS_KEY, i, "joins_at",
                        Message.of("late.join", o.name(), o.joinsAt(), after));
            }
            if (o.leavesAt() > steps) {
                warn(warnings, root, source, ScenarioFormat.ORGANISATIONS_KEY, i, "leaves_at",
                        Message.of("late.leave", o.name(), o.leavesAt(), after));
            }
        }
        List<Caption> captions = scenario.captions();
        for (int i = 0; i < captions.size(); i++) {
            long at = captions.get(i).atStep();
            if (at > steps) warn(warnings, root, source, ScenarioFormat.CAPTIONS_KEY, i, "at_step", Message.of("late.caption", at, after));
        }
        warnings.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return warnings;
    }

    private static void warn(List<Problem> warnings, MappingNode root, String source, String list, int i, String key, Message message) {
        Node node = References.node(root, list, i, key);
        String path = References.path(list, i, key);
        warnings.add(node.getStartMark()
                .map(m -> new Problem(m.getName(), m.getLine() + 1, m.getColumn() + 1, path, message))
                .orElseGet(() -> new Problem(source, 0, 0, path, message)));
    }
}
