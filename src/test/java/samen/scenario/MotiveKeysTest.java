package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.Motive;

/** Why each partner is at the table (issue #11, item 1): {@code organisations.*.motive}, market by default. */
class MotiveKeysTest {

    @Test
    void readsMotivesWithMarketAsTheDefault() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: A}
                  - {name: B, motive: cost}
                  - {name: C, motive: knowledge}
                  - {name: D, motive: pressure}
                """);
        assertThat(s.model().organisations()).extracting(o -> o.motive())
                .containsExactly(Motive.MARKET, Motive.COST, Motive.KNOWLEDGE, Motive.PRESSURE);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void theWorkbooksDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, motive: markt}, {name: B, motive: kosten}, "
                + "{name: C, motive: kennis}, {name: D, motive: druk}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.motive())
                .containsExactly(Motive.MARKET, Motive.COST, Motive.KNOWLEDGE, Motive.PRESSURE);
    }

    @Test
    void aKnowledgePartnerAmongPartnersWhoDoNotDifferIsAWarning() throws ScenarioException {
        String text = "name: x\norganisations: [{name: A, motive: knowledge}, {name: B}]\ncollaboration: {diversity: 0}\n";
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of()).warnings()).extracting(Problem::format)
                .containsExactly("t.yaml:2:35: organisations.1.motive: A came for knowledge, but the partners do not differ "
                        + "(collaboration.diversity 0), so there is nothing to learn from them; allowed: a diversity above 0, or another motive");
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of("collaboration.diversity=0.4")).warnings()).isEmpty();
    }

    @Test
    void anUnknownMotiveIsLocatedAndSuggestsTheNearest() {
        assertThat(problems("name: x\norganisations: [{name: A, motive: knowlege}, {name: B}]\n")).singleElement().asString()
                .startsWith("t.yaml:2:35: organisations.1.motive:")
                .contains("(did you mean `knowledge`?); allowed: one of market, cost, knowledge, pressure");
    }
}
