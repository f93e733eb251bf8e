package samen.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/** A point's scenario is built once for consecutive tasks of that point, and is the scenario the file and overrides give. */
class BaseScenarioTest {

    private static final Path DEFAULT = Path.of(System.getProperty("samen.home", "")).resolve("scenarios/default.yaml");

    @Test
    void consecutiveTasksOfOnePointShareItsScenario() throws Exception {
        BaseScenario base = BaseScenario.load(DEFAULT);
        List<String> point = List.of("trust.loss_rate=0.08");
        Scenario first = base.at(point);
        assertThat(base.at(List.of("trust.loss_rate=0.08"))).isSameAs(first);
        Scenario other = base.at(List.of("trust.loss_rate=0.05"));
        assertThat(other).isNotSameAs(first).isNotEqualTo(first);
        assertThat(base.at(point)).isEqualTo(first);
    }

    @Test
    void eachPointIsWhatTheFileWithItsOverridesGives() throws Exception {
        BaseScenario base = BaseScenario.load(DEFAULT);
        String text = ScenarioLoader.readText(DEFAULT, DEFAULT.toString());
        for (String value : List.of("0.08", "0.05", "0.08")) {
            List<String> point = List.of("trust.loss_rate=" + value);
            assertThat(base.at(point)).isEqualTo(ScenarioLoader.parse(text, DEFAULT.toString(), point));
        }
    }

    @Test
    void anInvalidPointIsRefusedEveryTime() throws Exception {
        BaseScenario base = BaseScenario.load(DEFAULT);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> base.at(List.of("trust.loss_rate=7"))).isInstanceOf(ScenarioException.class);
        }
    }
}
