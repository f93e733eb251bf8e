package samen.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import samen.chart.Labels;
import samen.chart.Report;
import samen.workshop.Message;
import samen.workshop.Messages;
import samen.workshop.RateLimit;
import samen.workshop.Refused;
import samen.workshop.Seat;
import samen.workshop.Session;
import samen.workshop.Views;

/**
 * The workshop on the network: an embedded Javalin (Jetty) server with the players' page
 * ({@code /join}), the trainer's page ({@code /trainer?t=TOKEN}), the join URL as a QR code, static
 * files from the jar and one WebSocket per page ({@code /ws}, {@code /ws/trainer?t=TOKEN}). Every
 * change of the session is pushed to every page. Only the trainer's token controls the session; a
 * player's connection acts for the one seat it took.
 */
public final class WorkshopServer implements AutoCloseable {

    /** Messages per second a page may send, after a burst. */
    static final double RATE = 5;
    static final double BURST = 20;

    private final Session session;
    private final String lang;
    private final Map<WsContext, Connection> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "workshop-clock");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean broadcastPending = new AtomicBoolean();
    private Javalin app;
    private String joinUrl = "";
    private Path report;

    /** One page's connection: the trainer, or a player with (after joining) a seat. */
    private static final class Connection {
        final boolean trainer;
        final RateLimit rate = new RateLimit(RATE, BURST, System::nanoTime);
        volatile Seat seat;

        Connection(boolean trainer) {
            this.trainer = trainer;
        }
    }

    public WorkshopServer(Session session, String lang) {
        this.session = session;
        this.lang = lang;
    }

    /** Starts listening on {@code bind}:{@code port} (0: any free port) and returns the port. */
    public int start(String bind, int port, String publicHost) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/samen/web/static";
                sf.location = Location.CLASSPATH;
            });
            // Jetty's own limit is a backstop: Messages refuses anything over its limit with a reason.
            config.jetty.modifyWebSocketServletFactory(f -> f.setMaxTextMessageSize(64 * 1024));
            config.routes.get("/", ctx -> ctx.redirect("/join"));
            config.routes.get("/join", ctx -> page(ctx, "join.html"));
            config.routes.get("/trainer", ctx -> {
                if (!session.trainer(ctx.queryParam("t"))) {
                    ctx.status(HttpStatus.FORBIDDEN).result("This page needs the trainer's link.");
                    return;
                }
                page(ctx, "trainer.html");
            });
            config.routes.get("/report", this::report);
            config.routes.get("/qr.svg", ctx -> ctx.contentType("image/svg+xml").result(QrCode.svg(joinUrl)));
            config.routes.ws("/ws", ws -> {
                ws.onConnect(ctx -> open(ctx, false));
                ws.onMessage(this::message);
                ws.onClose(connections::remove);
            });
            config.routes.ws("/ws/trainer", ws -> {
                ws.onConnect(ctx -> {
                    if (!session.trainer(ctx.queryParam("t"))) {
                        ctx.closeSession(4403, "not the trainer's link");
                        return;
                    }
                    open(ctx, true);
                });
                ws.onMessage(this::message);
                ws.onClose(connections::remove);
            });
        });
        app.start(bind, port);
        int actual = app.port();
        joinUrl = "http://" + publicHost + ":" + actual + "/join";
        session.onChange(this::scheduleBroadcast);
        timer.scheduleAtFixedRate(this::tick, 200, 200, TimeUnit.MILLISECONDS);
        return actual;
    }

    public String joinUrl() {
        return joinUrl;
    }

    public String trainerUrl() {
        return joinUrl.replace("/join", "/trainer?t=" + session.trainerToken());
    }

    private void page(Context ctx, String name) {
        try (InputStream in = WorkshopServer.class.getResourceAsStream("/samen/web/" + name)) {
            if (in == null) throw new IllegalStateException("page " + name + " is missing from the jar");
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{lang}}", lang);
            ctx.html(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's HTML report with the charts, written once the session has ended, in the session's language. */
    private void report(Context ctx) throws Exception {
        if (session.state() != Session.State.ENDED) {
            ctx.status(HttpStatus.NOT_FOUND).result("The report is there once the session has ended.");
            return;
        }
        synchronized (this) {
            if (report == null) report = Report.write(session.dir(), session.dir().getFileName().toString(), Labels.forLanguage(lang));
        }
        ctx.html(Files.readString(report, StandardCharsets.UTF_8));
    }

    private void open(WsContext ctx, boolean trainer) {
        ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
        Connection c = new Connection(trainer);
        connections.put(ctx, c);
        timer.execute(() -> send(ctx, view(c)));
    }

    private void message(WsMessageContext ctx) {
        Connection c = connections.get(ctx);
        if (c == null) return;
        if (!c.rate.allow()) {
            refuse(ctx, "too many messages; wait a moment");
            return;
        }
        try {
            Message m = Messages.parse(ctx.message());
            if (c.trainer) {
                trainer(m);
            } else {
                player(ctx, c, m);
            }
        } catch (Refused r) {
            refuse(ctx, r.getMessage());
        }
    }

    private void trainer(Message m) throws Refused {
        if (m instanceof Message.Control control) {
            session.trainerSeq(control.seq());
            switch (control.command()) {
                case START -> session.start();
                case PAUSE -> session.pause();
                case NEXT -> session.next();
            }
        } else if (m instanceof Message.Intervene i) {
            session.trainerSeq(i.seq());
            session.intervene(i.intervention());
        } else {
            throw new Refused("the trainer's page cannot send a player's message");
        }
    }

    private void player(WsContext ctx, Connection c, Message m) throws Refused {
        if (m instanceof Message.Join join) {
            if (c.seat != null) throw new Refused("you hold seat " + c.seat.number() + " already");
            c.seat = session.join(join.seat());
            joined(ctx, c.seat);
        } else if (m instanceof Message.Rejoin rejoin) {
            if (c.seat != null) throw new Refused("you hold seat " + c.seat.number() + " already");
            c.seat = session.rejoin(rejoin.token());
            joined(ctx, c.seat);
        } else if (m instanceof Message.Decide d) {
            session.decide(own(c, d.seat()), d.seq(), d.round(), d.choice());
        } else if (m instanceof Message.Ask a) {
            session.ask(own(c, a.seat()), a.seq(), a.intervention());
        } else {
            throw new Refused("only the trainer can do that");
        }
    }

    private static Seat own(Connection c, int seat) throws Refused {
        if (c.seat == null) throw new Refused("take a seat first");
        if (c.seat.number() != seat) throw new Refused("you hold seat " + c.seat.number() + ", not seat " + seat);
        return c.seat;
    }

    /**
     * Tells the page its seat, then sends its picture: a push made while the seat was being taken
     * may have shown this page the seat picker still, and comes before these on the clock thread.
     */
    private void joined(WsContext ctx, Seat seat) {
        String text = "{\"type\":\"joined\",\"seat\":" + seat.number() + ",\"token\":\"" + session.tokenOf(seat)
                + "\",\"lastSeq\":" + seat.lastSeq() + "}";
        Connection c = connections.get(ctx);
        timer.execute(() -> {
            send(ctx, text);
            if (c != null) send(ctx, view(c));
        });
    }

    private void refuse(WsContext ctx, String reason) {
        send(ctx, Views.refusal(reason));
    }

    private void tick() {
        try {
            session.tick();
        } catch (RuntimeException e) {
            System.err.println("samen: workshop: " + e.getMessage());
        }
    }

    /**
     * Coalesces a burst of changes into one push to every page, off the session's lock. Every
     * picture goes out from the one clock thread, made when it is sent, so a page never gets an
     * older picture after a newer one.
     */
    private void scheduleBroadcast() {
        if (broadcastPending.compareAndSet(false, true)) timer.execute(this::broadcast);
    }

    private void broadcast() {
        broadcastPending.set(false);
        String trainerView;
        ObjectNode shared;
        Map<WsContext, String> texts = new HashMap<>();
        // One consistent picture for every page: made under the session's lock, sent outside it.
        synchronized (session) {
            trainerView = Views.trainer(session).toString();
            shared = Views.participant(session, null);
            String anonymous = shared.toString();
            for (Map.Entry<WsContext, Connection> e : connections.entrySet()) {
                Connection c = e.getValue();
                texts.put(e.getKey(), c.trainer ? trainerView
                        : c.seat == null ? anonymous : Views.withOwn(shared, session, c.seat).toString());
            }
        }
        texts.forEach(this::send);
    }

    private String view(Connection c) {
        return (c.trainer ? Views.trainer(session) : Views.participant(session, c.seat)).toString();
    }

    private void send(WsContext ctx, String text) {
        try {
            if (ctx.session.isOpen()) ctx.send(text);
        } catch (RuntimeException e) {
            connections.remove(ctx);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (app != null) app.stop();
    }
}
