package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.Joining;

/** Candidates nobody planned (issue #11, item 8; seed 002 advice 5): {@code organisations.*.joins}, planned by default. */
class JoiningKeysTest {

    @Test
    void readsCandidatesWithPlannedAsTheDefault() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: A}
                  - {name: B, joins: planned}
                  - {name: C, joins: invited}
                  - {name: D, joins: sought}
                """);
        assertThat(s.model().organisations()).extracting(o -> o.joins())
                .containsExactly(Joining.PLANNED, Joining.PLANNED, Joining.INVITED, Joining.SOUGHT);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void theDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, joins: gepland}, {name: B}, {name: C, joins: uitgenodigd}, "
                + "{name: D, joins: gezocht}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.joins())
                .containsExactly(Joining.PLANNED, Joining.PLANNED, Joining.INVITED, Joining.SOUGHT);
    }

    @Test
    void anUnknownWayOfJoiningIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations: [{name: A, joins: invted}, {name: B}]\n")).singleElement().asString()
                .startsWith("t.yaml:2:34: organisations.1.joins:")
                .contains("(did you mean `invited`?); allowed: one of planned, invited, sought");
    }

    @Test
    void aCandidateIsNoFoundingPartner() {
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B, joins: invited}]\n")).singleElement().asString()
                .startsWith("t.yaml:2:16: organisations: 1 organisation(s) start the collaboration");
    }

    @Test
    void aCandidateIsNotAlsoPlanned() {
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}, {name: C, joins: invited, joins_at: 40}]\n"))
                .singleElement().asString()
                .startsWith("t.yaml:2:75: organisations.3.joins_at: C is a candidate (joins: invited) and also planned to join at step 40");
        assertThat(problems("name: x\norganisations: [{name: A}, {name: B}, {name: C, joins: sought, joins_at: 40}]\n"))
                .singleElement().asString()
                .startsWith("t.yaml:2:74: organisations.3.joins_at: C is a candidate (joins: sought) and also planned to join at step 40");
    }
}
