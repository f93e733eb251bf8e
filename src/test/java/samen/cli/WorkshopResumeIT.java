package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.web.WsClient;

/**
 * A server killed mid-session (SIGKILL: no shutdown hook, buffers lost) resumes with
 * {@code --resume DIR}: the same trainer link and seat codes, the rounds played so far, and at the
 * end files that {@code samen run --decisions} reproduces byte for byte.
 */
class WorkshopResumeIT {

    private static final Pattern TRAINER = Pattern.compile("trainer \\(keep this to yourself\\): http://([^/]+)/trainer\\?t=(\\S+)");

    @TempDir
    Path tmp;

    private Process server;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) server.destroyForcibly();
    }

    @Test
    void aKilledSessionResumesWithTheSameSeatsAndNothingLost() throws Exception {
        Path dir = tmp.resolve("session");
        String[] first = start("workshop", "scenarios/default.yaml", "--seed", "3", "--steps", "40", "--port", "0",
                "--bind", "127.0.0.1", "--round-seconds", "0", "--out", dir.toString());
        String token;
        try (WsClient player = new WsClient(http, "ws://" + first[0] + "/ws");
             WsClient trainer = new WsClient(http, "ws://" + first[0] + "/ws/trainer?t=" + first[1])) {
            player.send("{\"type\":\"join\",\"seat\":3}");
            token = player.await("joined").json().path("token").asText();
            player.send(decide(4, 1));
            player.await(j -> j.path("you").has("choice"));
            trainer.send("{\"type\":\"intervene\",\"seq\":1,\"intervention\":\"convening\"}");
            trainer.send("{\"type\":\"next\",\"seq\":2}");
            trainer.await(j -> j.path("round").asInt() == 2);
            player.send(decide(5, 2));
            player.await(j -> j.path("round").asInt() == 2 && j.path("you").has("choice"));
            trainer.send("{\"type\":\"next\",\"seq\":3}");
            trainer.await(j -> j.path("round").asInt() == 3);
        }
        server.destroyForcibly().waitFor();

        String[] second = start("workshop", "--resume", dir.toString(), "--port", "0", "--bind", "127.0.0.1");
        assertThat(second[1]).as("the same trainer link").isEqualTo(first[1]);
        try (WsClient player = new WsClient(http, "ws://" + second[0] + "/ws");
             WsClient trainer = new WsClient(http, "ws://" + second[0] + "/ws/trainer?t=" + second[1])) {
            player.send("{\"type\":\"rejoin\",\"token\":\"" + token + "\"}");
            WsClient.Received joined = player.await("joined");
            assertThat(joined.json().path("seat").asInt()).isEqualTo(3);
            assertThat(joined.json().path("lastSeq").asLong()).as("numbering starts again; past rounds are closed by their number").isEqualTo(0);
            var state = player.await("state").json();
            assertThat(state.path("round").asInt()).isEqualTo(3);
            assertThat(state.path("step").asInt()).isEqualTo(20);
            assertThat(state.path("state").asText()).isEqualTo("paused");
            player.send(decide(6, 3));
            player.await(j -> j.path("you").has("choice"));
            for (int seq = 10; !trainer.await("state").json().path("state").asText().equals("ended"); seq++) {
                trainer.send("{\"type\":\"next\",\"seq\":" + seq + "}");
            }
        }
        server.destroy();
        server.waitFor();

        Path replay = tmp.resolve("replay");
        ExternalTool.Outcome r = ExternalTool.samen(Cli.HOME, "run", "scenarios/default.yaml", "--seed", "3", "--steps", "40",
                "--decisions", dir.resolve("decisions.csv").toString(), "--out", replay.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        WorkshopReplayTest.assertSameFiles(dir, replay);
        String decisions = Files.readString(dir.resolve("decisions.csv"));
        assertThat(decisions.lines().filter(l -> l.contains(",human,")).count()).isEqualTo(3);
        assertThat(decisions).contains(",convening,true");
    }

    private static String decide(long seq, int round) {
        return "{\"type\":\"decide\",\"seq\":" + seq + ",\"seat\":3,\"round\":" + round
                + ",\"bring\":" + (20 * round) + ",\"act\":\"hold_back\",\"attend\":\"interests\",\"constituency\":\"give_in\",\"stay\":true}";
    }

    /** Starts {@code samen ARGS} from the jar; returns host:port and the trainer's token once printed. */
    private String[] start(String... args) throws Exception {
        Path out = Files.createTempFile(tmp, "server", ".out");
        server = new ProcessBuilder(SamenJar.command(tmp, List.of(), args)).directory(Cli.HOME.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        for (int i = 0; i < 600; i++) {
            Matcher m = TRAINER.matcher(Files.readString(out));
            if (m.find()) return new String[] {m.group(1), m.group(2)};
            if (!server.isAlive()) throw new AssertionError("samen workshop stopped: " + Files.readString(out));
            Thread.sleep(100);
        }
        throw new AssertionError("samen workshop printed no addresses in 60 s");
    }
}
