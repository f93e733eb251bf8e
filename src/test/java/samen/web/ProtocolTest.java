package samen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.scenario.ScenarioLoader;
import samen.workshop.Session;
import samen.workshop.Settings;

/** The server as a browser meets it, and as a prankster in the back row does: bad messages are refused with a reason, the session goes on. */
class ProtocolTest {

    private static final Path DEFAULT = Path.of(System.getProperty("samen.home", "")).toAbsolutePath().resolve("scenarios/default.yaml");

    @TempDir
    Path tmp;

    private Session session;
    private WorkshopServer server;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        session = Session.open(ScenarioLoader.load(DEFAULT, List.of("steps=30")), "scenarios/default.yaml",
                samen.output.Invocation.now(List.of("workshop")), tmp.resolve("session"), new Settings(5, 0), System::currentTimeMillis);
        server = new WorkshopServer(session, "en");
        int port = server.start("127.0.0.1", 0, "127.0.0.1");
        base = "127.0.0.1:" + port;
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        session.close();
    }

    private WsClient player() throws Exception {
        WsClient c = new WsClient(http, "ws://" + base + "/ws");
        c.await("state");
        return c;
    }

    private static String refusal(WsClient c) throws InterruptedException {
        return c.await("refused").json().path("reason").asText();
    }

    private static String decide(long seq, int seat, int round) {
        return "{\"type\":\"decide\",\"seq\":" + seq + ",\"seat\":" + seat + ",\"round\":" + round
                + ",\"bring\":50,\"act\":\"cooperate\",\"attend\":\"process\",\"constituency\":\"inform\",\"stay\":true}";
    }

    @Test
    void malformedAndOversizedMessagesAreRefusedAndTheConnectionGoesOn() throws Exception {
        try (WsClient c = player()) {
            c.send("{\"type\":\"join\",");
            assertThat(refusal(c)).startsWith("not JSON");
            c.send("{\"type\":\"join\",\"seat\":\"first\"}");
            assertThat(refusal(c)).contains("seat: \"first\" is not allowed");
            c.send("{\"type\":\"join\",\"seat\":1,\"pad\":\"" + "x".repeat(5000) + "\"}");
            assertThat(refusal(c)).startsWith("message too long");
            c.send("{\"type\":\"join\",\"seat\":1}");
            assertThat(c.await("joined").json().path("seat").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aMessageBeyondTheServersLimitClosesOnlyThatConnection() throws Exception {
        try (WsClient prankster = player(); WsClient other = player()) {
            try {
                prankster.send("x".repeat(200_000));
            } catch (java.util.concurrent.ExecutionException closedWhileSending) {
                // the server may close the connection before the client has written it all
            }
            assertThat(prankster.closed.get(10, TimeUnit.SECONDS)).as("1009: message too big; -1: closed mid-write").isIn(1009, -1);
            other.send("{\"type\":\"join\",\"seat\":2}");
            assertThat(other.await("joined").json().path("seat").asInt()).isEqualTo(2);
        }
    }

    @Test
    void replayedAndWrongSeatMessagesAreRefused() throws Exception {
        try (WsClient c = player()) {
            c.send(decide(1, 1, 1));
            assertThat(refusal(c)).isEqualTo("take a seat first");
            c.send("{\"type\":\"join\",\"seat\":1}");
            c.await("joined");
            c.send(decide(1, 1, 1));
            c.await(j -> j.path("you").path("choice").path("bring").asInt() == 50);
            c.send(decide(1, 1, 1));
            assertThat(refusal(c)).contains("already handled");
            c.send(decide(2, 2, 1));
            assertThat(refusal(c)).isEqualTo("you hold seat 1, not seat 2");
            c.send(decide(3, 1, 7));
            assertThat(refusal(c)).contains("round 7 is not open");
            c.send("{\"type\":\"join\",\"seat\":3}");
            assertThat(refusal(c)).contains("you hold seat 1 already");
        }
        try (WsClient thief = player()) {
            thief.send("{\"type\":\"join\",\"seat\":1}");
            assertThat(refusal(thief)).contains("seat 1 is taken");
            thief.send("{\"type\":\"rejoin\",\"token\":\"aaaaaaaaaa\"}");
            assertThat(refusal(thief)).isEqualTo("unknown seat code");
        }
    }

    @Test
    void aPlayerRejoinsItsSeatWithItsCodeAndKeepsItsNumbering() throws Exception {
        String token;
        try (WsClient c = player()) {
            c.send("{\"type\":\"join\",\"seat\":4}");
            token = c.await("joined").json().path("token").asText();
            c.send(decide(8, 4, 1));
            c.await(j -> j.path("you").has("choice"));
        }
        try (WsClient again = player()) {
            again.send("{\"type\":\"rejoin\",\"token\":\"" + token + "\"}");
            WsClient.Received joined = again.await("joined");
            assertThat(joined.json().path("seat").asInt()).isEqualTo(4);
            assertThat(joined.json().path("lastSeq").asLong()).isEqualTo(8);
            assertThat(again.await("state").json().path("you").path("choice").path("bring").asInt()).isEqualTo(50);
        }
    }

    @Test
    void onlyTheTrainersLinkControlsTheSession() throws Exception {
        try (WsClient c = player()) {
            c.send("{\"type\":\"start\",\"seq\":1}");
            assertThat(refusal(c)).isEqualTo("only the trainer can do that");
            c.send("{\"type\":\"intervene\",\"seq\":2,\"intervention\":\"convening\"}");
            assertThat(refusal(c)).isEqualTo("only the trainer can do that");
        }
        try (WsClient fake = new WsClient(http, "ws://" + base + "/ws/trainer?t=notthetoken")) {
            assertThat(fake.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4403);
        }
        try (WsClient trainer = new WsClient(http, "ws://" + base + "/ws/trainer?t=" + session.trainerToken())) {
            assertThat(trainer.await("state").json().path("role").asText()).isEqualTo("trainer");
            trainer.send("{\"type\":\"join\",\"seat\":1}");
            assertThat(refusal(trainer)).contains("cannot send a player's message");
            trainer.send("{\"type\":\"next\",\"seq\":5}");
            trainer.await(j -> j.path("round").asInt() == 2);
            trainer.send("{\"type\":\"next\",\"seq\":5}");
            assertThat(refusal(trainer)).contains("already handled");
        }
        assertThat(get("/trainer").statusCode()).isEqualTo(403);
        assertThat(get("/trainer?t=" + session.trainerToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void aPlayersRequestReachesTheTrainerUntilItIsFired() throws Exception {
        try (WsClient c = player();
             WsClient trainer = new WsClient(http, "ws://" + base + "/ws/trainer?t=" + session.trainerToken())) {
            c.send("{\"type\":\"join\",\"seat\":2}");
            c.await("joined");
            c.send("{\"type\":\"ask\",\"seq\":1,\"seat\":2,\"intervention\":\"visioning\"}");
            trainer.await(j -> j.path("asks").size() == 1 && j.path("asks").get(0).path("seat").asInt() == 2);
            assertThat(c.await("state").json().has("asks")).as("players do not see each other's requests").isFalse();
            trainer.send("{\"type\":\"intervene\",\"seq\":1,\"intervention\":\"visioning\"}");
            trainer.await(j -> j.path("asks").isEmpty() && j.path("events").toString().contains("visioning"));
        }
    }

    @Test
    void aFloodIsRefusedAndTheSessionGoesOn() throws Exception {
        try (WsClient c = player()) {
            for (int i = 0; i < 60; i++) c.send("{\"type\":\"join\",\"seat\":99}");
            c.await(j -> j.path("reason").asText().equals("too many messages; wait a moment"));
        }
        try (WsClient calm = player()) {
            calm.send("{\"type\":\"join\",\"seat\":6}");
            assertThat(calm.await("joined").json().path("seat").asInt()).isEqualTo(6);
        }
    }

    @Test
    void nothingOutsideThePagesIsServed() throws Exception {
        assertThat(get("/join").body()).contains("/static/join.js");
        assertThat(get("/static/join.js").statusCode()).isEqualTo(200);
        assertThat(get("/qr.svg").body()).startsWith("<svg");
        for (String path : List.of("/static/../session.json", "/static/..%2F..%2Fsession.json", "/session.json",
                "/static/%2e%2e/%2e%2e/samen/web/trainer.html", "/decisions.csv")) {
            HttpResponse<String> r = get(path);
            assertThat(r.body()).as(path).doesNotContain(session.trainerToken());
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
