package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.Circle;

/** The interaction network's keys (issue #11, items 3 and 10): circle per partner, collaboration.contacts. */
class NetworkKeysTest {

    @Test
    void readsCirclesAndContactsWithTodaysDefaults() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: Alpha}
                  - {name: Beta, circle: ring}
                  - {name: Gamma, circle: free}
                collaboration: {contacts: 4}
                """);
        var m = s.model();
        assertThat(m.organisations()).extracting(o -> o.circle()).containsExactly(Circle.CORE, Circle.RING, Circle.FREE);
        assertThat(m.collaboration().contacts()).isEqualTo(4);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
        Scenario plain = Yaml.load("name: x\norganisations: [{name: A}, {name: B}]\n");
        assertThat(plain.model().organisations()).allMatch(o -> o.circle() == Circle.CORE);
        assertThat(plain.model().collaboration().contacts()).as("0: all, as before the network").isZero();
    }

    @Test
    void theSeedsDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, circle: kern}, {name: B, circle: complementaire ring}, "
                + "{name: C, circle: vrije ruimte}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.circle()).containsExactly(Circle.CORE, Circle.RING, Circle.FREE);
    }

    @Test
    void aGeneratedPopulationCanStandInTheRing() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: {count: 2000, circle: ring}\ncollaboration: {contacts: 8}\n");
        assertThat(s.model().organisations()).hasSize(2000).allMatch(o -> o.circle() == Circle.RING);
    }

    @Test
    void anUnknownCircleSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations: [{name: A, circle: rign}, {name: B}]\n")).singleElement().asString()
                .contains("organisations.1.circle: 'rign' is not one of the choices (did you mean `ring`?); allowed: one of core, ring, free");
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {contact: 3}\n")).singleElement()
                .asString().contains("unknown key `contact` (did you mean `contacts`?)");
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}]\ncollaboration: {contacts: -1}\n")).singleElement()
                .asString().startsWith("t.yaml:3:27: collaboration.contacts:");
    }

    @Test
    void theCoreStaysSmallEnoughToMeetEveryoneEveryStep() {
        assertThat(problems("name: x\norganisations: {count: 1001}\n")).singleElement().asString()
                .contains("t.yaml:2:16: organisations: 1001 organisations are in the core; allowed: at most 1000");
        assertThat(problems("name: x\norganisations: {count: 4097, circle: ring}\n")).singleElement().asString()
                .contains("organisations.count");
    }
}
