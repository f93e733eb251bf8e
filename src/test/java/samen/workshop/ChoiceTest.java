package samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.model.Condition;
import samen.model.DecisionPolicy;
import samen.model.Intervention;
import samen.model.Opportunism;
import samen.model.Phase;
import samen.model.Voice;
import samen.output.Provenance;

/** A player's choice as the model plays it, and as decisions.csv keeps it. */
class ChoiceTest {

    @TempDir
    Path tmp;

    @Test
    void theAgentsOwnAnswersLeaveTheModelsMechanismsToDecide() {
        DecisionPolicy.Decision d = new Choice(60, Act.COOPERATE, Attend.SPREAD, Answer.INFORM, true).decision(Phase.EXPLORE);
        assertThat(d.commitment()).isEqualTo(0.6);
        assertThat(d.conduct()).isNull();
        assertThat(d.voice()).isNull();
        assertThat(d.attention()).as("spread as the style does").isNull();
        assertThat(d.constituency()).as("inform: the rules").isNull();
        assertThat(d.departure()).as("staying whatever the draw").isEqualTo(DecisionPolicy.Departure.STAY);
    }

    @Test
    void everyOtherAnswerIsADecisionOfTheModel() {
        DecisionPolicy.Decision d = new Choice(0, Act.TAKE_MORE, Attend.PROCESS, Answer.GIVE_IN, false).decision(Phase.EXPLORE);
        assertThat(d.conduct()).isEqualTo(Opportunism.VIOLATION);
        assertThat(d.attention()).isEqualTo(Condition.PROCESS);
        assertThat(d.constituency()).isEqualTo(DecisionPolicy.Constituency.GIVE_IN);
        assertThat(d.departure()).isEqualTo(DecisionPolicy.Departure.LEAVE);
        assertThat(Answer.DEFEND.model()).isEqualTo(DecisionPolicy.Constituency.DEFEND);
        for (Condition c : Condition.values()) assertThat(Attend.byKey(c.key()).condition()).isEqualTo(c);
    }

    @Test
    void pushingBackOpenlyIsTheModelsVoiceNotOpportunism() {
        Choice push = new Choice(50, Act.PUSH_BACK, Attend.SPREAD, Answer.INFORM, true);
        assertThat(push.decision(Phase.EXPLORE).voice()).as("nothing agreed yet: withhold").isEqualTo(Voice.WITHHOLD);
        assertThat(push.decision(Phase.SHAPE).voice()).as("press to renegotiate what was agreed").isEqualTo(Voice.RENEGOTIATE);
        assertThat(push.decision(Phase.SHAPE).conduct()).isNull();
        assertThat(new Choice(50, Act.PRESS_RENEGOTIATION, Attend.SPREAD, Answer.INFORM, true).decision(Phase.SHAPE).voice())
                .as("forcing it is covert opportunism").isNull();
        assertThat(Act.of(null, Voice.WITHHOLD)).isEqualTo(Act.PUSH_BACK);
        assertThat(Act.of(null, Voice.RENEGOTIATE)).isEqualTo(Act.PUSH_BACK);
        assertThat(Act.byKey("push_back")).isEqualTo(Act.PUSH_BACK);
    }

    @Test
    void decisionsCsvKeepsEveryFieldAndWhetherTheAgentWouldHaveStayed() throws Exception {
        List<Entry> written = List.of(
                new Entry.Decision(1, 0, 1, "A", new Choice(40, Act.HOLD_BACK, Attend.SPREAD, Answer.DEFEND, true), 35, Act.COOPERATE, false),
                new Entry.Decision(1, 0, 2, "B", null, 50, Act.PRESS_RENEGOTIATION, true),
                new Entry.Fired(1, 0, Intervention.CONVENING, true),
                new Entry.RoundEnd(1, 0, 10),
                new Entry.Decision(2, 10, 1, "A", new Choice(100, Act.COOPERATE, Attend.RELATION, Answer.GIVE_IN, false), 20, Act.HOLD_BACK, true));
        Path file = tmp.resolve(DecisionsFile.NAME);
        try (DecisionsFile out = DecisionsFile.create(file, Provenance.of(new Sessions().scenario(10, 1), "s.yaml",
                Sessions.INVOCATION))) {
            for (Entry e : written) out.append(e);
        }
        assertThat(DecisionsFile.read(file, "decisions.csv", List.of("A", "B"))).isEqualTo(written);
    }
}
