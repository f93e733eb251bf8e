package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import samen.engine.Simulation;
import samen.model.DecisionPolicy.Constituency;
import samen.model.DecisionPolicy.Decision;
import samen.model.DecisionPolicy.Departure;
import samen.model.config.ModelConfig;

/**
 * The seam through which a workshop's players decide: the organisation's own decision is worked
 * out first and the exit draw is made whoever decides, so the random stream never depends on who
 * decides; and each of the player's decisions (attention, constituency, stay or leave) does what it
 * says.
 */
class DecisionPolicyTest {

    private static final int STEPS = 150;

    /** Partners with little loyalty and a good alternative: some walk away in most runs. */
    private static ModelConfig restless() {
        return Configs.defaults().partners(5).loyalty(0.3).alternative(1.2).build();
    }

    /** Everything the outputs are made of, per step, as text. */
    private static String fingerprint(Collaboration m) {
        StringBuilder s = new StringBuilder(m.step() + " " + m.phase() + " " + m.energy());
        for (Condition c : Condition.values()) s.append(' ').append(m.condition(c));
        for (Organisation o : m.organisations()) {
            s.append(String.format(Locale.ROOT, " [%s %s %s %s %s %s %s]", o.active(), o.loyalty(), o.commitment(),
                    o.contribution(), o.cumulativePayoff(), o.discontent(), o.trustReceived()));
        }
        return s.append(' ').append(m.events().size()).toString();
    }

    private static List<String> run(ModelConfig config, long seed, DecisionPolicy policy, List<Collaboration> end) {
        Simulation sim = Simulation.create(config, seed);
        if (policy != null) for (Organisation o : sim.model().organisations()) o.decideBy(policy);
        List<String> trace = new ArrayList<>();
        sim.run(STEPS, List.of(m -> trace.add(fingerprint(m))));
        end.add(sim.model());
        return trace;
    }

    @Property(tries = 25)
    void aPolicyThatEchoesTheAgentReproducesTheRulesRun(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Collaboration> end = new ArrayList<>();
        List<String> rules = run(restless(), seed, null, end);
        List<String> echoed = run(restless(), seed, (self, a) -> new Decision(a.commitment(), a.conduct(), a.voice(),
                a.attention(), a.constituency(), a.departure()), end);
        assertThat(echoed).isEqualTo(rules);
        assertThat(end.get(1).random.stateEquals(end.get(0).random)).isTrue();
    }

    /** The first walk-away of the rules' run: [seed, step, organisation index]. */
    private static long[] firstExit() {
        for (long seed = 1; seed <= 200; seed++) {
            Simulation sim = Simulation.create(restless(), seed);
            for (int step = 0; step < STEPS && !sim.done(STEPS); step++) {
                sim.step(List.of());
                for (Event e : sim.model().events()) {
                    if (e.kind() == EventKind.LEAVE && !e.name().equals("planned")) {
                        int index = sim.model().organisations().stream().filter(o -> o.name().equals(e.subject()))
                                .findFirst().orElseThrow().index();
                        return new long[] {seed, sim.model().step(), index};
                    }
                }
            }
        }
        throw new AssertionError("no partner walked away in 200 runs of a restless collaboration");
    }

    @Example
    void aPlayerWhoStaysKeepsItsSeatButTheExitDrawIsStillMade() {
        long[] exit = firstExit();
        int who = (int) exit[2];
        Simulation rules = Simulation.create(restless(), exit[0]);
        Simulation stays = Simulation.create(restless(), exit[0]);
        stays.model().organisations().get(who).decideBy((self, a) -> new Decision(a.commitment(), a.conduct(), a.voice(),
                null, null, Departure.STAY));
        while (rules.model().step() < exit[1] - 1) {
            rules.step(List.of());
            stays.step(List.of());
            assertThat(fingerprint(stays.model())).isEqualTo(fingerprint(rules.model()));
        }
        rules.step(List.of());
        stays.step(List.of());
        Organisation held = stays.model().organisations().get(who);
        assertThat(rules.model().organisations().get(who).active()).isFalse();
        assertThat(held.active()).as("the player stayed").isTrue();
        assertThat(held.exitDrawn()).as("what the agent would have done").isTrue();
        assertThat(stays.model().random.stateEquals(rules.model().random)).as("the same draws were made").isTrue();
    }

    @Example
    void aPlayerWhoLeavesWalksAwayAtThatStepWithoutChangingTheDraws() {
        Simulation rules = Simulation.create(restless(), 7);
        Simulation leaves = Simulation.create(restless(), 7);
        leaves.model().organisations().get(2).decideBy((self, a) -> new Decision(a.commitment(), a.conduct(), a.voice(),
                null, null, Departure.LEAVE));
        rules.step(List.of());
        leaves.step(List.of());
        Organisation gone = leaves.model().organisations().get(2);
        assertThat(gone.active()).isFalse();
        assertThat(gone.exited()).as("walked away, not a planned departure").isTrue();
        assertThat(gone.leftAtStep()).isEqualTo(1);
        assertThat(leaves.model().events()).anyMatch(e -> e.kind() == EventKind.LEAVE && e.name().equals("left")
                && e.subject().equals(gone.name()));
        assertThat(leaves.model().random.stateEquals(rules.model().random)).isTrue();
    }

    @Property(tries = 30)
    void attentionOnOneConditionMovesTheStylesAttentionThere(@ForAll Leadership style, @ForAll Condition focus) {
        Simulation sim = Simulation.create(Configs.defaults().leadership(style).build(), 3);
        sim.model().organisations().forEach(o -> o.decideBy((self, a) -> new Decision(a.commitment(), a.conduct(), a.voice(),
                focus, null, null)));
        sim.step(List.of());
        Organisation o = sim.model().organisations().get(0);
        double total = 0;
        double spread = 0;
        for (Condition c : Condition.values()) {
            total += o.attention(c);
            spread += style.attention(c);
            assertThat(o.attention(c)).isBetween(0.0, 1.0);
            if (c != focus) assertThat(o.attention(c)).isLessThanOrEqualTo(style.attention(c) + 1e-12);
        }
        assertThat(total).as("attention is finite: the style's total").isCloseTo(spread, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(o.attention(focus)).isEqualTo(Math.min(1, spread));
    }

    @Example
    void attendingToAConditionRaisesItAboveWhatTheStylesWouldHave() {
        Simulation rules = Simulation.create(Configs.defaults().build(), 5);
        Simulation focused = Simulation.create(Configs.defaults().build(), 5);
        focused.model().organisations().forEach(o -> o.decideBy((self, a) -> new Decision(a.commitment(), a.conduct(),
                a.voice(), Condition.ORGANISATION, null, null)));
        rules.step(List.of());
        focused.step(List.of());
        assertThat(focused.model().condition(Condition.ORGANISATION)).isGreaterThan(rules.model().condition(Condition.ORGANISATION));
        assertThat(focused.model().condition(Condition.RELATION)).isLessThan(rules.model().condition(Condition.RELATION));
    }

    /** One step of eager partners (loyal, willing to give up autonomy) in execute, under-organised: nothing earned at home. */
    private static Simulation answering(Constituency answer) {
        Simulation sim = Simulation.create(Configs.defaults().startPhase(Phase.EXECUTE).loyalty(1).autonomy(1)
                .trust(0.9, 0.005, 0.015).condition(Condition.ORGANISATION, 0, 1).build(), 9);
        sim.model().organisations().forEach(o -> o.decideBy((self, a) -> new Decision(a.commitment(), a.conduct(),
                a.voice(), null, answer, null)));
        sim.step(List.of());
        return sim;
    }

    @Example
    void defendingAtHomeCostsTimeAtTheTableAndHoldsLoyalty() {
        Simulation rules = answering(null);
        Simulation defend = answering(Constituency.DEFEND);
        for (int i = 0; i < rules.model().organisations().size(); i++) {
            Organisation r = rules.model().organisations().get(i);
            Organisation d = defend.model().organisations().get(i);
            assertThat(d.commitment()).isEqualTo(r.commitment());
            assertThat(d.contribution()).isCloseTo((1 - Organisation.HOME_TIME) * r.contribution(),
                    org.assertj.core.data.Offset.offset(1e-12));
            assertThat(d.loyalty()).as(d.name()).isGreaterThan(r.loyalty());
        }
    }

    @Example
    void givingInBringsNoMoreThanTheConstituencyBacks() {
        Simulation rules = answering(null);
        Simulation giveIn = answering(Constituency.GIVE_IN);
        boolean heldBack = false;
        for (int i = 0; i < rules.model().organisations().size(); i++) {
            Organisation r = rules.model().organisations().get(i);
            Organisation g = giveIn.model().organisations().get(i);
            assertThat(g.commitment()).isLessThanOrEqualTo(r.commitment());
            // Execute asks everything (intensity 1); nothing is organised, so the mandate is all the backing.
            assertThat(g.commitment()).isLessThanOrEqualTo(g.mandate() + 1e-12);
            heldBack |= g.commitment() < r.commitment();
        }
        assertThat(heldBack).as("someone was asked more than its constituency backs").isTrue();
    }
}
