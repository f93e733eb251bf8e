package samen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.engine.StepListener;
import samen.model.Condition;
import samen.model.EventKind;
import samen.scenario.Scenario;
import samen.scenario.ScenarioLoader;

/**
 * The story of a run checked against the events of the same run: every count, step and name it
 * tells is what the event log holds, whatever the model makes of these archetypes (so no outcome
 * of a seed is asserted here), in both languages.
 */
class RunStoryTest {

    private static final Path HOME = Path.of(System.getProperty("samen.home", "")).toAbsolutePath();

    /** A run with its story and what the test watched itself. */
    private record Told(RunFacts facts, RunStory story, RunResult result, List<Map<String, Double>> levels) {
    }

    private static Told run(String scenario, String... overrides) throws Exception {
        Scenario s = ScenarioLoader.load(HOME.resolve("scenarios").resolve(scenario), List.of(overrides));
        Simulation simulation = Simulation.create(s.model(), s.seed());
        NeglectWatch neglect = new NeglectWatch();
        List<Map<String, Double>> levels = new ArrayList<>();
        StepListener conditions = m -> levels.add(java.util.Arrays.stream(Condition.values())
                .collect(Collectors.toMap(Condition::key, m::condition)));
        RunResult result = simulation.run(s.steps(), List.of(neglect, conditions));
        RunFacts facts = RunFacts.of(result, EventRecord.of(simulation.model().events()), neglect);
        return new Told(facts, RunStory.of(facts), result, levels);
    }

    @ParameterizedTest
    @ValueSource(strings = {"archetypes/personnel-instability.yaml", "archetypes/sham-collaboration.yaml",
            "archetypes/double-loyalties.yaml", "archetypes/smouldering-power-play.yaml",
            "archetypes/persistent-enemy-image.yaml", "archetypes/under-organisation-remedy.yaml", "default.yaml"})
    void everyClaimAgreesWithTheEventsOfTheRun(String scenario) throws Exception {
        Told t = run(scenario);
        assertThat(t.story().told()).hasSizeBetween(1, RunStory.TOLD);
        for (RunStory.Cause c : t.story().causes()) {
            if (c.kind().equals(RunStory.NEGLECT)) {
                checkNeglect(c, t);
                continue;
            }
            List<EventRecord> ofKind = t.facts().events().stream().filter(e -> e.kind().equals(c.kind())).toList();
            assertThat(c.total()).as(c.toString()).isEqualTo(ofKind.size());
            List<EventRecord> mine = ofKind.stream().filter(e -> concerns(c, e)).toList();
            assertThat(c.count()).as(c.toString()).isEqualTo(mine.size()).isPositive();
            assertThat(c.firstStep()).as(c.toString()).isEqualTo(mine.get(0).step());
            assertThat(c.lastStep()).as(c.toString()).isEqualTo(mine.get(mine.size() - 1).step());
            if (c.subjects().size() == 1 && !c.kind().equals("shock") && !c.kind().equals("join")) {
                // "most often": nobody did it more often than the one named
                Map<String, Long> bySubject = ofKind.stream().collect(Collectors.groupingBy(EventRecord::subject, Collectors.counting()));
                assertThat(bySubject.values().stream().max(Comparator.naturalOrder()).orElseThrow()).as(c.toString())
                        .isEqualTo((long) c.count());
            }
        }
    }

    /** The partners it names did what it says; per intervention, the events of that type. */
    private static boolean concerns(RunStory.Cause c, EventRecord e) {
        if (c.kind().startsWith("intervention")) return e.name().equals(c.name());
        if (c.kind().equals("leave")) return e.name().equals(c.name());
        if (c.kind().equals("fallback")) return true;
        if (c.kind().equals("shock") || c.kind().equals("join") || c.kind().equals("goal_reached")) {
            return e.step() == c.firstStep() && e.subject().equals(c.subject());
        }
        return e.subject().equals(c.subject());
    }

    private static void checkNeglect(RunStory.Cause c, Told t) {
        assertThat(c.name()).isEqualTo(t.result().weakestCondition().key());
        List<Map<String, Double>> levels = t.levels();
        int since = (int) c.firstStep();
        for (int step = since; step < levels.size(); step++) {
            assertThat(levels.get(step).get(c.name())).as("step " + step).isLessThan(Simulation.NEGLECTED);
        }
        if (since > 0) assertThat(levels.get(since - 1).get(c.name())).isGreaterThanOrEqualTo(Simulation.NEGLECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"archetypes/personnel-instability.yaml", "archetypes/double-loyalties.yaml",
            "archetypes/sham-collaboration.yaml"})
    void theSentencesNameTheSameNumbersAndPartnersInBothLanguages(String scenario) throws Exception {
        Told t = run(scenario);
        for (Language language : Language.values()) {
            Vocabulary words = Vocabulary.of(language);
            List<String> sentences = t.story().sentences(words);
            assertThat(sentences).hasSameSizeAs(t.story().told());
            for (int i = 0; i < sentences.size(); i++) {
                RunStory.Cause c = t.story().told().get(i);
                String sentence = sentences.get(i);
                assertThat(sentence).as(language + ": " + sentence).doesNotContain("(s)", "-0", "{", "null").endsWith(".");
                for (String subject : c.subjects()) assertThat(sentence).contains(subject);
                if (c.count() > 1 && !c.kind().equals("leave")) assertThat(sentence).contains(Integer.toString(c.count()));
                if (c.total() > 1 && !c.kind().equals("leave") && !c.kind().startsWith("intervention")) {
                    assertThat(sentence).contains(Integer.toString(c.total()));
                }
                if (c.kind().equals(RunStory.NEGLECT)) assertThat(sentence).contains(words.condition(c.name()));
            }
        }
    }

    @Test
    void theNeglectedConditionIsAlwaysTold() throws Exception {
        Told t = run("archetypes/sham-collaboration.yaml");
        boolean neglected = t.result().metrics().get(t.result().weakestCondition().key()) < Simulation.NEGLECTED;
        assertThat(t.story().tellsNeglect()).isEqualTo(neglected);
    }

    @Test
    void aGoalAfterWhichANextRoundBeginsIsNotToldAsTheEnd() {
        List<EventRecord> events = List.of(
                new EventRecord(80, "goal_reached", "execute", "", "the results of round 1 are reached; " + EventKind.NEXT_ROUND),
                new EventRecord(150, "goal_reached", "execute", "", "the results are reached; the partners stop"));
        RunStory story = RunStory.of(new RunFacts("win_win", 150, events, "relation", 0.5, -1));
        assertThat(story.sentences(Vocabulary.of(Language.EN))).containsExactly(
                "The partners reached their goal at step 80 and took on a next one.",
                "The partners reached their goal at step 150 and stopped.");
    }

    @Test
    void aKindOfEventTheStoryDoesNotKnowIsStillTold() {
        List<EventRecord> events = new ArrayList<>();
        for (int step = 1; step <= 12; step++) events.add(new EventRecord(step, "obstruction", "blocks", step % 3 == 0 ? "B" : "A", ""));
        events.add(new EventRecord(5, "leave", "exit", "C", "its loyalty ran out"));
        RunFacts facts = new RunFacts("breakup", 20, events, "relation", 0.5, -1);
        RunStory story = RunStory.of(facts);
        assertThat(story.told()).extracting(RunStory.Cause::kind).containsExactly("leave", "obstruction");
        RunStory.Cause obstruction = story.told().get(1);
        assertThat(obstruction.subject()).isEqualTo("A");
        assertThat(obstruction.count()).isEqualTo(8);
        assertThat(obstruction.total()).isEqualTo(12);
        assertThat(story.sentences(Vocabulary.of(Language.EN))).containsExactly(
                "C left at step 5: its loyalty ran out.",
                "There were 12 events of the kind obstruction, 8 of them concerning A.");
    }

    /** Partners who left at the same step leave "at" it, not "between" it and itself; a sentence starts with a capital. */
    @Test
    void partnersLeavingTogetherAndARefusedInterventionReadAsSentences() {
        List<EventRecord> events = List.of(
                new EventRecord(83, "leave", "discontent", "A", "it got less than it brought, or would do better alone"),
                new EventRecord(83, "leave", "discontent", "B", "it got less than it brought, or would do better alone"),
                new EventRecord(90, "intervention_refused", "institutional_entrepreneurship", "", "precondition not met"),
                new EventRecord(95, "intervention_refused", "institutional_entrepreneurship", "", "precondition not met"));
        RunStory story = RunStory.of(new RunFacts("breakup", 100, events, "relation", 0.5, -1));
        assertThat(story.sentences(Vocabulary.of(Language.EN))).containsExactly(
                "A and B left at step 83: they got less than they brought, or would do better alone.",
                "Institutional entrepreneurship was refused 2 times: it needs agreements, so the collaboration must have reached agree.");
        assertThat(story.sentences(Vocabulary.of(Language.NL))).containsExactly(
                "A en B stapten uit bij stap 83: ze kregen minder dan ze inbrachten, of waren alleen beter af.",
                "Ondernemerschap institutionaliseren werd 2 keer geweigerd: daarvoor zijn afspraken nodig, dus moet de "
                        + "samenwerking het overeenkomen hebben bereikt.");
    }

    /** A partner's constituency calling agreements back is not told as the partner pressing for it. */
    @Test
    void reopeningsAConstituencyCalledBackAreToldAsSuch() {
        List<EventRecord> pressed = new ArrayList<>();
        List<EventRecord> calledBack = new ArrayList<>();
        for (int step = 40; step < 46; step++) {
            String detail = step % 3 == 0 ? "a discontented partner presses to renegotiate" : EventKind.CALLED_BACK;
            pressed.add(new EventRecord(step, "agreement_reopened", "agree", "A", step % 3 == 0 ? EventKind.CALLED_BACK
                    : "a discontented partner presses to renegotiate"));
            calledBack.add(new EventRecord(step, "agreement_reopened", "agree", "A", detail));
        }
        assertThat(RunStory.of(new RunFacts("stagnation", 100, pressed, "interests", 0.5, -1))
                .sentences(Vocabulary.of(Language.EN))).containsExactly(
                "Agreements were reopened 6 times, 6 times by A; each reopening costs energy and trust.");
        assertThat(RunStory.of(new RunFacts("stagnation", 100, calledBack, "interests", 0.5, -1))
                .sentences(Vocabulary.of(Language.EN))).containsExactly(
                "Agreements were reopened 6 times, 6 times because the constituency of A did not back what its "
                        + "representative had agreed; each reopening costs energy and trust.");
        assertThat(RunStory.of(new RunFacts("stagnation", 100, calledBack, "interests", 0.5, -1))
                .sentences(Vocabulary.of(Language.NL))).singleElement().asString()
                .contains("omdat de achterban van A de gemaakte afspraken niet steunde");
    }

    @Test
    void aQuietRunSaysSo() {
        RunFacts facts = new RunFacts("win_win", 20, List.of(new EventRecord(3, "phase_change", "share", "", "from explore")),
                "process", 0.6, -1);
        assertThat(RunStory.of(facts).sentences(Vocabulary.of(Language.NL))).singleElement().asString()
                .startsWith("Er sprong niets uit");
    }

    @Test
    void percentagesNeverShowMinusZeroAndFollowTheLanguage() {
        Vocabulary en = Vocabulary.of(Language.EN);
        Vocabulary nl = Vocabulary.of(Language.NL);
        assertThat(en.signedPercent(-0.0004, 1)).isEqualTo("0.0%");
        assertThat(en.signedPercent(-0.0004, 0)).isEqualTo("0%");
        assertThat(en.signedPercent(0.084, 1)).isEqualTo("+8.4%");
        assertThat(nl.signedPercent(-0.0213, 1)).isEqualTo("-2,1%");
        assertThat(nl.number(-0.001, 2)).isEqualTo("0,00");
        assertThat(nl.list(List.of("A", "B", "C"))).isEqualTo("A, B en C");
    }

}
