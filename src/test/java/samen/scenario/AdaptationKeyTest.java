package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;

/** {@code collaboration.adaptation}: how readily the partners adapt the structure to the work (issue #11, item 4). */
class AdaptationKeyTest {

    private static final String ORGS = "organisations: [{name: A}, {name: B}]\n";

    @Test
    void readsThePaceAndKeepsTheStructureFixedByDefault() throws ScenarioException {
        assertThat(Yaml.load("name: x\n" + ORGS).model().collaboration().adaptation()).isZero();
        Scenario s = Yaml.load("name: x\n" + ORGS + "collaboration: {structure: 0, adaptation: 0.1}\n");
        assertThat(s.model().collaboration().adaptation()).isEqualTo(0.1);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void anOutOfRangePaceOrAMisspeltKeyIsLocated() {
        assertThat(problems("name: x\n" + ORGS + "collaboration: {adaptation: 2}\n")).containsExactly(
                "t.yaml:3:29: collaboration.adaptation: 2 is out of range; allowed: a number from 0 to 1");
        assertThat(problems("name: x\n" + ORGS + "collaboration: {adaption: 0.1}\n")).singleElement().asString()
                .startsWith("t.yaml:3:17: collaboration.adaption: unknown key `adaption` (did you mean `adaptation`?)");
    }
}
