package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import samen.scenario.Captions.Caption;

class CaptionsTest {

    private static final Set<String> KINDS = Set.of("phase_change", "opportunism");

    private static final String WITH_CAPTIONS = Yaml.MINIMAL + """
            captions:
              - at_step: 5
                text: "first words"
              - on_event: opportunism
                text: watch this
            steps: 50
            """;

    @Test
    void readsStepAndEventCaptionsInFileOrder() throws ScenarioException {
        assertThat(Captions.read(WITH_CAPTIONS, Yaml.SOURCE, KINDS)).containsExactly(
                new Caption(5, null, "first words"), new Caption(-1, "opportunism", "watch this"));
    }

    @Test
    void aFileWithoutCaptionsHasNone() throws ScenarioException {
        assertThat(Captions.read(Yaml.MINIMAL, Yaml.SOURCE, KINDS)).isEmpty();
    }

    @Test
    void blankingTheBlockKeepsTheRestAndItsLineNumbers() throws ScenarioException {
        String text = Captions.withoutCaptions(WITH_CAPTIONS, Yaml.SOURCE);
        assertThat(text.lines().count()).isEqualTo(WITH_CAPTIONS.lines().count());
        assertThat(Yaml.load(text).steps()).isEqualTo(50);
        // A mistake after the block is still reported on its own line (line 10 of the file).
        String broken = Captions.withoutCaptions(WITH_CAPTIONS.replace("steps: 50", "steps: many"), Yaml.SOURCE);
        assertThat(Yaml.problems(broken)).singleElement().asString().startsWith("t.yaml:10:8: steps:");
    }

    @Test
    void mistakesAreLocatedAndSayWhatIsAllowed() {
        List<String> problems = problems(Yaml.MINIMAL + """
                captions:
                  - at_step: 0
                    text: too early
                  - on_event: meeting
                    text: no such event
                  - at_step: 3
                  - at_step: 4
                    on_event: opportunism
                    text: both
                  - at_step: 5
                    txt: typo
                """);
        assertThat(problems).containsExactly(
                "t.yaml:6:14: captions.1.at_step: 0 is not a step; allowed: a whole number from 1 to 1000000",
                "t.yaml:8:15: captions.2.on_event: 'meeting' is not an event kind; allowed: one of opportunism, phase_change",
                "t.yaml:10:5: captions.3.text: a caption needs a text; allowed: one line or paragraph of text",
                "t.yaml:11:5: captions.4: give exactly one of at_step and on_event; allowed: at_step (a step number) "
                        + "or on_event (one of opportunism, phase_change), and text",
                "t.yaml:14:5: captions.5.text: a caption needs a text; allowed: one line or paragraph of text",
                "t.yaml:15:5: captions.5.txt: unknown key `txt`; allowed: at_step (a step number) "
                        + "or on_event (one of opportunism, phase_change), and text");
    }

    private static List<String> problems(String text) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> Captions.read(text, Yaml.SOURCE, KINDS));
        assertThat(e).as("expected problems").isNotNull();
        return e.problems().stream().map(Problem::format).toList();
    }
}
