package samen.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.model.Collaboration;
import samen.model.DecisionPolicy;
import samen.model.Event;
import samen.model.Intervention;
import samen.model.Organisation;
import samen.output.Invocation;
import samen.output.Manifest;
import samen.output.Provenance;
import samen.output.RunRecorder;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * A workshop session: the scenario's run, played round by round, with a seat per organisation for
 * a player, and the trainer's controls. Seats nobody took, and players who did not answer before
 * the round closed, are played by the organisations' own rules. Everything is recorded into the
 * session's directory as it happens: the run outputs, {@code decisions.csv} and
 * {@code session.json}; {@link #resume} picks a killed session up from there.
 *
 * <p>Thread-safe: every method holds the session's lock. Listeners are told after each change;
 * they must not block.
 */
public final class Session implements AutoCloseable {

    /** Where a session is. */
    public enum State { WAITING, RUNNING, PAUSED, ENDED }

    /** Recent requests of players for an intervention, for the trainer's screen. */
    public record Ask(int round, int seat, Intervention intervention) {
    }

    static final int TRAINER_TOKEN = 24;
    static final int SEAT_TOKEN = 10;
    private static final int ASKS_KEPT = 8;

    private final Scenario scenario;
    private final Path dir;
    private final Settings settings;
    private final String scenarioFile;
    private final String trainerToken;
    private final List<Seat> seats;
    private final LongSupplier clock;
    private final RunRecorder recorder;
    private final DecisionsFile decisions;
    private final Play play;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Ask> asks = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private int round = 1;
    private State state = State.WAITING;
    private long deadline;
    private long remaining;
    private long trainerSeq;
    private RunResult result;

    private Session(Scenario scenario, Path dir, Settings settings, SessionFile file, Invocation invocation, LongSupplier clock)
            throws IOException {
        this.scenario = scenario;
        this.dir = dir;
        this.settings = settings;
        this.trainerToken = file.trainer();
        this.clock = clock;
        List<Organisation> orgs;
        this.scenarioFile = file.scenarioFile();
        Provenance provenance = Provenance.of(scenario, scenarioFile, invocation);
        this.recorder = new RunRecorder(dir, provenance);
        try {
            this.decisions = DecisionsFile.create(dir.resolve(DecisionsFile.NAME), provenance);
        } catch (IOException | RuntimeException e) {
            recorder.close();
            throw e;
        }
        this.play = new Play(Simulation.create(scenario.model(), scenario.seed()), scenario.steps(), List.of(recorder));
        orgs = play.model().organisations();
        List<Seat> s = new ArrayList<>();
        for (Organisation o : orgs) s.add(new Seat(o.index(), o.name(), file.seats().get(o.index()), file.taken().get(o.index())));
        this.seats = Collections.unmodifiableList(s);
        this.remaining = settings.roundSeconds() * 1000L;
    }

    /**
     * A new session of {@code scenario} recording into {@code dir}, which must not exist or be empty.
     *
     * @param scenarioFile the scenario file as the trainer named it: {@code samen run} with the same
     *                     name, seed and decisions writes the same files (but for summary.json's
     *                     provenance: the command and when)
     * @param invocation   the command that started the session, for summary.json's provenance
     * @throws SessionException when {@code dir} holds something already
     */
    public static Session open(Scenario scenario, String scenarioFile, Invocation invocation, Path dir, Settings settings,
                               LongSupplier clock)
            throws SessionException, IOException {
        if (Files.exists(dir)) {
            boolean empty;
            try (var list = Files.list(dir)) {
                empty = list.findAny().isEmpty();
            } catch (IOException e) {
                empty = false;
            }
            if (!empty) throw new SessionException(dir + ": already exists; allowed: a new directory, or --resume " + dir + " to continue that session");
        }
        int n = scenario.model().organisations().size();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) tokens.add(Tokens.next(SEAT_TOKEN));
        SessionFile file = new SessionFile(Tokens.next(TRAINER_TOKEN), tokens, Collections.nCopies(n, false), settings,
                scenarioFile);
        try {
            Files.createDirectories(dir);
            file.write(dir);
            Files.writeString(dir.resolve(RunRecorder.SCENARIO), scenario.toCanonicalYaml(), StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new SessionException(dir + ": cannot write the session there (" + e.getMessage()
                    + "); allowed: a new directory in a place you can write to");
        }
        return new Session(scenario, dir, settings, file, invocation, clock);
    }

    /**
     * The session recorded in {@code dir}, played again up to where it stopped, paused, with the same
     * tokens: players rejoin as they were.
     *
     * @throws SessionException when {@code dir} is not a session that can go on
     */
    public static Session resume(Path dir, Invocation invocation, LongSupplier clock) throws SessionException, IOException {
        String source = dir.toString();
        if (!Files.isRegularFile(dir.resolve(SessionFile.NAME))) {
            throw new SessionException(source + ": no " + SessionFile.NAME + " in it; allowed: a directory written by samen workshop");
        }
        if (Files.exists(dir.resolve(RunRecorder.SUMMARY))) {
            throw new SessionException(source + ": this session has ended (summary.json is there); allowed: a session that was stopped before its end");
        }
        SessionFile file = SessionFile.read(dir, source);
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(dir.resolve(RunRecorder.SCENARIO), List.of());
        } catch (ScenarioException e) {
            throw new SessionException(source + ": " + RunRecorder.SCENARIO + " is not a valid scenario ("
                    + e.problems().get(0).format() + "); allowed: the scenario.yaml samen workshop wrote");
        }
        if (file.seats().size() != scenario.model().organisations().size()) {
            throw new SessionException(source + ": " + SessionFile.NAME + " has " + file.seats().size() + " seats but the scenario "
                    + scenario.model().organisations().size() + " organisations; allowed: the files of one session");
        }
        Path decisionsPath = dir.resolve(DecisionsFile.NAME);
        List<Entry> recorded = List.of();
        if (Files.exists(decisionsPath)) {
            cutTornRow(decisionsPath);
            recorded = closedRounds(DecisionsFile.read(decisionsPath, decisionsPath.toString(),
                    scenario.model().organisations().stream().map(o -> o.name()).toList()));
        }
        Session session = new Session(scenario, dir, file.settings(), file, invocation, clock);
        synchronized (session) {
            int closed = Replay.apply(session.play, recorded, decisionsPath.toString());
            for (Entry e : recorded) session.record(e);
            session.round = closed + 1;
            session.state = State.PAUSED;
        }
        return session;
    }

    /** A kill while a row was being written leaves part of it: drop everything after the last whole line. */
    private static void cutTornRow(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        if (end < bytes.length) {
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    /**
     * The entries of the rounds that closed, and the interventions fired after them (they were
     * carried out); decisions of a round the kill interrupted while it closed are dropped, as the
     * round is played again.
     */
    static List<Entry> closedRounds(List<Entry> entries) {
        int last = -1;
        for (int i = 0; i < entries.size(); i++) if (entries.get(i) instanceof Entry.RoundEnd) last = i;
        List<Entry> kept = new ArrayList<>(entries.subList(0, last + 1));
        for (Entry e : entries.subList(last + 1, entries.size())) if (e instanceof Entry.Fired) kept.add(e);
        return kept;
    }

    // ---- players

    /** Takes a free seat (numbered from 1); returns it. */
    public synchronized Seat join(int number) throws Refused {
        Seat seat = seat(number);
        if (seat.taken()) throw new Refused("seat " + number + " is taken; rejoin with its code");
        seat.take();
        saveSeats();
        changed();
        return seat;
    }

    /** The seat whose token this is. */
    public synchronized Seat rejoin(String token) throws Refused {
        if (Tokens.wellFormed(token, 64)) {
            for (Seat s : seats) {
                if (Tokens.same(s.token(), token)) {
                    if (!s.taken()) {
                        s.take();
                        saveSeats();
                    }
                    changed();
                    return s;
                }
            }
        }
        throw new Refused("unknown seat code");
    }

    /** The token of a seat this connection holds, for the player's browser to keep. */
    public synchronized String tokenOf(Seat seat) {
        return seat.token();
    }

    /**
     * A player's choice for the open round; replaces an earlier one of the same round. When every
     * player at the table has chosen, the round closes.
     *
     * @param seq the player's message number; must be higher than any accepted before
     */
    public synchronized void decide(Seat seat, long seq, int forRound, Choice choice) throws Refused {
        checkSeq(seat, seq);
        if (state == State.ENDED) throw new Refused("the session has ended");
        if (forRound != round) throw new Refused("round " + forRound + " is not open; the open round is " + round);
        Organisation o = play.model().organisations().get(seat.index());
        if (!o.active()) throw new Refused("your organisation is not at the table now");
        if (!choice.stay() && o.mandated()) throw new Refused("your organisation is at the table by law (mandated): it cannot leave");
        seat.accept(seq);
        seat.choose(choice);
        changed();
        if (state == State.RUNNING && everyoneChose()) closeRound();
    }

    /** A player asks the trainer for an intervention. */
    public synchronized void ask(Seat seat, long seq, Intervention type) throws Refused {
        checkSeq(seat, seq);
        if (state == State.ENDED) throw new Refused("the session has ended");
        seat.accept(seq);
        asks.add(new Ask(round, seat.number(), type));
        if (asks.size() > ASKS_KEPT) asks.remove(0);
        changed();
    }

    private void checkSeq(Seat seat, long seq) throws Refused {
        if (seq <= seat.lastSeq()) throw new Refused("message " + seq + " was already handled (last was " + seat.lastSeq() + ")");
    }

    private boolean everyoneChose() {
        boolean anyone = false;
        for (Seat s : seats) {
            if (!s.taken() || !play.model().organisations().get(s.index()).active()) continue;
            if (s.choice() == null) return false;
            anyone = true;
        }
        return anyone;
    }

    // ---- trainer

    /** Whether {@code token} is the trainer's. */
    public boolean trainer(String token) {
        return Tokens.wellFormed(token, 64) && Tokens.same(trainerToken, token);
    }

    public String trainerToken() {
        return trainerToken;
    }

    /** Checks and takes the trainer's message number. */
    public synchronized void trainerSeq(long seq) throws Refused {
        if (seq <= trainerSeq) throw new Refused("message " + seq + " was already handled (last was " + trainerSeq + ")");
        trainerSeq = seq;
    }

    /** Starts the session, or goes on after a pause: the round clock runs. */
    public synchronized void start() throws Refused {
        if (state == State.ENDED) throw new Refused("the session has ended");
        if (state == State.RUNNING) throw new Refused("the session is running already");
        state = State.RUNNING;
        deadline = clock.getAsLong() + remaining;
        changed();
        if (everyoneChose()) closeRound();
    }

    /** Stops the round clock. */
    public synchronized void pause() throws Refused {
        if (state != State.RUNNING) throw new Refused("the session is not running");
        remaining = Math.max(0, deadline - clock.getAsLong());
        state = State.PAUSED;
        changed();
    }

    /** Closes the open round now, whoever has chosen. */
    public synchronized void next() throws Refused {
        if (state == State.ENDED) throw new Refused("the session has ended");
        closeRound();
    }

    /** Fires an intervention now; refused by the model when its precondition does not hold. */
    public synchronized boolean intervene(Intervention type) throws Refused {
        if (state == State.ENDED) throw new Refused("the session has ended");
        long at = play.model().step();
        boolean done = play.intervene(type);
        record(new Entry.Fired(round, at, type, done));
        asks.removeIf(a -> a.intervention() == type);
        changed();
        return done;
    }

    /** Closes the round when its time is up; the server calls it a few times a second. */
    public synchronized void tick() {
        if (state == State.RUNNING && settings.roundSeconds() > 0 && clock.getAsLong() >= deadline) closeRound();
    }

    /** Seconds left in the open round (the whole round while waiting or paused), 0 without a timer. */
    public synchronized int secondsLeft() {
        if (settings.roundSeconds() == 0) return 0;
        long ms = state == State.RUNNING ? deadline - clock.getAsLong() : remaining;
        return (int) Math.max(0, (ms + 999) / 1000);
    }

    private void closeRound() {
        Collaboration model = play.model();
        List<Organisation> orgs = model.organisations();
        long at = model.step();
        int eventsBefore = model.events().size();
        double[] payoffBefore = new double[orgs.size()];
        double[] trustBefore = new double[orgs.size()];
        double[] loyaltyBefore = new double[orgs.size()];
        Map<samen.model.Condition, Double> levelsBefore = new java.util.EnumMap<>(samen.model.Condition.class);
        for (samen.model.Condition c : samen.model.Condition.values()) levelsBefore.put(c, model.condition(c));
        Map<Integer, Choice> choices = new HashMap<>();
        for (Organisation o : orgs) {
            payoffBefore[o.index()] = o.cumulativePayoff();
            trustBefore[o.index()] = o.trustReceived();
            loyaltyBefore[o.index()] = o.loyalty();
            Choice c = seats.get(o.index()).choice();
            if (c != null && o.active()) choices.put(o.index(), c);
        }
        int played = play.play(settings.roundSteps(), choices);
        List<Event> happened = model.events().subList(eventsBefore, model.events().size());
        for (Organisation o : orgs) {
            DecisionPolicy.Decision agent = play.agent(o.index());
            Choice human = choices.get(o.index());
            if (agent == null && human == null) continue;
            int agentBring = agent == null ? -1 : (int) Math.round(agent.commitment() * 100);
            Act agentAct = agent == null ? null : Act.of(agent.conduct(), agent.voice());
            long agentLeaves = play.agentLeaves(o.index());
            record(new Entry.Decision(round, at, o.index() + 1, o.name(), human, agentBring, agentAct, agentLeaves < 0));
            Seat seat = seats.get(o.index());
            Attend attend = human != null ? human.attend() : Attend.SPREAD;
            double attendedChange = attend.condition() == null ? Double.NaN
                    : model.condition(attend.condition()) - levelsBefore.get(attend.condition());
            seat.feedback(new Feedback(round, human != null, human != null ? human.bring() : agentBring,
                    human != null ? human.act() : agentAct, attend, attendedChange,
                    human != null ? human.constituency() : Answer.INFORM, o.active(), agentLeaves,
                    o.cumulativePayoff() - payoffBefore[o.index()],
                    o.trustReceived() - trustBefore[o.index()], o.loyalty() - loyaltyBefore[o.index()],
                    about(o, happened)));
        }
        record(new Entry.RoundEnd(round, at, played));
        for (Seat s : seats) s.choose(null);
        round++;
        deadline = clock.getAsLong() + settings.roundSeconds() * 1000L;
        remaining = settings.roundSeconds() * 1000L;
        if (play.done()) end();
        changed();
    }

    /**
     * What happened to or around an organisation in a round, repeats folded into one line each:
     * {@code first last kind name count}, oldest first.
     */
    private static List<String> about(Organisation o, List<Event> happened) {
        Map<String, long[]> folded = new java.util.LinkedHashMap<>();
        for (Event e : happened) {
            if (!e.subject().equals(o.name()) && !e.subject().isEmpty()) continue;
            long[] seen = folded.computeIfAbsent(e.kind().key() + " " + e.name(), k -> new long[] {e.step(), e.step(), 0});
            seen[1] = e.step();
            seen[2]++;
        }
        List<String> lines = new ArrayList<>();
        folded.forEach((what, seen) -> lines.add(seen[0] + " " + seen[1] + " " + what + " " + seen[2]));
        return lines;
    }

    private void end() {
        result = play.finish();
        state = State.ENDED;
        try {
            recorder.finish(result, scenario);
            decisions.close();
            // Listed as samen's own, so chart, report and --force treat it as any run's directory.
            Manifest.write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session's results into " + dir, e);
        }
    }

    private void record(Entry e) {
        entries.add(e);
        try {
            decisions.append(e);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write " + DecisionsFile.NAME + " in " + dir, x);
        }
    }

    private void saveSeats() {
        List<String> tokens = seats.stream().map(Seat::token).toList();
        List<Boolean> taken = seats.stream().map(Seat::taken).toList();
        try {
            new SessionFile(trainerToken, tokens, taken, settings, scenarioFile).write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + SessionFile.NAME + " in " + dir, e);
        }
    }

    private Seat seat(int number) throws Refused {
        if (number < 1 || number > seats.size()) throw new Refused("there is no seat " + number + "; seats are 1 to " + seats.size());
        return seats.get(number - 1);
    }

    private void changed() {
        for (Runnable l : listeners) l.run();
    }

    /** Called after every change of the session (under its lock: must not block). */
    public synchronized void onChange(Runnable listener) {
        listeners.add(listener);
    }

    // ---- what the views read (hold the lock while reading)

    public Scenario scenario() { return scenario; }
    public Settings settings() { return settings; }
    public Path dir() { return dir; }
    public List<Seat> seats() { return seats; }
    public Collaboration model() { return play.model(); }
    public synchronized State state() { return state; }
    /** The open round, or one past the last when ended. */
    public synchronized int round() { return round; }
    /** Rounds the scenario's steps make. */
    public int rounds() { return (scenario.steps() + settings.roundSteps() - 1) / settings.roundSteps(); }
    public synchronized List<Ask> asks() { return List.copyOf(asks); }
    public synchronized List<Entry> entries() { return List.copyOf(entries); }
    /** The run's result once ended, else null. */
    public synchronized RunResult result() { return result; }

    @Override
    public synchronized void close() throws IOException {
        try {
            decisions.close();
        } finally {
            recorder.close();
        }
    }
}
