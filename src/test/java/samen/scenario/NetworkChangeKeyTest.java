package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.NetworkChange;

/** {@code collaboration.network}: a network that is fixed (the default), evolves, or whose ties evolve (issue #11, item 3). */
class NetworkChangeKeyTest {

    @Test
    void readsEvolvingInEnglishAndDutchAndFixedByDefault() throws ScenarioException {
        for (String word : new String[] {"evolving", "in beweging", "veranderend", "groeiend"}) {
            Scenario s = Yaml.load("name: x\norganisations: [{name: A}, {name: B, circle: ring}]\ncollaboration: {network: " + word + "}\n");
            assertThat(s.model().collaboration().network()).as(word).isEqualTo(NetworkChange.EVOLVING);
            assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
        }
        assertThat(Yaml.load(Yaml.MINIMAL).model().collaboration().network()).isEqualTo(NetworkChange.FIXED);
    }

    @Test
    void readsEvolvingTiesInEnglishAndDutch() throws ScenarioException {
        for (String word : new String[] {"evolving_ties", "banden in beweging", "netwerkend"}) {
            Scenario s = Yaml.load("name: x\norganisations: [{name: A}, {name: B, circle: free}]\ncollaboration: {network: " + word + "}\n");
            assertThat(s.model().collaboration().network()).as(word).isEqualTo(NetworkChange.EVOLVING_TIES);
            assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
        }
    }

    @Test
    void evolvingTiesWithEveryoneInTheCoreAreWarnedAboutButNotInASelfOrganisingNetwork() throws ScenarioException {
        String everyoneInTheCore = "name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {network: evolving_ties}\n";
        assertThat(ScenarioLoader.prepare(everyoneInTheCore, "t.yaml").checked(List.of()).warnings()).extracting(Problem::format)
                .containsExactly("t.yaml:3:26: collaboration.network: evolving ties only change the contacts of partners outside the core, "
                        + "and every partner is in the core; allowed: some partner with circle: ring or free, governance: self_organising, "
                        + "or network fixed");
        assertThat(ScenarioLoader.prepare(everyoneInTheCore, "t.yaml").checked(List.of("collaboration.governance=self_organising")).warnings())
                .isEmpty();
        String free = "name: x\norganisations: [{name: A}, {name: B, circle: free}]\ncollaboration: {network: evolving_ties}\n";
        assertThat(ScenarioLoader.prepare(free, "t.yaml").checked(List.of()).warnings()).isEmpty();
    }

    @Test
    void anEvolvingNetworkWithoutARingUnderACoreIsWarnedAbout() throws ScenarioException {
        String everyoneInTheCore = "name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {network: evolving}\n";
        assertThat(ScenarioLoader.prepare(everyoneInTheCore, "t.yaml").checked(List.of()).warnings()).extracting(Problem::format)
                .containsExactly("t.yaml:3:26: collaboration.network: an evolving network only moves ring partners into the core, and no "
                        + "partner is in the ring under a core; allowed: some partner with circle: ring (and a governance other than "
                        + "self_organising), or network fixed");
        String ring = "name: x\norganisations: [{name: A}, {name: B, circle: ring}]\ncollaboration: {network: evolving}\n";
        assertThat(ScenarioLoader.prepare(ring, "t.yaml").checked(List.of()).warnings()).isEmpty();
        assertThat(ScenarioLoader.prepare(ring, "t.yaml").checked(List.of("collaboration.governance=self_organising")).warnings())
                .extracting(Problem::key).contains("collaboration.network");
    }

    @Test
    void aMisspeltValueIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {network: evolvng}\n"))
                .singleElement().asString().startsWith("t.yaml:3:26: collaboration.network: 'evolvng' is not one of the choices")
                .contains("(did you mean `evolving`?)", "fixed, evolving, evolving_ties");
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {network: evolving_tie}\n"))
                .singleElement().asString().contains("(did you mean `evolving_ties`?)");
    }
}
