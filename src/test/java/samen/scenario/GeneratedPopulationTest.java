package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import samen.model.config.Distribution;
import samen.model.config.InterestSpec;
import samen.model.config.OrganisationSpec;

/** {@code organisations: {count: N, ...}} becomes N named members sharing the given distributions. */
class GeneratedPopulationTest {

    private static final String GENERATED = """
            name: generated
            organisations:
              count: 6
              autonomy: {uniform: [0.3, 0.7]}
              loyalty: {normal: {mean: 0.6, sd: 0.1}}
              capacity: {normal: {mean: 5, sd: 2}}
              opportunism: 0.1
              interests: {collective: 0.5, organisational: {uniform: [0.2, 0.8]}, individual: 0.3}
            """;

    @Test
    void generatesNamedMembersWithDistributions() throws ScenarioException {
        var organisations = Yaml.load(GENERATED).model().organisations();
        assertThat(organisations).extracting(OrganisationSpec::name)
                .containsExactly("Partner 1", "Partner 2", "Partner 3", "Partner 4", "Partner 5", "Partner 6");
        OrganisationSpec first = organisations.get(0);
        assertThat(first.autonomy()).isEqualTo(new Distribution.Uniform(0.3, 0.7));
        assertThat(first.loyalty()).isEqualTo(new Distribution.Normal(0.6, 0.1, 0, 1)); // clamped to loyalty's range
        assertThat(first.capacity()).isEqualTo(new Distribution.Normal(5, 2, 0.01, 1000));
        assertThat(first.opportunism()).isEqualTo(new Distribution.Constant(0.1));
        assertThat(first.alternative()).isEqualTo(new Distribution.Constant(1.0)); // the default
        assertThat(first.interests()).isEqualTo(new InterestSpec(Distribution.of(0.5),
                new Distribution.Uniform(0.2, 0.8), Distribution.of(0.3)));
        assertThat(organisations).allSatisfy(o -> assertThat(o.loyalty()).isEqualTo(first.loyalty()));
    }

    @Test
    void canonicalFormListsTheGeneratedMembers() throws ScenarioException {
        Scenario scenario = Yaml.load(GENERATED);
        String canonical = scenario.toCanonicalYaml();
        assertThat(canonical).contains("  - name: \"Partner 6\"\n", "    loyalty: {normal: {mean: 0.6, sd: 0.1}}\n",
                "    autonomy: {uniform: [0.3, 0.7]}\n").doesNotContain("count");
        assertThat(Yaml.load(canonical)).isEqualTo(scenario);
    }

    @Test
    void generatedFormNeedsACountAndHasNoNames() {
        assertThat(Yaml.problems("name: g\norganisations: {loyalty: 0.5}\n")).containsExactly(
                "t.yaml:2:16: organisations.count: required key is missing; allowed: a whole number from 2 to 4096");
        assertThat(Yaml.problems("name: g\norganisations: {count: 3, name: X}\n")).singleElement().asString()
                .startsWith("t.yaml:2:27: organisations.name: unknown key `name`; allowed: count, autonomy, capacity");
    }
}
