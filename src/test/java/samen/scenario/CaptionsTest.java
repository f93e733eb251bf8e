package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;

/** The {@code captions:} of a scenario, for {@code samen gui --demo}: read and checked like the rest of the file. */
class CaptionsTest {

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
        Scenario s = Yaml.load(WITH_CAPTIONS);
        assertThat(s.captions()).containsExactly(new Caption("first words", 5, ""), new Caption("watch this", 0, "opportunism"));
        assertThat(s.steps()).isEqualTo(50);
        assertThat(Yaml.load(s.toCanonicalYaml())).isEqualTo(s);
    }

    @Test
    void captionsDoNotChangeTheScenarioHash() throws ScenarioException {
        assertThat(Yaml.load(WITH_CAPTIONS).hash()).isEqualTo(Yaml.load(Yaml.MINIMAL + "steps: 50\n").hash());
    }

    @Test
    void aFileWithoutCaptionsHasNone() throws ScenarioException {
        assertThat(Yaml.load(Yaml.MINIMAL).captions()).isEmpty();
    }

    @Test
    void mistakesAreLocatedAndSayWhatIsAllowed() {
        assertThat(problems(Yaml.MINIMAL + """
                captions:
                  - on_event: oportunism
                    text: no such event
                  - at_step: 3
                  - at_step: 4
                    on_event: opportunism
                    text: both
                  - txt: typo
                """)).containsExactly(
                "t.yaml:8:5: captions.2.text: required key is missing; allowed: text of 1 to 1000 characters",
                "t.yaml:12:5: captions.4.txt: unknown key `txt` (did you mean `text`?); allowed: text, at_step, on_event, lang",
                "t.yaml:12:5: captions.4.text: required key is missing; allowed: text of 1 to 1000 characters");
        assertThat(problems(Yaml.MINIMAL + """
                captions:
                  - on_event: oportunism
                    text: no such event
                  - at_step: 4
                    on_event: opportunism
                    text: both
                """)).containsExactly(
                "t.yaml:6:15: captions.1.on_event: 'oportunism' is not an event kind (did you mean `opportunism`?); allowed: one of "
                        + "phase_change, fallback, agreement_reopened, intervention, intervention_refused, intervention_failed, shock, join, leave, "
                        + "turnover, opportunism, voice, goal_reached, grievance_settled, restructured, moved_into_core, tie_formed, tie_dropped",
                "t.yaml:8:5: captions.2: give exactly one of at_step (from 1) and on_event; allowed: at_step: N, or on_event: one of "
                        + "phase_change, fallback, agreement_reopened, intervention, intervention_refused, intervention_failed, shock, join, leave, "
                        + "turnover, opportunism, voice, goal_reached, grievance_settled, restructured, moved_into_core, tie_formed, tie_dropped");
    }

    @Test
    void aCaptionMayBeForOneLanguage() throws ScenarioException {
        Scenario s = Yaml.load(Yaml.MINIMAL + "captions:\n  - {at_step: 1, text: Eerst, lang: nl}\n  - {at_step: 1, text: First, lang: en}\n"
                + "  - {at_step: 2, text: Both}\n");
        assertThat(s.captions()).filteredOn(c -> c.shownIn("nl")).extracting(Caption::text).containsExactly("Eerst", "Both");
        assertThat(s.captions()).filteredOn(c -> c.shownIn("en")).extracting(Caption::text).containsExactly("First", "Both");
        assertThat(Yaml.problems(Yaml.MINIMAL + "captions:\n  - {at_step: 1, text: Premier, lang: fr}\n")).containsExactly(
                "t.yaml:6:39: captions.1.lang: 'fr' is not a language of samen; allowed: en or nl, or leave it out for every language");
    }
}
