package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import java.util.Map;
import samen.model.Motive;
import samen.model.Motives;

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
        assertThat(s.model().organisations()).extracting(o -> o.motive().single())
                .containsExactly(Motive.MARKET, Motive.COST, Motive.KNOWLEDGE, Motive.PRESSURE);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void theWorkbooksDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, motive: markt}, {name: B, motive: kosten}, "
                + "{name: C, motive: kennis}, {name: D, motive: druk}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.motive().single())
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

    @Test
    void aLegalObligationOrPoliticalPressureIsPointedToWhereTheModelHasIt() {
        assertThat(problems("name: x\norganisations: [{name: A, motive: legal}, {name: B}]\n")).singleElement().asString()
                .startsWith("t.yaml:2:35: organisations.1.motive: 'legal' is not one of the choices")
                .contains("(a partner the law obliges to take part is `participation: mandated`, not a motive)");
        assertThat(problems("name: x\norganisations: [{name: A, motive: Moral appeal}, {name: B}]\n")).singleElement().asString()
                .contains("(political pressure and a moral appeal are `pressure`)");
        assertThat(problems("name: x\norganisations: [{name: A, motive: {politiek: 1}}, {name: B}]\n")).singleElement().asString()
                .contains("(political pressure and a moral appeal are `pressure`)");
    }

    @Test
    void aMixIsReadAsSharesThatAddUpToOne() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, motive: {cost: 0.6, pressure: 0.2}}, "
                + "{name: B, motive: {kennis: 1, markt: 1}}, {name: C, motive: {cost: 0.5, knowledge: 0}}]\n");
        Motives a = s.model().organisations().get(0).motive();
        assertThat(a.share(Motive.COST)).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.share(Motive.PRESSURE)).isEqualTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.share(Motive.MARKET)).isZero();
        assertThat(s.model().organisations().get(1).motive().share(Motive.KNOWLEDGE)).isEqualTo(0.5);
        assertThat(s.model().organisations().get(1).motive().weights()).isEqualTo(Map.of(Motive.MARKET, 1.0, Motive.KNOWLEDGE, 1.0));
        assertThat(s.model().organisations().get(2).motive()).as("a mix of one motive is that motive").isEqualTo(Motives.only(Motive.COST));
        assertThat(s.toCanonicalYaml()).contains("motive: {cost: 0.6, pressure: 0.2}").contains("motive: cost");
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void aWrongMixIsLocatedAtItsWrongPart() {
        assertThat(problems("name: x\norganisations: [{name: A, motive: {cots: 0.5, market: 0.5}}, {name: B}]\n")).singleElement()
                .asString().startsWith("t.yaml:2:36: organisations.1.motive:").contains("(did you mean `cost`?)");
        assertThat(problems("name: x\norganisations: [{name: A, motive: {cost: 1.5}}, {name: B}]\n")).singleElement()
                .asString().startsWith("t.yaml:2:42: organisations.1.motive.cost:").contains("a number from 0 to 1");
        assertThat(problems("name: x\norganisations: [{name: A, motive: {cost: 0.5, kosten: 0.5}}, {name: B}]\n")).singleElement()
                .asString().startsWith("t.yaml:2:47: organisations.1.motive.cost: `cost` is named twice in this mix");
        assertThat(problems("name: x\norganisations: [{name: A, motive: {cost: 0, market: 0}}, {name: B}]\n")).singleElement()
                .asString().startsWith("t.yaml:2:35: organisations.1.motive: every weight in this mix is 0");
        assertThat(problems("name: x\norganisations: [{name: A, motive: [cost, market]}, {name: B}]\n")).singleElement()
                .asString().startsWith("t.yaml:2:35: organisations.1.motive: expected a motive or a mix of motives, got a list")
                .contains("e.g. {cost: 0.6, pressure: 0.4}");
    }
}
