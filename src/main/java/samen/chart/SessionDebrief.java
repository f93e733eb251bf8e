package samen.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import samen.output.EventRecord;
import samen.scenario.ScenarioException;

/**
 * What a workshop session's debrief is made of, read from the {@code decisions.csv} in its
 * directory: per player, round by round, what counted and what the organisation's own rules would
 * have done at the round's first step in the same state; and the rounds' steps, to place the
 * turning points of {@code events.csv} in their round.
 *
 * @param players the seats a person played at least one round of, in seat order
 * @param rounds  the rounds closed, in order
 * @param fired   the trainer's interventions
 */
record SessionDebrief(List<Player> players, List<Round> rounds, List<Fired> fired) {

    static final String FILE = "decisions.csv";

    /**
     * One seat's round. The agent spreads its attention by its leadership style and informs its
     * constituency, so only its bring, act and stay are kept.
     */
    record Decision(int round, boolean human, int bring, String act, String attend, String constituency, boolean stay,
                    int agentBring, String agentAct, boolean agentStays) {
        /** A player who acted otherwise than the agent would have. */
        boolean actsOtherwise() {
            return human && !act.equals(agentAct);
        }
    }

    record Player(int seat, String name, List<Decision> decisions) {
        List<Decision> played() {
            return decisions.stream().filter(Decision::human).toList();
        }

        double meanBring() {
            return played().stream().mapToInt(Decision::bring).average().orElse(Double.NaN);
        }

        double meanAgentBring() {
            return played().stream().mapToInt(Decision::agentBring).average().orElse(Double.NaN);
        }
    }

    /** A round that ran {@code steps} steps after {@code from} completed ones. */
    record Round(int number, long from, int steps) {
    }

    /** An intervention the trainer fired in a round, after {@code step} completed steps. */
    record Fired(int round, long step, String intervention) {
    }

    /**
     * The round an event happened in, or 0 after the last (the agents played on): the trainer's
     * interventions in the round they were fired, between two rounds' steps; everything else in the
     * round whose steps it happened in.
     */
    int roundOf(EventRecord e) {
        for (Fired f : fired) if (f.step() == e.step() && f.intervention().equals(e.name()) && e.kind().equals("intervention")) return f.round();
        for (Round r : rounds) if (e.step() > r.from() && e.step() <= r.from() + r.steps()) return r.number();
        return 0;
    }

    /** The debrief of the session in {@code dir}, empty when it is not a session's directory. */
    static Optional<SessionDebrief> read(Path dir, String display) throws IOException, ScenarioException {
        Optional<Table> file = Table.readIfPresent(dir.resolve(FILE), display + "/" + FILE);
        if (file.isEmpty()) return Optional.empty();
        Table t = file.get().require("round", "step", "kind", "seat", "organisation", "by", "bring", "act", "attend",
                "constituency", "stay", "agent_bring", "agent_act", "agent_stay", "intervention", "steps");
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, List<Decision>> bySeat = new LinkedHashMap<>();
        List<Round> rounds = new ArrayList<>();
        List<Fired> fired = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int round = (int) t.number(i, "round");
            switch (t.text(i, "kind")) {
                case "decision" -> {
                    int seat = (int) t.number(i, "seat");
                    names.put(seat, t.text(i, "organisation"));
                    boolean human = t.text(i, "by").equals("human");
                    double agentBring = t.number(i, "agent_bring");
                    bySeat.computeIfAbsent(seat, k -> new ArrayList<>()).add(new Decision(round, human,
                            human ? (int) t.number(i, "bring") : -1, t.text(i, "act"), t.text(i, "attend"),
                            t.text(i, "constituency"), !t.text(i, "stay").equals("false"),
                            Double.isNaN(agentBring) ? -1 : (int) agentBring, t.text(i, "agent_act"),
                            !t.text(i, "agent_stay").equals("false")));
                }
                case "round" -> rounds.add(new Round(round, (long) t.number(i, "step"), (int) t.number(i, "steps")));
                case "intervention" -> fired.add(new Fired(round, (long) t.number(i, "step"), t.text(i, "intervention")));
                default -> { }
            }
        }
        List<Player> players = new ArrayList<>();
        bySeat.forEach((seat, decisions) -> {
            if (decisions.stream().anyMatch(Decision::human)) players.add(new Player(seat, names.get(seat), List.copyOf(decisions)));
        });
        players.sort(java.util.Comparator.comparingInt(Player::seat));
        return Optional.of(new SessionDebrief(List.copyOf(players), List.copyOf(rounds), List.copyOf(fired)));
    }
}
