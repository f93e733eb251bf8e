package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.model.Intervention;
import samen.output.RunRecorder;
import samen.scenario.ScenarioLoader;
import samen.workshop.Act;
import samen.workshop.Answer;
import samen.workshop.Attend;
import samen.workshop.Choice;
import samen.workshop.Seat;
import samen.workshop.Session;
import samen.workshop.Settings;

/**
 * A session is a run: {@code samen run --decisions} reproduces its files byte for byte (but for the
 * provenance in summary.json: the command and when), and a resumed session ends as the recorded one replays.
 */
class WorkshopReplayTest {

    private static final List<String> OUTPUTS = List.of(RunRecorder.TIMESERIES, RunRecorder.ORGANISATIONS,
            RunRecorder.RELATIONS, RunRecorder.EVENTS, RunRecorder.SUMMARY, RunRecorder.SCENARIO);
    private static final int STEPS = 36;
    private static final long SEED = 11;

    @TempDir
    Path tmp;

    private final AtomicLong now = new AtomicLong();

    private Session open(Path dir) throws Exception {
        return Session.open(ScenarioLoader.load(Cli.HOME.resolve("scenarios/default.yaml"),
                        List.of("steps=" + STEPS, "seed=" + SEED)),
                "scenarios/default.yaml", samen.output.Invocation.now(List.of("workshop")), dir, new Settings(5, 0), now::get);
    }

    private static Choice choice(int bring, Act act) {
        return new Choice(bring, act, Attend.INTERESTS, Answer.DEFEND, true);
    }

    /**
     * Two players, three rounds of choices and two interventions, then the agents to the end: every
     * kind of decision counts (attention on one condition or spread, defending at home or giving in,
     * staying whatever the exit draw, and in round 3 the second player walks away).
     */
    private static void play(Session s, int fromRound) throws Exception {
        Seat a = s.seats().get(0).taken() ? s.rejoin(tokenOf(s, 0)) : s.join(1);
        Seat b = s.seats().get(4).taken() ? s.rejoin(tokenOf(s, 4)) : s.join(5);
        for (int round = fromRound; s.state() != Session.State.ENDED; round++) {
            if (round <= 3) {
                s.decide(a, 10L * round, round, round == 2
                        ? new Choice(40, Act.TAKE_MORE, Attend.SPREAD, Answer.GIVE_IN, true)
                        : choice(20 * round, Act.COOPERATE));
                if (s.model().organisations().get(4).active()) {
                    s.decide(b, 10L * round, round, new Choice(100, Act.HOLD_BACK, Attend.values()[round], Answer.INFORM, round < 3));
                }
            }
            if (round == 2) s.intervene(Intervention.CONVENING);
            if (round == 4) s.intervene(Intervention.VISIONING);
            s.next();
        }
    }

    private static String tokenOf(Session s, int index) {
        return s.tokenOf(s.seats().get(index));
    }

    private Cli.Result replay(Path dir, Path out) {
        return Cli.run(Cli.HOME, "run", "scenarios/default.yaml", "--seed", Long.toString(SEED), "--steps", Integer.toString(STEPS),
                "--decisions", dir.resolve("decisions.csv").toString(), "--out", out.toString(), "--quiet");
    }

    /** The same files, byte for byte, but for summary.json's provenance (the command and when it ran). */
    static void assertSameFiles(Path a, Path b) throws Exception {
        for (String f : OUTPUTS) {
            assertThat(withoutProvenance(b.resolve(f))).as(f).isEqualTo(withoutProvenance(a.resolve(f)));
        }
    }

    private static String withoutProvenance(Path file) throws Exception {
        String text = Files.readString(file);
        int provenance = text.indexOf("\"provenance\": {");
        return file.getFileName().toString().equals(RunRecorder.SUMMARY) ? text.substring(0, provenance) : text;
    }

    @Test
    void aSessionWithoutPlayersIsThePlainRun() throws Exception {
        Path dir = tmp.resolve("session");
        try (Session s = open(dir)) {
            while (s.state() != Session.State.ENDED) s.next();
        }
        Cli.Result plain = Cli.run(Cli.HOME, "run", "scenarios/default.yaml", "--seed", Long.toString(SEED),
                "--steps", Integer.toString(STEPS), "--out", tmp.resolve("plain").toString(), "--quiet");
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertSameFiles(dir, tmp.resolve("plain"));
    }

    @Test
    void samenRunWithTheDecisionsReproducesTheSessionByteForByte() throws Exception {
        Path dir = tmp.resolve("session");
        try (Session s = open(dir)) {
            play(s, 1);
        }
        Cli.Result r = replay(dir, tmp.resolve("replay"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertSameFiles(dir, tmp.resolve("replay"));
        assertThat(Files.readString(dir.resolve("decisions.csv"))).contains(",human,").contains(",take_more,")
                .contains(",spread,give_in,").contains(",interests,defend,").contains(",relation,inform,false,");
        assertThat(Files.readString(dir.resolve(RunRecorder.EVENTS))).as("the second player walked away").contains(",left,");

        // The debrief: per player what they did beside what the agent would have done, and the turning points.
        Map<String, List<String>> debrief = Map.of(
                "en", List.of("Debrief: what the players did", "Seat 1: ", "Seat 5: ", "Played 3 of ", "Walked away in round 3.",
                        "the agent would have", "defends the collaboration at home", "Turning points of the session",
                        "Round 2, step ", "intervention: convening", "<mark>"),
                "nl", List.of("Nabespreking: wat de spelers deden", "Plaats 5: ", "Liep weg in ronde 3.",
                        "verdedigt de samenwerking thuis", "Kantelpunten van de sessie", "<mark>"));
        for (String lang : List.of("en", "nl")) {
            Cli.Result report = Cli.run(Cli.HOME, "report", dir.toString(), "--lang", lang);
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(Files.readString(dir.resolve("report.html"))).contains(debrief.get(lang)).contains("<svg");
        }
        Cli.Result plainReport = Cli.run(Cli.HOME, "report", tmp.resolve("replay").toString());
        assertThat(plainReport.exit()).as(plainReport.err()).isZero();
        assertThat(Files.readString(tmp.resolve("replay/report.html"))).as("a run without decisions.csv has no debrief")
                .doesNotContain("Debrief");

        Cli.Result agents = Cli.run(Cli.HOME, "run", "scenarios/default.yaml", "--seed", Long.toString(SEED),
                "--steps", Integer.toString(STEPS), "--out", tmp.resolve("agents").toString(), "--quiet");
        assertThat(Files.readString(tmp.resolve("agents").resolve(RunRecorder.ORGANISATIONS)))
                .as("the players' choices made a difference")
                .isNotEqualTo(Files.readString(dir.resolve(RunRecorder.ORGANISATIONS)));
    }

    @Test
    void aResumedSessionEndsAsTheRecordedOneReplays() throws Exception {
        Path dir = tmp.resolve("session");
        try (Session s = open(dir)) {
            Seat a = s.join(1);
            Seat b = s.join(5);
            s.decide(a, 10, 1, choice(20, Act.COOPERATE));
            s.decide(b, 10, 1, choice(100, Act.HOLD_BACK));
            s.next();
        }
        try (Session s = Session.resume(dir, samen.output.Invocation.now(List.of("workshop", "--resume")), now::get)) {
            assertThat(s.round()).isEqualTo(2);
            play(s, 2);
        }
        Cli.Result r = replay(dir, tmp.resolve("replay"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertSameFiles(dir, tmp.resolve("replay"));
    }

    @Test
    void aDamagedDecisionsFileIsOneLocatedMessage() throws Exception {
        Path file = tmp.resolve("decisions.csv");
        Files.writeString(file, "# samen\nround,step,kind,seat,organisation,by,bring,act,attend,constituency,stay,"
                + "agent_bring,agent_act,agent_stay,intervention,carried_out,steps\n1,0,decision,1,Municipality,human,150,cooperate,relation,inform,true,,,,,,\n");
        Cli.Result r = Cli.run(Cli.HOME, "run", "scenarios/default.yaml", "--decisions", file.toString(),
                "--out", tmp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("samen: ").contains("decisions.csv:3: bring: unexpected '150'; allowed: a whole number from 0 to 100")
                .doesNotContain("Exception");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
