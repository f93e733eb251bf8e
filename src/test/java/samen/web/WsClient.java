package samen.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A page's WebSocket without the page: sends text, queues what the server sends, with the time it came. */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

    public record Received(JsonNode json, long nanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    public WsClient(HttpClient http, String url) throws Exception {
        socket = http.newWebSocketBuilder().buildAsync(URI.create(url), this).get(10, TimeUnit.SECONDS);
    }

    public void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** The next message that matches, skipping others; fails after 10 s. */
    public Received await(Predicate<JsonNode> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode lastSeen = null;
        while (true) {
            Received r = inbox.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (r == null) throw new AssertionError("nothing matching came in 10 s; last seen: "
                    + (lastSeen == null ? "nothing" : lastSeen.toString().substring(0, Math.min(300, lastSeen.toString().length()))));
            lastSeen = r.json();
            if (wanted.test(r.json())) return r;
        }
    }

    public Received await(String type) throws InterruptedException {
        return await(j -> j.path("type").asText().equals(type));
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long at = System.nanoTime();
            try {
                inbox.add(new Received(JSON.readTree(partial.toString()), at));
            } catch (Exception e) {
                throw new IllegalStateException("the server sent what is not JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
        closed.complete(status);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
