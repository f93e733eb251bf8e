package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file read once gives, with any overrides, exactly the scenario that reading it again would. */
class PreparedScenarioTest {

    private static final Path DEFAULT = Path.of(System.getProperty("samen.home", "")).resolve("scenarios/default.yaml");

    @Test
    void variantsEqualParsingAndLeaveTheBaseUntouched() throws Exception {
        String text = ScenarioLoader.readText(DEFAULT, "default.yaml");
        ScenarioLoader.Prepared base = ScenarioLoader.prepare(text, "default.yaml");
        List<String> one = List.of("trust.loss_rate=0.2", "organisations.2.loyalty=0.3");
        List<String> two = List.of("organisations={count: 9}", "power.distribution=dominant");
        assertThat(base.with(one)).isEqualTo(ScenarioLoader.parse(text, "default.yaml", one));
        assertThat(base.with(two)).isEqualTo(ScenarioLoader.parse(text, "default.yaml", two));
        assertThat(base.with(List.of())).isEqualTo(ScenarioLoader.parse(text, "default.yaml", List.of()));
        assertThat(base.with(two).model().organisations()).hasSize(9);
        assertThat(base.with(List.of()).model().organisations()).hasSize(6);
        assertThatThrownBy(() -> base.with(List.of("trust.loss_rate=3"))).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("--set trust.loss_rate=3:1:23: trust.loss_rate: 3 is out of range");
    }
}
