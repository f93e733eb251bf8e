package samen.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings.PowerDistribution;
import samen.scenario.Problem;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;

/** The trainer's settings reach the next run as `--set` overrides would. */
class GuiSessionTest {

    static final Path HOME = Path.of(System.getProperty("samen.home", "")).toAbsolutePath();
    static final Path DEFAULT = HOME.resolve("scenarios/default.yaml");

    @TempDir
    Path dir;

    private static GuiSession open(Path file, String... overrides) throws ScenarioException {
        return GuiSession.open(file, file.getFileName().toString(), List.of(overrides), GuiSession.EVENT_KINDS);
    }

    @Test
    void withoutSettingsTheNextRunIsTheScenarioItself() throws ScenarioException {
        GuiSession session = open(DEFAULT);
        assertThat(session.current()).isSameAs(session.base());
        assertThat(session.captions()).isEmpty();
    }

    @Test
    void slidersBecomeOverridesOfTheNextRun() throws ScenarioException {
        GuiSession session = open(DEFAULT, "seed=7");
        session.settings(TrainerSettings.NONE.withGainRate(0.02).withLossRate(0.2).withConstituencyPressure(0.9)
                .withPower(PowerDistribution.DOMINANT));
        Scenario next = session.current();
        assertThat(next.seed()).isEqualTo(7);
        assertThat(next.model().trust().gainRate()).isEqualTo(0.02);
        assertThat(next.model().trust().lossRate()).isEqualTo(0.2);
        assertThat(next.model().power().distribution()).isEqualTo(PowerDistribution.DOMINANT);
        assertThat(next.model().organisations()).allSatisfy(o -> assertThat(o.constituencyPressure().mean()).isEqualTo(0.9));
        // Everything else is as in the file.
        assertThat(next.model().collaboration()).isEqualTo(session.base().model().collaboration());
        assertThat(next.model().organisations()).extracting(OrganisationSpec::loyalty)
                .isEqualTo(session.base().model().organisations().stream().map(OrganisationSpec::loyalty).toList());
    }

    @Test
    void fewerPartnersAreTheFirstOnesAndMoreRepeatThemNumbered() throws ScenarioException {
        GuiSession session = open(DEFAULT);
        List<String> names = session.base().model().organisations().stream().map(OrganisationSpec::name).toList();

        session.settings(TrainerSettings.NONE.withPartners(3).withConstituencyPressure(0.1));
        assertThat(session.current().model().organisations()).extracting(OrganisationSpec::name)
                .containsExactlyElementsOf(names.subList(0, 3));

        session.settings(TrainerSettings.NONE.withPartners(8));
        List<OrganisationSpec> eight = session.current().model().organisations();
        assertThat(eight).extracting(OrganisationSpec::name).endsWith(names.get(0) + " 2", names.get(1) + " 2");
        assertThat(eight.get(6)).usingRecursiveComparison().ignoringFields("name").isEqualTo(eight.get(0));
    }

    @Test
    void aGeneratedPopulationTakesTheSettingsToo() throws ScenarioException, IOException {
        Path file = dir.resolve("population.yaml");
        Files.writeString(file, "name: p\norganisations:\n  count: 4\n  loyalty: {uniform: [0.4, 0.8]}\n");
        GuiSession session = open(file);
        session.settings(TrainerSettings.NONE.withPartners(5).withConstituencyPressure(0.6));
        assertThat(session.current().model().organisations()).hasSize(5)
                .allSatisfy(o -> assertThat(o.constituencyPressure().mean()).isEqualTo(0.6));
    }

    @Test
    void captionsAreReadAndDoNotUpsetTheLoader() throws ScenarioException {
        GuiSession session = open(HOME.resolve("scenarios/demo/stormed-contract.yaml"));
        assertThat(session.captions()).isNotEmpty();
        assertThat(session.base().model().collaboration().startPhase().key()).isEqualTo("agree");
    }

    @Test
    void aBadFileIsALocatedProblem() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: x\norganisations:\n  - name: A\n  - name: B\ntrust:\n  gain_rate: 2\n");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> open(file));
        assertThat(e.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("bad.yaml:6:14: trust.gain_rate: 2 is out of range");
    }
}
