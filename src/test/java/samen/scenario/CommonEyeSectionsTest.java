package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.Intervention;
import samen.model.Leadership;
import samen.model.Phase;
import samen.model.ShockKind;
import samen.model.config.Trigger;

/** The sections issue #3 added: people, conditions, interventions, shocks, histories. */
class CommonEyeSectionsTest {

    private static final String ORGS = "organisations: [{name: Alpha}, {name: Beta}]\n";

    @Test
    void readsEveryNewSection() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: Alpha, leadership: hierarchical, mandate: 0.2, turnover: 0.05, leaves_at: 80}
                  - {name: Beta}
                  - {name: Gamma, joins_at: 40}
                conditions:
                  ambition: {initial: 0.9, attention: 0}
                interventions:
                  - {type: visioning, when: "ambition below 0.3", cooldown: 30}
                  - {type: process_managing, when: "every 10 steps"}
                  - {type: conflict_handling, when: "entering agree"}
                  - {type: brokering, when: "step 12"}
                shocks:
                  - {at_step: 50, kind: budget_cut, partner: Beta, size: 0.4}
                history:
                  - {partner: Alpha, other: Gamma, trust: 0.05}
                """);
        var m = s.model();
        assertThat(m.organisations().get(0).leadership()).isEqualTo(Leadership.HIERARCHICAL);
        assertThat(m.organisations().get(0).leavesAt()).isEqualTo(80);
        assertThat(m.organisations().get(2).joinsAt()).isEqualTo(40);
        assertThat(m.conditions().ambition().initial()).isEqualTo(0.9);
        assertThat(m.conditions().relation().attention()).isEqualTo(1.0);
        assertThat(m.interventions()).extracting(r -> r.type()).containsExactly(Intervention.VISIONING,
                Intervention.PROCESS_MANAGING, Intervention.CONFLICT_HANDLING, Intervention.BROKERING);
        assertThat(m.interventions()).extracting(r -> r.when()).containsExactly(new Trigger.Below("ambition", 0.3),
                new Trigger.Every(10), new Trigger.OnPhase(Phase.AGREE), new Trigger.AtStep(12));
        assertThat(m.interventions().get(0).cooldown()).isEqualTo(30);
        assertThat(m.shocks().get(0).kind()).isEqualTo(ShockKind.BUDGET_CUT);
        assertThat(m.history().get(0).vigilance()).as("default").isEqualTo(0.8);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void aTriggerThatIsNoTriggerSaysWhatIs() {
        assertThat(problems("name: x\n" + ORGS + "interventions: [{type: visioning, when: tomorrow}]\n")).singleElement()
                .asString().startsWith("t.yaml:3:41: interventions.1.when: 'tomorrow' is not a trigger; allowed: \"step N\"");
    }

    @Test
    void aTriggerOnSomethingUnmeasuredSuggestsTheGauge() {
        assertThat(problems("name: x\n" + ORGS + "interventions: [{type: visioning, when: ambiton below 0.3}]\n"))
                .singleElement().asString().contains("interventions.1.when: 'ambiton' is nothing the model measures (did you mean `ambition`?)");
        assertThat(problems("name: x\n" + ORGS + "interventions: [{type: visioning, when: entering contract}]\n"))
                .singleElement().asString().contains("'contract' is not a phase");
        assertThat(problems("name: x\n" + ORGS + "interventions: [{type: visioning, when: energy below 1.5}]\n"))
                .singleElement().asString().contains("threshold 1.5 is above 1");
    }

    @Test
    void anUnknownInterventionListsTheEight() {
        assertThat(problems("name: x\n" + ORGS + "interventions: [{type: visionning, when: step 3}]\n")).singleElement()
                .asString().contains("interventions.1.type: 'visionning' is not one of the choices (did you mean `visioning`?); "
                        + "allowed: one of visioning, convening, reflective_intervention, process_managing, problem_structuring, "
                        + "brokering, conflict_handling, institutional_entrepreneurship");
    }

    @Test
    void shocksHistoriesCarriersAndTheFacilitatorMustNameExistingPartners() {
        assertThat(problems("name: x\n" + ORGS + "shocks: [{at_step: 5, kind: budget_cut, partner: Alfa}]\n")).containsExactly(
                "t.yaml:3:50: shocks.1.partner: no organisation is named 'Alfa' (did you mean `Alpha`?); allowed: 'Alpha', 'Beta'");
        assertThat(problems("name: x\n" + ORGS + "interventions: [{type: visioning, when: step 3, by: Alfa}]\n")).containsExactly(
                "t.yaml:3:53: interventions.1.by: no organisation is named 'Alfa' (did you mean `Alpha`?); allowed: 'Alpha', 'Beta'");
        assertThat(problems("name: x\n" + ORGS + "collaboration: {facilitator: Bta}\n")).containsExactly(
                "t.yaml:3:30: collaboration.facilitator: no organisation is named 'Bta' (did you mean `Beta`?); allowed: 'Alpha', 'Beta'");
        assertThat(problems("name: x\n" + ORGS + "history: [{partner: Alpha, other: Alpha}]\n")).containsExactly(
                "t.yaml:3:35: history.1.other: a history needs two different organisations; allowed: a name other than 'Alpha'");
    }

    @Test
    void aCollaborationNeedsTwoFoundingPartners() {
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B, joins_at: 10}]\n")).containsExactly(
                "t.yaml:2:16: organisations: 1 organisation(s) start the collaboration; allowed: at least two with joins_at 0 that are not candidates (joins: planned; founding partners)");
    }
}
