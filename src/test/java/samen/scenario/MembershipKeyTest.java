package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.Membership;

/** {@code collaboration.membership} (issue #11, item 8): open, selective, or by fit, in English or Dutch. */
class MembershipKeyTest {

    private static Membership read(String value) throws ScenarioException {
        return Yaml.load("name: x\ncollaboration: {membership: " + value + "}\norganisations: [{name: A}, {name: B}]\n")
                .model().collaboration().membership();
    }

    @Test
    void readsEveryValueInBothLanguagesAndRoundTrips() throws ScenarioException {
        assertThat(read("by_fit")).isEqualTo(Membership.BY_FIT);
        assertThat(read("passend")).isEqualTo(Membership.BY_FIT);
        assertThat(read("selectief")).isEqualTo(Membership.SELECTIVE);
        assertThat(read("open")).isEqualTo(Membership.OPEN);
        Scenario s = Yaml.load("name: x\ncollaboration: {membership: by_fit}\norganisations: [{name: A}, {name: B}]\n");
        assertThat(s.toCanonicalYaml()).contains("membership: by_fit");
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void aMisspeltValueIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\ncollaboration: {membership: by_fitt}\norganisations: [{name: A}, {name: B}]\n")).singleElement()
                .asString().startsWith("t.yaml:2:29: collaboration.membership: 'by_fitt' is not one of the choices "
                        + "(did you mean `by_fit`?); allowed: one of open, selective, by_fit");
    }
}
