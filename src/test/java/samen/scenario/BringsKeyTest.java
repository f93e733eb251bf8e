package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import samen.model.Resource;
import samen.model.ResourceMix;

/** Operational fit's key (issue #11, item 2): the kind of resource each partner brings, named, mixed or drawn per seed. */
class BringsKeyTest {

    private static List<ResourceMix> kinds(Resource... kinds) {
        return List.of(kinds).stream().map(ResourceMix::only).toList();
    }

    @Test
    void readsANamedKindADrawAMixAndNoneAsNothingNamed() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                organisations:
                  - {name: Alpha}
                  - {name: Beta, brings: finance}
                  - {name: Gamma, brings: {one_of: [production, market]}}
                  - {name: Delta, brings: none}
                  - {name: Epsilon, brings: {production: 0.6, knowledge: 0.4}}
                  - {name: Zeta, brings: {market: 1, finance: 0}}
                """);
        ResourceMix mix = s.model().organisations().get(4).brings().get(0);
        assertThat(s.model().organisations()).extracting(o -> o.brings()).containsExactly(List.of(), kinds(Resource.FINANCE),
                kinds(Resource.PRODUCTION, Resource.MARKET), List.of(), List.of(mix), kinds(Resource.MARKET));
        assertThat(mix.share(Resource.PRODUCTION)).isEqualTo(0.6);
        assertThat(mix.share(Resource.KNOWLEDGE)).isEqualTo(0.4);
        assertThat(mix).hasToString("production 0.60, knowledge 0.40");
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    /** Weights need not add up to 1: each kind holds its weight's share of the capacity, as a motive mix does. */
    @Test
    void weightsAreScaledToShares() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, brings: {production: 1, knowledge: 1}}, {name: B}]\n");
        ResourceMix mix = s.model().organisations().get(0).brings().get(0);
        assertThat(mix.weights()).isEqualTo(Map.of(Resource.PRODUCTION, 1.0, Resource.KNOWLEDGE, 1.0));
        assertThat(mix.share(Resource.PRODUCTION)).isEqualTo(0.5);
        assertThat(mix.share(Resource.MARKET)).isZero();
    }

    @Test
    void theSeedsDutchWordsAreUnderstood() throws ScenarioException {
        Scenario s = Yaml.load("name: x\norganisations: [{name: A, brings: kennis}, {name: B, brings: {one_of: [financien, markt]}},"
                + " {name: C, brings: {productie: 0.5, kennis: 0.5}}]\n");
        assertThat(s.model().organisations()).extracting(o -> o.brings()).containsExactly(kinds(Resource.KNOWLEDGE),
                kinds(Resource.FINANCE, Resource.MARKET), List.of(ResourceMix.mix(Map.of(Resource.PRODUCTION, 0.5, Resource.KNOWLEDGE, 0.5))));
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
                .contains("organisations.1.brings: expected a kind, a mix of kinds with a weight for each, or {one_of: [..]}");
    }

    @Test
    void aWrongMixIsLocatedAtItsKeyOrWeight() {
        assertThat(problems("name: x\norganisations:\n  - {name: A, brings: {production: 0.5, knowlege: 0.5}}\n  - {name: B}\n"))
                .singleElement().asString().startsWith("t.yaml:3:41: organisations.1.brings: 'knowlege' is not one of the choices "
                        + "(did you mean `knowledge`?); allowed: one of finance, production, knowledge, market");
        assertThat(problems("name: x\norganisations: [{name: A, brings: {production: 0.5, knowledge: -0.5}}, {name: B}]\n"))
                .singleElement().asString().contains("organisations.1.brings.knowledge: ").contains("from 0 to 1");
        assertThat(problems("name: x\norganisations: [{name: A, brings: {production: 0, knowledge: 0}}, {name: B}]\n"))
                .singleElement().asString().contains("organisations.1.brings: every weight in this mix is 0");
        assertThat(problems("name: x\norganisations: [{name: A, brings: {production: 0.5, productie: 0.5}}, {name: B}]\n"))
                .singleElement().asString().contains("organisations.1.brings.production: `production` is named twice");
        assertThat(problems("name: x\norganisations: [{name: A, brings: {none: 0.5, market: 0.5}}, {name: B}]\n"))
                .singleElement().asString().contains("organisations.1.brings: 'none' is not one of the choices");
    }

    @Test
    void aDrawBesideWeightsIsLocatedAtOneOf() {
        assertThat(problems("name: x\norganisations:\n  - {name: A, brings: {production: 0.5, one_of: [finance, market]}}\n  - {name: B}\n"))
                .singleElement().asString().startsWith("t.yaml:3:41: organisations.1.brings.one_of: `one_of` draws one kind per seed "
                        + "and cannot stand beside weights");
    }
}
