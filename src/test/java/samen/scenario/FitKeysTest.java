package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.StartingPoint;

/** Partner fit's keys (issue #11, item 2): each partner's starting point and culture. */
class FitKeysTest {

    @Test
    void readsStartingPointsAndCulturesWithTodaysDefaults() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: Alpha}
                  - {name: Beta, starting_point: solution, culture: market}
                  - {name: Gamma, starting_point: opportunity}
                  - {name: Delta, starting_point: form}
                """);
        var m = s.model();
        assertThat(m.organisations()).extracting(o -> o.startingPoint())
                .containsExactly(StartingPoint.PROBLEM, StartingPoint.SOLUTION, StartingPoint.OPPORTUNITY, StartingPoint.FORM);
        assertThat(m.organisations()).extracting(o -> o.culture()).containsExactly("", "market", "", "");
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void theSeedsDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, starting_point: vraagstuk}, {name: B, starting_point: oplossing}, "
                + "{name: C, starting_point: kans}, {name: D, starting_point: vorm}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.startingPoint())
                .containsExactly(StartingPoint.PROBLEM, StartingPoint.SOLUTION, StartingPoint.OPPORTUNITY, StartingPoint.FORM);
    }

    @Test
    void anUnknownStartingPointIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations:\n  - {name: A, starting_point: soluton}\n  - {name: B}\n")).singleElement()
                .asString().startsWith("t.yaml:3:31: organisations.1.starting_point: 'soluton' is not one of the choices "
                        + "(did you mean `solution`?); allowed: one of problem, solution, opportunity, form");
        assertThat(problems("name: x\norganisations: [{name: A, startingpoint: form}, {name: B}]\n")).singleElement().asString()
                .contains("unknown key `startingpoint` (did you mean `starting_point`?)");
        assertThat(problems("name: x\norganisations: [{name: A, culture: [a, b]}, {name: B}]\n")).singleElement().asString()
                .contains("organisations.1.culture");
    }
}
