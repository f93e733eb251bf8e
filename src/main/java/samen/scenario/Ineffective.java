package samen.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import samen.model.Circle;
import samen.model.Governance;
import samen.model.Leadership;
import samen.model.Network;
import samen.model.NetworkChange;
import samen.model.Motive;
import samen.model.config.CollaborationSettings;
import samen.model.config.InterventionRule;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.ShockSpec;
import samen.model.config.Trigger;
import samen.model.config.TrustSettings;

/**
 * Settings that are valid but can never take effect: a shock, intervention or caption after the
 * last step, a partner joining or leaving after the end, and settings that only act together with
 * another one the file leaves out (next rounds without a goal, an outside facilitator's authority
 * with a partner facilitating, contacts without a ring, initiative of a hierarchical
 * representative, a partner that came for knowledge among partners who do not differ). A student
 * who shortens {@code steps} or leaves out a key should hear that part of the file went silent;
 * these are warnings, since the same file with more steps or the other key is fine. One more
 * warning is of the same kind: trust rates that turn around the pattern the trust mechanism rests
 * on, so what the file meant to show of trust does not appear.
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
            if (o.initiative() > 0 && o.leadership() == Leadership.HIERARCHICAL) {
                warn(warnings, root, source, ScenarioFormat.ORGANISATIONS_KEY, i, "initiative", Message.of("silent.initiative", o.name()));
            }
            if (o.motive().share(Motive.KNOWLEDGE) > 0 && scenario.model().collaboration().diversity() == 0) {
                warn(warnings, root, source, ScenarioFormat.ORGANISATIONS_KEY, i, "motive", Message.of("silent.knowledge", o.name()));
            }
        }
        collaboration(warnings, scenario.model(), root, source);
        TrustSettings trust = scenario.model().trust();
        if (trust.lossRate() <= trust.gainRate()) {
            Node loss = at(root, ScenarioFormat.TRUST_KEY, "loss_rate");
            Node rates = loss != null ? loss : at(root, ScenarioFormat.TRUST_KEY, "gain_rate");
            add(warnings, rates != null ? rates : root, source, ScenarioFormat.TRUST_KEY + ".loss_rate",
                    Message.of("against.trust", trust.lossRate(), trust.gainRate()));
        }
        List<Caption> captions = scenario.captions();
        for (int i = 0; i < captions.size(); i++) {
            long at = captions.get(i).atStep();
            if (at > steps) warn(warnings, root, source, ScenarioFormat.CAPTIONS_KEY, i, "at_step", Message.of("late.caption", at, after));
        }
        warnings.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return warnings;
    }

    /** Collaboration settings that act only together with another one the file leaves out. */
    private static void collaboration(List<Problem> warnings, ModelConfig model, MappingNode root, String source) {
        CollaborationSettings c = model.collaboration();
        if (c.renewal() > 0 && c.goal() == 0) warnCollaboration(warnings, root, source, "renewal", Message.of("silent.renewal", c.renewal()));
        if (c.facilitatorAuthority() < 1 && !c.facilitator().isEmpty()) {
            warnCollaboration(warnings, root, source, "facilitator_authority", Message.of("silent.authority", c.facilitator()));
        }
        if (c.contacts() > 0 && !Network.circles(model).contains(Circle.RING)) {
            warnCollaboration(warnings, root, source, "contacts", Message.of("silent.contacts", c.contacts()));
        }
        boolean ring = model.organisations().stream().anyMatch(o -> o.circle() == Circle.RING);
        if (c.network() == NetworkChange.EVOLVING && (!ring || c.governance() == Governance.SELF_ORGANISING)) {
            warnCollaboration(warnings, root, source, "network", Message.of("silent.network"));
        }
        List<Circle> circles = Network.circles(model);
        if (c.network() == NetworkChange.EVOLVING_TIES && !circles.contains(Circle.RING) && !circles.contains(Circle.FREE)) {
            warnCollaboration(warnings, root, source, "network", Message.of("silent.ties"));
        }
        if (c.governance() == Governance.SELF_ORGANISING) {
            Node ambition = at(root, ScenarioFormat.CONDITIONS_KEY, "ambition", "initial");
            if (ambition != null) add(warnings, ambition, source, "conditions.ambition.initial", Message.of("silent.course"));
        }
    }

    /** The value node at {@code keys} down from {@code root}, or null where the file does not say it. */
    private static Node at(MappingNode root, String... keys) {
        Node node = root;
        for (String key : keys) node = node instanceof MappingNode mapping ? References.value(mapping, key) : null;
        return node;
    }

    private static void warnCollaboration(List<Problem> warnings, MappingNode root, String source, String key, Message message) {
        Node section = References.value(root, ScenarioFormat.COLLABORATION_KEY);
        Node value = at(root, ScenarioFormat.COLLABORATION_KEY, key);
        add(warnings, value != null ? value : section != null ? section : root, source, ScenarioFormat.COLLABORATION_KEY + "." + key, message);
    }

    private static void warn(List<Problem> warnings, MappingNode root, String source, String list, int i, String key, Message message) {
        add(warnings, References.node(root, list, i, key), source, References.path(list, i, key), message);
    }

    private static void add(List<Problem> warnings, Node node, String source, String path, Message message) {
        warnings.add(node.getStartMark()
                .map(m -> new Problem(m.getName(), m.getLine() + 1, m.getColumn() + 1, path, message))
                .orElseGet(() -> new Problem(source, 0, 0, path, message)));
    }
}
