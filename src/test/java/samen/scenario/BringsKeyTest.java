package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.Resource;

/** Operational fit's key (issue #11, item 2): the kind of resource each partner brings, named or drawn per seed. */
class BringsKeyTest {

    @Test
    void readsANamedKindADrawAndNoneAsNothingNamed() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: Alpha}
                  - {name: Beta, brings: finance}
                  - {name: Gamma, brings: {one_of: [production, market]}}
                  - {name: Delta, brings: none}
                """);
        assertThat(s.model().organisations()).extracting(o -> o.brings())
                .containsExactly(List.of(), List.of(Resource.FINANCE), List.of(Resource.PRODUCTION, Resource.MARKET), List.of());
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void theSeedsDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, brings: kennis}, {name: B, brings: {one_of: [financien, markt]}}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.brings())
                .containsExactly(List.of(Resource.KNOWLEDGE), List.of(Resource.FINANCE, Resource.MARKET));
    }

    @Test
    void aMisspeltKindOrDrawIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations:\n  - {name: A, brings: knowlege}\n  - {name: B}\n")).singleElement()
                .asString().startsWith("t.yaml:3:23: organisations.1.brings: 'knowlege' is not one of the choices "
                        + "(did you mean `knowledge`?); allowed: one of finance, production, knowledge, market, none");
        assertThat(problems("name: x\norganisations: [{name: A, brings: {one_off: [finance]}}, {name: B}]\n")).singleElement().asString()
                .contains("organisations.1.brings.one_off: unknown key `one_off` (did you mean `one_of`?)");
        assertThat(problems("name: x\norganisations: [{name: A, brings: {one_of: [finance, mony]}}, {name: B}]\n")).singleElement()
                .asString().contains("organisations.1.brings.one_of.2: 'mony'");
        assertThat(problems("name: x\norganisations: [{name: A, brings: [finance]}, {name: B}]\n")).singleElement().asString()
                .contains("organisations.1.brings: expected one of the choices, or {one_of: [..]}");
    }
}
