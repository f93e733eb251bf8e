package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;

/** {@code collaboration.relational_rent}: the share of the synergy's surplus that depends on how the partners work together. */
class RelationalRentKeyTest {

    private static final String ORGS = "organisations: [{name: A}, {name: B}]\n";

    @Test
    void readsTheShareAndLeavesTheSynergyAloneByDefault() throws ScenarioException {
        assertThat(Yaml.load("name: x\n" + ORGS).model().collaboration().relationalRent()).isZero();
        Scenario s = Yaml.load("name: x\n" + ORGS + "collaboration: {relational_rent: 0.5}\n");
        assertThat(s.model().collaboration().relationalRent()).isEqualTo(0.5);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void anOutOfRangeShareOrAMisspeltKeyIsLocated() {
        assertThat(problems("name: x\n" + ORGS + "collaboration: {relational_rent: 1.5}\n")).containsExactly(
                "t.yaml:3:34: collaboration.relational_rent: 1.5 is out of range; allowed: a number from 0 to 1");
        assertThat(problems("name: x\n" + ORGS + "collaboration: {relational_rents: 1}\n")).singleElement().asString()
                .startsWith("t.yaml:3:17: collaboration.relational_rents: unknown key `relational_rents` (did you mean `relational_rent`?)");
    }
}
