package samen.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import samen.model.Leadership;
import samen.model.config.CollaborationSettings;
import samen.model.config.ConditionSettings;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings;
import samen.model.config.TrustSettings;

/**
 * A complete, commented starter scenario for {@code samen new NAME}: every key with its default,
 * its explanation and what is allowed, all taken from the format's field definitions, so the
 * template cannot drift from what the loader accepts.
 */
public final class ScenarioTemplate {

    private static final String HEADER = """
            # A samen scenario: partners, power, trust and the collaboration's process.
            # Change a value, save, and run it with:  samen run <this file>
            # Only `name` and `organisations` are required; any other key you delete takes the
            # value shown here (its default). After each value: what is allowed.
            #
            # What to try first (one change at a time; run, then read the outcome and its story):
            #   1. Run it as it is. The three representatives lead differently (a relationship
            #      builder, a designer, a champion), so between them every condition gets attention.
            #   2. Give all three `leadership: hierarchical`: nobody tends the relation and the
            #      interests any more. Which condition is neglected now, and what happens to trust?
            #   3. Back to step 1, then `power.distribution: dominant`: Partner A dominates.
            #   4. `collaboration.start_phase: agree`: skip exploring and sharing, storm to the contract.
            #   5. Add an intervention (see `interventions:` below) and see whether it helps.
            # Or without editing:  samen run <this file> --set power.distribution=dominant
            """;

    private static final String ORGANISATIONS_NOTE = """
            The partners, in order (under `power.distribution: dominant` the FIRST one dominates).
            Their representatives lead in different ways on purpose (`leadership:`): each signature
            attends to other conditions, and three of the same leave some conditions untended.
            Every attribute may be a number, or a distribution drawn from when the run starts:
              loyalty: {uniform: [0.4, 0.8]}            anywhere between 0.4 and 0.8
              loyalty: {normal: {mean: 0.6, sd: 0.1}}   around 0.6, kept inside the allowed range
            Instead of a list you can generate a population (named "Partner 1", "Partner 2", ...):
              organisations:
                count: 6
                autonomy: {uniform: [0.3, 0.7]}
                loyalty: {normal: {mean: 0.6, sd: 0.1}}
                interests: {collective: 0.5, organisational: {uniform: [0.2, 0.8]}, individual: 0.3}
            """;

    private static final String INTERVENTIONS_NOTE = """
            Interventions (seed 004): visioning, convening, reflective_intervention, process_managing,
            problem_structuring, brokering, conflict_handling, institutional_entrepreneurship. Each costs
            energy and time, and some need a precondition (see docs/MODEL.md). For example:
              interventions:
                - {type: visioning, when: "ambition below 0.3", cooldown: 30}
                - {type: institutional_entrepreneurship, when: "entering shape"}
                - {type: conflict_handling, when: "step 60"}
            """;

    private static final String SHOCKS_NOTE = """
            Context shocks, for example:
              shocks:
                - {at_step: 80, kind: budget_cut, partner: "Partner B", size: 0.4}
            """;

    private static final String HISTORY_NOTE = """
            A history between two partners (an enemy image), for example:
              history:
                - {partner: "Partner A", other: "Partner C", trust: 0.1, vigilance: 0.8}
            """;

    private static final String LEADERSHIP = "leadership";

    private ScenarioTemplate() {
    }

    /**
     * @param name      the scenario's name
     * @param schemaRef where editors find the JSON Schema, e.g. {@code ../docs/scenario.schema.json}
     * @throws ScenarioException when the name would make an invalid file (too long, say); the
     *                           problems are those the loader gives the written text
     */
    public static String forNew(String name, String schemaRef) throws ScenarioException {
        Scenario example = Scenario.of(name, "What this scenario is about, and what to look for when it runs.",
                (Long) ScenarioFormat.ROOT.field(ScenarioFormat.SEED).orElseThrow().type().fallback(),
                ((Long) ScenarioFormat.ROOT.field(ScenarioFormat.STEPS).orElseThrow().type().fallback()).intValue(),
                new ModelConfig(List.of(partner("Partner A", Leadership.RELATIONSHIP_BUILDER),
                        partner("Partner B", Leadership.DESIGNER), partner("Partner C", Leadership.CHAMPION)),
                        (PowerSettings) ScenarioFormat.POWER.fallback(),
                        (TrustSettings) ScenarioFormat.TRUST.fallback(),
                        (CollaborationSettings) ScenarioFormat.COLLABORATION.fallback(),
                        (ConditionSettings) ScenarioFormat.CONDITIONS.fallback(), List.of(), List.of(), List.of()));
        String text = "# yaml-language-server: $schema=" + schemaRef + "\n" + HEADER
                + YamlWriter.commented(ScenarioFormat.ROOT, example, Map.of(
                        ScenarioFormat.ORGANISATIONS_KEY, ORGANISATIONS_NOTE,
                        ScenarioFormat.INTERVENTIONS_KEY, INTERVENTIONS_NOTE,
                        ScenarioFormat.SHOCKS_KEY, SHOCKS_NOTE,
                        ScenarioFormat.HISTORY_KEY, HISTORY_NOTE));
        ScenarioLoader.parse(text, "the new scenario", List.of()); // what we write must load as it is
        return text;
    }

    // A partner with every attribute at its default but its leadership.
    private static OrganisationSpec partner(String name, Leadership leadership) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : ScenarioFormat.ORGANISATION.fields()) values.put(field.key(), field.type().fallback());
        values.put(ScenarioFormat.ORGANISATION.fields().get(0).key(), name);
        values.put(LEADERSHIP, leadership);
        return (OrganisationSpec) ScenarioFormat.ORGANISATION.binding().build(values);
    }
}
