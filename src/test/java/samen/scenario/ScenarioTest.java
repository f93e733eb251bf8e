package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

class ScenarioTest {

    private static Scenario named(String name) throws ScenarioException {
        ModelConfig model = Yaml.load(Yaml.MINIMAL).model();
        return Scenario.of(name, "", 42, 10, model);
    }

    @Test
    void slugIsFileNameSafe() throws ScenarioException {
        assertThat(named("Zorg in de wijk").slug()).isEqualTo("zorg-in-de-wijk");
        assertThat(named("  Café — Überleg: 2024!  ").slug()).isEqualTo("cafe-uberleg-2024");
        assertThat(named("Passend_Onderwijs/regio--Noord").slug()).isEqualTo("passend-onderwijs-regio-noord");
        assertThat(named("???").slug()).isEqualTo("scenario");
        assertThat(named("数据").slug()).isEqualTo("scenario");
    }

    @Property
    void slugIsNeverEmptyAndOnlySafeCharacters(@ForAll String name) throws ScenarioException {
        assertThat(named(name).slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Property(tries = 500)
    void garbageNeverEscapesAsAnythingButScenarioException(@ForAll String text) {
        try {
            ScenarioLoader.parse(text, "fuzz.yaml", List.of());
        } catch (ScenarioException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void mutatedScenariosNeverEscapeAsAnythingButScenarioException(@ForAll int position, @ForAll char inserted) {
        String text = Yaml.MINIMAL + "trust: {initial: 0.5}\npower:\n  distribution: dominant\n";
        int at = Math.floorMod(position, text.length());
        String mutated = text.substring(0, at) + inserted + text.substring(at);
        try {
            ScenarioLoader.parse(mutated, "fuzz.yaml", List.of("trust.gain_rate=0.1"));
        } catch (ScenarioException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }
}
