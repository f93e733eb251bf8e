package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings.PowerDistribution;

/** The files students start from: every one loads, round-trips and points editors to the schema. */
class BundledScenariosTest {

    static Stream<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.list(Yaml.home().resolve("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void loadsAndRoundTrips(Path file) throws Exception {
        Scenario scenario = ScenarioLoader.load(file, List.of());
        assertThat(ScenarioLoader.parse(scenario.toCanonicalYaml(), "canonical", List.of())).isEqualTo(scenario);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=../docs/scenario.schema.json");
    }

    @Test
    void defaultIsSixNamedPartnersWithEqualPower() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(Yaml.home().resolve("scenarios/default.yaml"), List.of());
        assertThat(scenario.model().organisations()).extracting(OrganisationSpec::name).containsExactly(
                "Municipality", "Housing association", "Home-care provider", "GP cooperative",
                "Welfare foundation", "Health insurer");
        assertThat(scenario.model().power().distribution()).isEqualTo(PowerDistribution.EQUAL);
        assertThat(scenario.slug()).isEqualTo("zorg-in-de-wijk");
    }

    @Test
    void onePowerFileperDistributionWithTheSamePartners() throws ScenarioException {
        List<OrganisationSpec> partners = null;
        for (PowerDistribution distribution : PowerDistribution.values()) {
            Path file = Yaml.home().resolve("scenarios/power-" + distribution.key() + ".yaml");
            Scenario scenario = ScenarioLoader.load(file, List.of());
            assertThat(scenario.model().power().distribution()).isEqualTo(distribution);
            if (partners == null) partners = scenario.model().organisations();
            assertThat(scenario.model().organisations()).isEqualTo(partners);
        }
        Scenario standard = ScenarioLoader.load(Yaml.home().resolve("scenarios/default.yaml"), List.of());
        assertThat(standard.model().organisations()).isEqualTo(partners);
    }

    @Test
    void templateLoadsAndCarriesTheSchemaLine() throws ScenarioException {
        String template = ScenarioTemplate.forNew("Mijn scenario", "../docs/scenario.schema.json");
        assertThat(template).startsWith("# yaml-language-server: $schema=../docs/scenario.schema.json\n");
        Scenario scenario = Yaml.load(template);
        assertThat(scenario.name()).isEqualTo("Mijn scenario");
        // every key of the format is present with its explanation
        for (Field field : ScenarioFormat.TRUST.fields()) {
            assertThat(template).contains("# " + field.doc() + "\n  " + field.key() + ": ");
        }
        assertThat(template).contains("count: 6");
    }
}
