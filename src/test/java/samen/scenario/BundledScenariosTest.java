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
import samen.model.Joining;
import samen.model.Specs;
import samen.model.config.CollaborationSettings;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings.PowerDistribution;

/** The files students start from: every one loads, round-trips and points editors to the schema. */
class BundledScenariosTest {

    static Stream<Path> bundled() throws IOException {
        return Stream.of("scenarios", "scenarios/archetypes", "scenarios/advice", "scenarios/cases", "scenarios/demo", "scenarios/fit",
                        "scenarios/network")
                .flatMap(BundledScenariosTest::yamlIn);
    }

    private static Stream<Path> yamlIn(String dir) {
        try (Stream<Path> files = Files.list(Yaml.home().resolve(dir))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void loadsAndRoundTrips(Path file) throws Exception {
        Scenario scenario = ScenarioLoader.load(file, List.of());
        assertThat(ScenarioLoader.parse(scenario.toCanonicalYaml(), "canonical", List.of())).isEqualTo(scenario);
        String up = Yaml.home().resolve("scenarios").relativize(file.getParent()).toString().isEmpty() ? "../" : "../../";
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=" + up + "docs/scenario.schema.json");
    }

    /** Seed 004's nine archetypes, each with a remedy twin that differs only in its interventions. */
    @Test
    void everyArchetypeHasARemedyTwinThatOnlyAddsInterventions() throws Exception {
        List<Path> archetypes = yamlIn("scenarios/archetypes").filter(f -> !f.toString().endsWith("-remedy.yaml")).toList();
        assertThat(archetypes).hasSize(9);
        for (Path file : archetypes) {
            Path twin = file.resolveSibling(file.getFileName().toString().replace(".yaml", "-remedy.yaml"));
            ModelConfig archetype = ScenarioLoader.load(file, List.of()).model();
            ModelConfig remedy = ScenarioLoader.load(twin, List.of()).model();
            assertThat(archetype.interventions()).as(file.toString()).isEmpty();
            assertThat(remedy.interventions()).as(twin.toString()).isNotEmpty();
            assertThat(new ModelConfig(remedy.organisations(), remedy.power(), remedy.trust(), remedy.collaboration(),
                    remedy.conditions(), List.of(), remedy.shocks(), remedy.history())).as(twin.toString()).isEqualTo(archetype);
            assertThat(Files.readString(file)).as(file.toString())
                    .contains("# ARCHETYPE (seed 004): ", "# WHAT TO POINT OUT", "# THINGS TO TRY", "# Intended failure family: ");
        }
    }

    /**
     * Seed 002's advice (issue #11, item 9): each followed in one file and ignored in its twin, the two
     * differing only in the advice (the interventions, a partner's planned farewell, the weight of
     * the structure and its adaptation, how clearly successes are marked, or candidates nobody planned).
     */
    @Test
    void everyAdviceHasATwinThatIgnoresIt() throws Exception {
        List<Path> followed = yamlIn("scenarios/advice")
                .filter(f -> !f.toString().endsWith("-ignored.yaml") && !f.getFileName().toString().startsWith("act-small")).toList();
        assertThat(followed).isNotEmpty();
        for (Path file : followed) {
            Path twin = file.resolveSibling(file.getFileName().toString().replace(".yaml", "-ignored.yaml"));
            ModelConfig advice = ScenarioLoader.load(file, List.of()).model();
            ModelConfig ignored = ScenarioLoader.load(twin, List.of()).model();
            assertThat(advice).as(file.toString()).isNotEqualTo(ignored);
            assertThat(withoutAdvice(advice)).as(twin.toString()).isEqualTo(withoutAdvice(ignored));
            assertThat(Files.readString(file)).as(file.toString())
                    .containsPattern("# ADVICE \\(seed 002, advice \\d\\): ")
                    .contains("# THE PAIR", "# WHAT THE MODEL SHOWS", "# THINGS TO TRY");
        }
    }

    /**
     * Seed 000's acting small: its twin is the default, and the followed file is the default with the seed's three
     * injections (future leaders, openness, the municipality's brokering and rules), nothing else.
     */
    @Test
    void actingSmallIsTheDefaultWithTheSeedsThreeInjections() throws Exception {
        Path followed = Path.of("scenarios/advice/act-small.yaml");
        ModelConfig ignored = ScenarioLoader.load(Path.of("scenarios/advice/act-small-ignored.yaml"), List.of()).model();
        assertThat(ignored).isEqualTo(ScenarioLoader.load(Path.of("scenarios/default.yaml"), List.of()).model());
        assertThat(ScenarioLoader.load(followed, List.of()).model()).isNotEqualTo(ignored);
        ModelConfig takenBack = ScenarioLoader.load(followed,
                List.of("organisations.*.next_generation=0", "trust.transparency=0.6", "interventions=[]")).model();
        assertThat(takenBack).isEqualTo(ignored);
        assertThat(Files.readString(followed)).contains("# ADVICE (seed 000): ", "# THE PAIR", "# WHAT THE MODEL SHOWS", "# THINGS TO TRY");
    }

    /** A configuration without interventions, planned farewells, structure (and its adaptation), celebration and candidates: what an advice pair must share. */
    private static ModelConfig withoutAdvice(ModelConfig m) {
        List<OrganisationSpec> staying = m.organisations().stream().map(o -> Specs.scheduled(o, o.name(), o.joinsAt(), 0))
                .filter(o -> o.joins() == Joining.PLANNED).toList();
        CollaborationSettings c = m.collaboration();
        CollaborationSettings light = new CollaborationSettings(c.startPhase(), c.synergy(), c.meetingCost(), c.phaseDuration(),
                c.energyInitial(), c.energyGain(), c.energyDrain(), c.diversity(), c.goal(), c.shockRate(), c.lockInHalf(), 0, c.governance(),
                0, c.renewal(), c.facilitator(), c.facilitatorAuthority(),
                c.membership(), c.contacts(), c.norms(), 0, c.network(), c.relationalRent());
        return new ModelConfig(staying, m.power(), m.trust(), light, m.conditions(), List.of(), m.shocks(), m.history());
    }

    /** The seeds' own cases (issue #11, item 9): each tells its story, what the model shows and what to try. */
    @Test
    void everyCaseTellsItsStoryFromTheSeed() throws Exception {
        List<Path> cases = yamlIn("scenarios/cases").toList();
        assertThat(cases).isNotEmpty();
        for (Path file : cases) {
            assertThat(Files.readString(file)).as(file.toString())
                    .containsPattern("# CASE \\(seed \\d{3}\\): ")
                    .contains("# WHAT THE MODEL SHOWS", "# THINGS TO TRY");
        }
    }

    /** Seed 000's "groot denken" pair: the Energiefabriek's ego twin is the case with every partner's own organisation first. */
    @Test
    void theEnergiefabriekEgoTwinDiffersOnlyInTheInterestWeights() throws ScenarioException {
        ModelConfig eco = ScenarioLoader.load(Yaml.home().resolve("scenarios/cases/energiefabriek-apeldoorn.yaml"), List.of()).model();
        ModelConfig ego = ScenarioLoader.load(Yaml.home().resolve("scenarios/cases/energiefabriek-apeldoorn-ego.yaml"), List.of()).model();
        assertThat(ego).isNotEqualTo(eco);
        assertThat(ScenarioLoader.load(Yaml.home().resolve("scenarios/cases/energiefabriek-apeldoorn-ego.yaml"),
                List.of("organisations.*.interests.collective=0.8", "organisations.*.interests.organisational=0.3")).model()).isEqualTo(eco);
    }

    /** The default is the base team with a little of each classic problem: the same six partners, power unequal and misjudged. */
    @Test
    void defaultIsTheBaseTeamsSixPartnersWithUnclearPower() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(Yaml.home().resolve("scenarios/default.yaml"), List.of());
        Scenario base = ScenarioLoader.load(Yaml.home().resolve("scenarios/base-team.yaml"), List.of());
        List<String> names = List.of("Municipality", "Housing association", "Home-care provider", "GP cooperative",
                "Welfare foundation", "Health insurer");
        assertThat(scenario.model().organisations()).extracting(OrganisationSpec::name).isEqualTo(names);
        assertThat(base.model().organisations()).extracting(OrganisationSpec::name).isEqualTo(names);
        assertThat(scenario.model().organisations()).extracting(OrganisationSpec::capacity)
                .isEqualTo(base.model().organisations().stream().map(OrganisationSpec::capacity).toList());
        assertThat(scenario.model().power().distribution()).isEqualTo(PowerDistribution.UNCLEAR);
        assertThat(base.model().power().distribution()).isEqualTo(PowerDistribution.EQUAL);
        assertThat(scenario.slug()).isEqualTo("zorg-in-de-wijk");
    }

    /** The power files are the base team under each distribution, so that they differ in power alone. */
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
        Scenario base = ScenarioLoader.load(Yaml.home().resolve("scenarios/base-team.yaml"), List.of());
        assertThat(base.model().organisations()).isEqualTo(partners);
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
