package samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.model.Intervention;
import samen.model.Organisation;
import samen.output.RunRecorder;

class SessionTest {

    @TempDir
    Path tmp;

    private final Sessions sessions = new Sessions();

    @Test
    void aSeatIsTakenOnceAndRejoinedWithItsToken() throws Exception {
        try (Session s = sessions.open(tmp.resolve("s"), 20, 1, new Settings(5, 0))) {
            Seat seat = s.join(2);
            assertThat(seat.organisation()).isEqualTo(s.model().organisations().get(1).name());
            assertThatThrownBy(() -> s.join(2)).isInstanceOf(Refused.class).hasMessageContaining("taken");
            assertThatThrownBy(() -> s.join(99)).isInstanceOf(Refused.class).hasMessageContaining("no seat 99");
            assertThat(s.rejoin(s.tokenOf(seat))).isSameAs(seat);
            assertThatThrownBy(() -> s.rejoin("nottheright")).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> s.rejoin("../../etc/passwd")).isInstanceOf(Refused.class);
            assertThat(s.trainer(s.trainerToken())).isTrue();
            assertThat(s.trainer(s.tokenOf(seat))).isFalse();
        }
    }

    @Test
    void aPlayersChoiceCountsForItsOrganisationThroughTheRound() throws Exception {
        try (Session s = sessions.open(tmp.resolve("s"), 20, 3, new Settings(5, 0))) {
            Seat seat = s.join(1);
            s.decide(seat, 1, 1, Sessions.choice(0, Act.COOPERATE));
            s.next();
            Organisation o = s.model().organisations().get(0);
            assertThat(s.model().step()).isEqualTo(5);
            assertThat(o.contribution()).as("brought nothing").isZero();
            assertThat(o.conduct()).isNull();
            Entry.Decision row = (Entry.Decision) s.entries().get(0);
            assertThat(row.human()).isTrue();
            assertThat(row.agentAct()).as("the agent's own decision is kept for the debrief").isNotNull();
            assertThat(seat.feedback().human()).isTrue();

            // Round 2: nobody answers, so the organisation's own rules decide again.
            s.next();
            assertThat(o.active() ? o.commitment() : 1).isPositive();
            assertThat(seat.feedback().human()).isFalse();
        }
    }

    @Test
    void aMandatedOrganisationsPlayerCannotLeave() throws Exception {
        try (Session s = sessions.open(tmp.resolve("s"), 20, 3, new Settings(5, 0), "organisations.1.participation=mandated")) {
            Seat seat = s.join(1);
            Choice leave = new Choice(50, Act.COOPERATE, Attend.RELATION, Answer.INFORM, false);
            assertThatThrownBy(() -> s.decide(seat, 1, 1, leave)).isInstanceOf(Refused.class).hasMessageContaining("by law");
            assertThat(Views.participant(s, seat).get("you").get("mandated").asBoolean()).isTrue();
            Seat other = s.join(2);
            s.decide(other, 1, 1, new Choice(50, Act.COOPERATE, Attend.RELATION, Answer.INFORM, false));
            s.next();
            assertThat(s.model().organisations().get(1).active()).as("a voluntary partner can still leave").isFalse();
        }
    }

    @Test
    void takingMoreIsTheModelsViolation() throws Exception {
        try (Session s = sessions.open(tmp.resolve("s"), 20, 3, new Settings(1, 0))) {
            Seat seat = s.join(4);
            s.decide(seat, 1, 1, Sessions.choice(80, Act.TAKE_MORE));
            s.next();
            assertThat(s.model().organisations().get(3).conduct()).isEqualTo(samen.model.Opportunism.VIOLATION);
            assertThat(s.model().events()).anyMatch(e -> e.kind() == samen.model.EventKind.OPPORTUNISM
                    && e.subject().equals(seat.organisation()));
        }
    }

    @Test
    void stalePastAndReplayedDecisionsAreRefused() throws Exception {
        try (Session s = sessions.open(tmp.resolve("s"), 20, 1, new Settings(5, 0))) {
            Seat seat = s.join(1);
            s.decide(seat, 5, 1, Sessions.choice(50, Act.COOPERATE));
            assertThatThrownBy(() -> s.decide(seat, 5, 1, Sessions.choice(90, Act.TAKE_MORE)))
                    .isInstanceOf(Refused.class).hasMessageContaining("already handled");
            assertThat(seat.choice().bring()).isEqualTo(50);
            s.next();
            assertThatThrownBy(() -> s.decide(seat, 6, 1, Sessions.choice(90, Act.TAKE_MORE)))
                    .isInstanceOf(Refused.class).hasMessageContaining("open round is 2");
        }
    }

    @Test
    void theRoundClosesWhenItsTimeIsUpOrEveryPlayerChose() throws Exception {
        try (Session s = sessions.open(tmp.resolve("s"), 30, 1, new Settings(5, 60))) {
            Seat a = s.join(1);
            Seat b = s.join(2);
            s.start();
            s.tick();
            assertThat(s.round()).isEqualTo(1);
            assertThat(s.secondsLeft()).isEqualTo(60);
            sessions.now.addAndGet(20_000);
            s.pause();
            sessions.now.addAndGet(500_000);
            s.tick();
            assertThat(s.round()).as("a paused clock does not run").isEqualTo(1);
            assertThat(s.secondsLeft()).isEqualTo(40);
            s.start();
            sessions.now.addAndGet(40_000);
            s.tick();
            assertThat(s.round()).isEqualTo(2);

            s.decide(a, 1, 2, Sessions.choice(50, Act.COOPERATE));
            assertThat(s.round()).isEqualTo(2);
            s.decide(b, 1, 2, Sessions.choice(50, Act.HOLD_BACK));
            assertThat(s.round()).as("everyone at the table chose").isEqualTo(3);
        }
    }

    @Test
    void aSessionRunsToItsEndAndWritesTheRunOutputs() throws Exception {
        Path dir = tmp.resolve("s");
        try (Session s = sessions.open(dir, 12, 2, new Settings(5, 0))) {
            s.join(1);
            s.intervene(Intervention.CONVENING);
            while (s.state() != Session.State.ENDED) s.next();
            assertThat(s.result()).isNotNull();
            assertThat(s.model().step()).isEqualTo(12);
            assertThat(s.entries().stream().filter(e -> e instanceof Entry.RoundEnd).map(e -> ((Entry.RoundEnd) e).steps()))
                    .containsExactly(5, 5, 2);
            assertThatThrownBy(s::next).isInstanceOf(Refused.class).hasMessageContaining("ended");
            assertThatThrownBy(() -> s.intervene(Intervention.VISIONING)).isInstanceOf(Refused.class);
        }
        for (String f : List.of(RunRecorder.TIMESERIES, RunRecorder.ORGANISATIONS, RunRecorder.RELATIONS, RunRecorder.EVENTS,
                RunRecorder.SUMMARY, RunRecorder.SCENARIO, DecisionsFile.NAME, SessionFile.NAME)) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve(DecisionsFile.NAME))).contains("1,0,intervention,,,trainer,").contains(",convening,");
    }

    @Test
    void anExistingDirectoryIsNotTakenOver() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("s"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> sessions.open(dir, 10, 1, new Settings(5, 0)))
                .isInstanceOf(SessionException.class).hasMessageContaining("--resume");
    }

    @Test
    void aResumedSessionGoesOnWhereItStoppedWithTheSameSeats() throws Exception {
        Path dir = tmp.resolve("s");
        String token;
        long step;
        try (Session s = sessions.open(dir, 30, 4, new Settings(5, 0))) {
            Seat seat = s.join(3);
            token = s.tokenOf(seat);
            s.decide(seat, 7, 1, Sessions.choice(20, Act.HOLD_BACK));
            s.next();
            s.intervene(Intervention.VISIONING);
            s.next();
            step = s.model().step();
        }
        // closed without ending: as after a kill, minus the buffered rows, which the resume rewrites
        try (Session s = Session.resume(dir, Sessions.INVOCATION, sessions.now::get)) {
            assertThat(s.state()).isEqualTo(Session.State.PAUSED);
            assertThat(s.round()).isEqualTo(3);
            assertThat(s.model().step()).isEqualTo(step);
            Seat seat = s.rejoin(token);
            assertThat(seat.number()).isEqualTo(3);
            assertThatThrownBy(() -> s.join(3)).isInstanceOf(Refused.class);
            assertThat(s.entries()).hasSize(2 * 6 + 1 + 2);
        }
    }

    @Test
    void aResumeDropsATornRowAndTheDecisionsOfARoundThatDidNotClose() throws Exception {
        Path dir = tmp.resolve("s");
        try (Session s = sessions.open(dir, 30, 4, new Settings(5, 0))) {
            s.join(2);
            s.next();
            s.intervene(Intervention.CONVENING);
        }
        Path file = dir.resolve(DecisionsFile.NAME);
        // As if killed while round 2 closed: one decision row written, a second one torn.
        Files.writeString(file, "2,5,decision,2,Housing association,human,40,cooperate,relation,inform,true,10,cooperate,true,,,\n"
                + "2,5,decision,3,Home-care", java.nio.file.StandardOpenOption.APPEND);
        try (Session s = Session.resume(dir, Sessions.INVOCATION, sessions.now::get)) {
            assertThat(s.round()).isEqualTo(2);
            assertThat(s.entries()).hasSize(6 + 1 + 1);
            assertThat(s.entries().get(7)).isInstanceOf(Entry.Fired.class);
            assertThat(s.model().events()).anyMatch(e -> e.kind() == samen.model.EventKind.INTERVENTION);
        }
        assertThat(Files.readString(file)).doesNotContain("Home-care,").endsWith("\n");
    }

    @Test
    void anEndedSessionIsNotResumed() throws Exception {
        Path dir = tmp.resolve("s");
        try (Session s = sessions.open(dir, 5, 1, new Settings(5, 0))) {
            s.next();
        }
        assertThatThrownBy(() -> Session.resume(dir, Sessions.INVOCATION, sessions.now::get))
                .isInstanceOf(SessionException.class).hasMessageContaining("ended");
    }
}
