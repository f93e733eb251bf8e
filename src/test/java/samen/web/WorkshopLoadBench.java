package samen.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.scenario.ScenarioLoader;
import samen.workshop.Session;
import samen.workshop.Settings;

/**
 * Load benchmark, not a test (its name keeps it out of {@code mvn verify}): 40 players on loopback
 * WebSockets, each holding a seat of a 40-partner scenario, play 30 rounds; after the players at
 * the table decided, the trainer closes the round. Prints the delay from the trainer's "next round" to each
 * page having the new round, the median and 99th percentile over all pages and of the slowest page
 * per round, and the heap the server holds. Run it with
 * {@code mvn -q test -Dtest=WorkshopLoadBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WorkshopLoadBench {

    private static final int PLAYERS = 40;
    private static final int ROUNDS = 30;
    /** Rounds played first, unmeasured, so the JIT has compiled the paths measured. */
    private static final int WARMUP = 5;

    @TempDir
    Path tmp;

    @Test
    void fortyPlayersThirtyRounds() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("forty.yaml"),
                "name: Forty\nseed: 5\nsteps: " + (WARMUP + ROUNDS) * 2 + "\norganisations:\n  count: " + PLAYERS + "\n");
        System.gc();
        long heapBefore = usedHeap();
        try (Session session = Session.open(ScenarioLoader.load(scenario, List.of()), "forty.yaml",
                samen.output.Invocation.now(List.of("workshop")), tmp.resolve("s"),
                new Settings(2, 0), System::currentTimeMillis);
             WorkshopServer server = new WorkshopServer(session, "en")) {
            int port = server.start("127.0.0.1", 0, "127.0.0.1");
            HttpClient http = HttpClient.newHttpClient();
            List<WsClient> players = new ArrayList<>();
            for (int i = 1; i <= PLAYERS; i++) {
                WsClient c = new WsClient(http, "ws://127.0.0.1:" + port + "/ws");
                c.await("state");
                c.send("{\"type\":\"join\",\"seat\":" + i + "}");
                c.await("joined");
                players.add(c);
            }
            WsClient trainer = new WsClient(http, "ws://127.0.0.1:" + port + "/ws/trainer?t=" + session.trainerToken());
            trainer.await("state");
            List<Double> all = new ArrayList<>();
            List<Double> slowest = new ArrayList<>();
            for (int round = 1; round <= WARMUP + ROUNDS; round++) {
                // A person sends a message or two a round, not dozens a second: stay under the rate limit.
                Thread.sleep(1000 / (long) WorkshopServer.RATE);
                for (int i = 0; i < PLAYERS; i++) {
                    players.get(i).send("{\"type\":\"decide\",\"seq\":" + round + ",\"seat\":" + (i + 1) + ",\"round\":" + round
                            + ",\"bring\":60,\"act\":\"cooperate\",\"attend\":\"relation\",\"constituency\":\"inform\",\"stay\":true}");
                }
                for (WsClient c : players) c.await(WorkshopLoadBench::everyoneAtTheTableDecided);
                for (WsClient c : players) c.inbox.clear();
                int steps = 2 * round;
                long sent = System.nanoTime();
                trainer.send("{\"type\":\"next\",\"seq\":" + round + "}");
                double worst = 0;
                for (WsClient c : players) {
                    long at = c.await(j -> j.path("step").asInt() >= steps).nanos();
                    double ms = (at - sent) / 1e6;
                    worst = Math.max(worst, ms);
                    if (round > WARMUP) all.add(ms);
                }
                if (round > WARMUP) slowest.add(worst);
            }
            System.gc();
            long heapAfter = usedHeap();
            System.out.printf(Locale.ROOT, "workshop load: %d players, %d rounds measured after %d, %d cores%n", PLAYERS, ROUNDS, WARMUP,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "  delay to each page:        median %.1f ms, p99 %.1f ms (%d deliveries)%n",
                    quantile(all, 0.5), quantile(all, 0.99), all.size());
            System.out.printf(Locale.ROOT, "  delay to the slowest page: median %.1f ms, p99 %.1f ms (per round)%n",
                    quantile(slowest, 0.5), quantile(slowest, 0.99));
            System.out.printf(Locale.ROOT, "  heap held by the session and server: %.1f MB%n", (heapAfter - heapBefore) / 1e6);
            for (WsClient c : players) c.close();
            trainer.close();
        }
    }

    /** Partners who left (the model's exits) cannot decide; their players' decisions are refused. */
    private static boolean everyoneAtTheTableDecided(JsonNode state) {
        for (JsonNode p : state.path("partners")) {
            if (p.path("status").asText().equals("active") && !p.path("chose").asBoolean()) return false;
        }
        return true;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double quantile(List<Double> values, double q) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[(int) Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
    }
}
