package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.Governance;

/** {@code collaboration.governance}, with the self-organising network (issue #11, item 6). */
class GovernanceKeyTest {

    @Test
    void readsSelfOrganisingInEnglishAndDutch() throws ScenarioException {
        for (String word : new String[] {"self_organising", "zelforganiserend", "zelforganiserend netwerk"}) {
            Scenario s = Yaml.load("name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {governance: " + word + "}\n");
            assertThat(s.model().collaboration().governance()).as(word).isEqualTo(Governance.SELF_ORGANISING);
            assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
        }
    }

    @Test
    void aMisspeltModeIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {governance: self_organizing}\n"))
                .singleElement().asString().startsWith("t.yaml:3:29: collaboration.governance: 'self_organizing' is not one of the choices")
                .contains("(did you mean `self_organising`?)", "shared, lead, administrative, self_organising");
    }
}
