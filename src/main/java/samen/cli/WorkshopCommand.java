package samen.cli;

import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.output.RunLimits;
import samen.scenario.Scenario;
import samen.web.WorkshopServer;
import samen.workshop.Session;
import samen.workshop.Settings;

/** {@code samen workshop}: a session in which course participants play the partners from their phones. */
@Command(name = "workshop",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Run a workshop: participants play the partners from their phones, the trainer projects the picture.",
        description = {"Starts a web server on this machine and prints two addresses: the trainer's page (keep it "
                + "to yourself: it controls the session) and the join page for the participants (also shown as a "
                + "QR code on the trainer's page). Every decision, intervention and round is recorded into the "
                + "session's directory as it happens, with the usual run outputs; stop the server with Ctrl+C.", ""},
        footer = {"", "Examples:",
                "  samen workshop",
                "  samen workshop scenarios/power-dominant.yaml --lang nl --round-seconds 120",
                "  samen workshop --resume runs/workshop-zorg-in-de-wijk-seed42",
                "", "Play a session again (same scenario file, seed and --steps/--set), byte for byte:",
                "  samen run scenarios/default.yaml --seed 42 --decisions runs/ws/decisions.csv", ""})
final class WorkshopCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = ScenarioFiles.DEFAULT,
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every network; 127.0.0.1 for this machine only).")
    private String bind;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "en",
            description = "Language of the pages: nl or en (default: ${DEFAULT-VALUE}); each person can switch on their page.")
    private String lang;

    @Option(names = "--round-seconds", paramLabel = "S", defaultValue = "90",
            description = "Time for the players' decisions per round (default: ${DEFAULT-VALUE}; 0: the trainer closes each round).")
    private int roundSeconds;

    @Option(names = "--round-steps", paramLabel = "N", defaultValue = "10",
            description = "Model steps per round (default: ${DEFAULT-VALUE}).")
    private int roundSteps;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Session directory (default: runs/workshop-<scenario>-seed<seed>); must not exist yet.")
    private Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Go on with the session recorded in DIR (after the server stopped); players rejoin with their codes.")
    private Path resume;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's).")
    private Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (overrides the scenario's).")
    private Integer steps;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario value (repeatable), as in `samen run`.")
    private List<String> sets = new ArrayList<>();

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        if (!lang.equals("nl") && !lang.equals("en")) throw new UserException("--lang: '" + lang + "' is not a language; allowed: nl, en");
        if (port < 0 || port > 65535) throw new UserException("--port: " + port + " is out of range; allowed: 0 to 65535");
        if (roundSeconds < 0 || roundSeconds > 3600) throw new UserException("--round-seconds: " + roundSeconds + " is out of range; allowed: 0 to 3600");
        if (roundSteps < 1 || roundSteps > 10000) throw new UserException("--round-steps: " + roundSteps + " is out of range; allowed: 1 to 10000");
        Session session = resume != null ? resumed(env) : opened(env);
        PrintWriter o = main.out();
        try (WorkshopServer server = new WorkshopServer(session, lang)) {
            int actual;
            try {
                actual = server.start(bind, port, publicHost(bind));
            } catch (RuntimeException e) {
                throw new UserException("cannot listen on " + bind + ":" + port + " (" + rootMessage(e) + "); allowed: a free port, or --port 0");
            }
            o.println("samen workshop: " + session.scenario().name() + ", " + session.seats().size() + " seats, "
                    + session.rounds() + " rounds of " + session.settings().roundSteps() + " steps; listening on port " + actual);
            o.println("  trainer (keep this to yourself): " + server.trainerUrl());
            o.println("  participants join at:            " + server.joinUrl());
            o.println("  recording into " + env.display(session.dir()) + "; stop with Ctrl+C, go on later with --resume");
            o.flush();
            session.onChange(() -> {
                if (session.state() == Session.State.ENDED && !ended.getAndSet(true)) {
                    o.println("  session ended: " + session.result().outcome().key() + "; the debrief is on the trainer's page, "
                            + "the results in " + env.display(session.dir()));
                    o.flush();
                }
            });
            // Ctrl+C: the hook lets this thread close the session's files before the JVM goes.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    closed.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            stop.await();
        } finally {
            session.close();
            closed.countDown();
        }
        return 0;
    }

    private Session opened(Environment env) throws Exception {
        Path file = ScenarioFiles.find(scenario, env);
        Scenario resolved = new FlagOverrides(sets, seed, steps).load(file, main);
        var tooLarge = RunLimits.exceeded(resolved.model(), resolved.steps());
        if (tooLarge.isPresent()) throw new UserException(env.display(file) + ": " + tooLarge.get());
        Path dir = env.resolve(out != null ? out : Path.of("runs", "workshop-" + resolved.slug() + "-seed" + resolved.seed()));
        return Session.open(resolved, env.display(file), main.invocation(), dir, new Settings(roundSteps, roundSeconds),
                System::currentTimeMillis);
    }

    private Session resumed(Environment env) throws Exception {
        if (out != null || seed != null || steps != null || !sets.isEmpty() || !scenario.equals(ScenarioFiles.DEFAULT)) {
            throw new UserException("--resume: the session's own scenario, seed and directory are used; allowed: "
                    + "--resume DIR with --port, --bind, --lang only");
        }
        return Session.resume(env.resolve(resume), main.invocation(), System::currentTimeMillis);
    }

    /** The address people type: the bound one, or this machine's first network address when bound to all. */
    static String publicHost(String bind) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) return bind;
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) continue;
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return a.getHostAddress();
                }
            }
        } catch (SocketException e) {
            // fall through: this machine only
        }
        return "localhost";
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(Locale.ROOT);
    }
}
