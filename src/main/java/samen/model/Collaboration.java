package samen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import samen.model.config.HistorySpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A collaboration between organisations, as a MASON model. Each step: the {@link Context} brings
 * newcomers, departures, shocks and turnover; the organisations decide in random order (one
 * {@link RandomSequence}); the {@link Round} settles bringing and taking; the {@link Process} moves
 * phase and energy on; the {@link Conditions} follow the attention they get; the
 * {@link Facilitator} fires scheduled interventions. MASON's {@code random} is the only source of
 * randomness, so a seed fixes the whole run.
 *
 * <p>Observers (recorders, the GUI) read it through the public getters; the GUI and the
 * facilitator act on it only through {@link #intervene}.
 */
public final class Collaboration extends SimState {

    private static final long serialVersionUID = 1L;

    /** Orderings within a step: who acts first. */
    private static final int ORDER_CONTEXT = 0, ORDER_PARTNERS = 1, ORDER_ROUND = 2, ORDER_PROCESS = 3,
            ORDER_CONDITIONS = 4, ORDER_FACILITATOR = 5;

    private final ModelConfig config;
    private List<Organisation> organisations = List.of();
    private List<Organisation> active = List.of();
    private Relations relations;
    private Round round;
    private Process process;
    private Conditions conditions;
    private List<Event> events = new ArrayList<>();
    private List<Event> eventsView = Collections.unmodifiableList(events);
    private long clock;
    private long lastChangeStep;
    private double diversity;
    private int interventionsApplied;
    private int interventionsRefused;

    public Collaboration(long seed, ModelConfig config) {
        super(seed);
        this.config = config;
    }

    @Override
    public void start() {
        super.start();
        List<OrganisationSpec> specs = config.organisations();
        int n = specs.size();
        // Traits first, in scenario order, then power: the stream of draws is fixed by the scenario.
        List<Organisation.Traits> traits = new ArrayList<>(n);
        for (OrganisationSpec spec : specs) traits.add(drawTraits(spec));
        PowerAllocation power = PowerAllocation.draw(config.power(), n, random);
        List<Organisation> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(new Organisation(this, i, specs.get(i).name(), traits.get(i), power.actual()[i], power.perceived()[i],
                    config.collaboration().startPhase()));
        }
        organisations = Collections.unmodifiableList(all);
        active = organisations.stream().filter(Organisation::active).toList();
        relations = new Relations(n, config.trust());
        for (HistorySpec h : config.history()) {
            relations.history(indexOf(h.partner()), indexOf(h.other()), h.trust(), h.vigilance());
        }
        round = new Round();
        process = new Process(config.collaboration());
        conditions = new Conditions(config.conditions());
        events = new ArrayList<>();
        eventsView = Collections.unmodifiableList(events);
        clock = 0;
        lastChangeStep = 0;
        diversity = config.collaboration().diversity();
        interventionsApplied = 0;
        interventionsRefused = 0;

        schedule.scheduleRepeating(new Context(config.shocks(), config.collaboration().shockRate()), ORDER_CONTEXT, 1.0);
        schedule.scheduleRepeating(new RandomSequence(all.toArray(new Steppable[0])), ORDER_PARTNERS, 1.0);
        schedule.scheduleRepeating(round, ORDER_ROUND, 1.0);
        schedule.scheduleRepeating(process, ORDER_PROCESS, 1.0);
        schedule.scheduleRepeating(conditions, ORDER_CONDITIONS, 1.0);
        schedule.scheduleRepeating(new Facilitator(config.interventions()), ORDER_FACILITATOR, 1.0);
    }

    private Organisation.Traits drawTraits(OrganisationSpec s) {
        return new Organisation.Traits(
                s.autonomy().sample(random), s.capacity().sample(random), s.alternative().sample(random),
                s.loyalty().sample(random), s.constituencyPressure().sample(random), s.opportunism().sample(random),
                s.interests().collective().sample(random), s.interests().organisational().sample(random),
                s.interests().individual().sample(random),
                s.leadership(), s.mandate().sample(random), s.turnover(), s.joinsAt(), s.leavesAt());
    }

    private int indexOf(String name) {
        for (Organisation o : organisations) {
            if (o.name().equals(name)) return o.index();
        }
        throw new IllegalArgumentException("no organisation named " + name);
    }

    /**
     * Carries out an intervention now, if its precondition holds; it then costs energy and delays
     * the phase's work (see {@link Intervention}). Call it between steps (the GUI) or from a
     * steppable. Returns whether it was carried out; either way the event log says so.
     */
    public boolean intervene(Intervention type) {
        return intervene(type, "by hand");
    }

    boolean intervene(Intervention type, String why) {
        if (ended() || !type.possible(this)) {
            interventionsRefused++;
            log(EventKind.INTERVENTION_REFUSED, type.key(), "", "precondition not met (" + why + ")");
            return false;
        }
        type.apply(this);
        process.addEnergy(-Intervention.ENERGY_COST);
        process.delay(Intervention.DELAY);
        interventionsApplied++;
        log(EventKind.INTERVENTION, type.key(), "", why);
        return true;
    }

    void log(EventKind kind, String name, String subject, String detail) {
        events.add(new Event(clock, kind, name, subject, detail));
    }

    /** Called by the context first thing in a step, so events carry the step they happen in. */
    void startStep(long now) {
        clock = now;
    }

    /** A shock: something partners have to adapt to. */
    void markChange() {
        lastChangeStep = clock;
    }

    /** A phase change or shock happened recently: there is something to adapt to. */
    boolean recentChange() {
        long since = Math.min(clock - lastChangeStep, clock - process.lastPhaseChangeStep());
        return since < Process.CHANGE_WINDOW;
    }

    /** Called by the process after partners left, and the context after they joined or left. */
    void refreshActive() {
        long count = organisations.stream().filter(Organisation::active).count();
        if (count == active.size() && active.stream().allMatch(Organisation::active)) return;
        active = organisations.stream().filter(Organisation::active).toList();
    }

    /** Every representative is brought up to speed. */
    void onboard() {
        for (Organisation o : active) o.onboard(clock);
    }

    /** Everyone sees the phase the collaboration is in. */
    void alignPictures() {
        for (Organisation o : active) o.see(phase());
    }

    /**
     * Power bridging: the power that decides the split moves {@code share} of the way to equal, and
     * is brought into the open, so partners misjudge it less.
     */
    void bridgePower(double share) {
        double mean = active.stream().mapToDouble(Organisation::power).average().orElse(0);
        for (Organisation o : active) o.bridgePower(mean, share);
    }

    /** Translators: diversity's drag on understanding falls by {@code share}. */
    void translate(double share) {
        diversity *= 1 - share;
    }

    void learn(double share) {
        process.learn(share);
    }

    /** True once the collaboration has broken up or reached its goal; the engine stops the run then. */
    public boolean ended() {
        return process.brokenUp() || process.goalReached();
    }

    /** True once half the partners walked away or fewer than two remain. */
    public boolean brokenUp() {
        return process.brokenUp();
    }

    /** Mean of {@code value(index, other)} (outgoing) or {@code value(other, index)} over active partners. */
    double meanOver(int index, boolean outgoing, PairValue value) {
        double sum = 0;
        int count = 0;
        for (Organisation other : active) {
            if (other.index() == index) continue;
            sum += outgoing ? value.of(index, other.index()) : value.of(other.index(), index);
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    @FunctionalInterface
    interface PairValue {
        double of(int from, int to);
    }

    private double meanOverPairs(PairValue value) {
        double sum = 0;
        int count = 0;
        for (Organisation a : active) {
            for (Organisation b : active) {
                if (a == b) continue;
                sum += value.of(a.index(), b.index());
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    // Read API for observers (recorders, GUI): plain getters, no side effects.

    /** Completed steps. */
    public long step() { return schedule.getSteps(); }
    public List<Organisation> organisations() { return organisations; }
    public List<Organisation> activeOrganisations() { return active; }
    public int activeCount() { return active.size(); }
    public Relations relations() { return relations; }
    public Phase phase() { return process.phase(); }
    public double phaseProgress() { return process.progress(); }
    public double energy() { return process.energy(); }
    /** Shared picture of each other's interests, built in explore and share, in [0,1]. */
    public double mutualUnderstanding() { return process.understanding(); }
    public Phase phaseReached() { return process.phaseReached(); }
    public long phaseReachedStep() { return process.phaseReachedStep(); }
    public long lastPhaseChangeStep() { return process.lastPhaseChangeStep(); }
    public int fallbacks() { return process.fallbacks(); }
    /** Agreements reopened so far. */
    public int reopenedAgreements() { return process.reopened(); }
    double reopenedRecently() { return process.reopenedRecently(); }
    /** This step's momentum: tempo of the phase's work, or results in execute, in [0,1]. */
    public double momentum() { return process.momentum(); }
    /** True once the partners reached the scenario's goal and stopped. */
    public boolean goalReached() { return process.goalReached(); }
    /** Mean trust over all ordered pairs of active partners. */
    public double meanTrust() { return meanOverPairs(relations::trust); }
    public double meanVigilance() { return meanOverPairs(relations::vigilance); }
    public double trust(Organisation from, Organisation to) { return relations.trust(from.index(), to.index()); }
    public double vigilance(Organisation from, Organisation to) { return relations.vigilance(from.index(), to.index()); }
    public LewickiQuadrant quadrant(Organisation from, Organisation to) { return relations.quadrant(from.index(), to.index()); }
    /** Ordered pairs of active partners in watchful contracting: low trust, high vigilance (enemy images). */
    public int enemyPairs() {
        int count = 0;
        for (Organisation a : active) {
            for (Organisation b : active) {
                if (a != b && quadrant(a, b) == LewickiQuadrant.WATCHFUL_CONTRACTING) count++;
            }
        }
        return count;
    }
    /**
     * How far trust has split into factions: the mean over partners of the standard deviation of
     * the trust each gives the others, in [0,0.5].
     */
    public double factions() {
        double sum = 0;
        for (Organisation a : active) {
            double mean = a.trustGiven();
            double squares = 0;
            for (Organisation b : active) {
                if (a != b) squares += Math.pow(trust(a, b) - mean, 2);
            }
            sum += active.size() > 1 ? Math.sqrt(squares / (active.size() - 1)) : 0;
        }
        return active.isEmpty() ? 0 : sum / active.size();
    }
    public double valueCreated() { return round.valueCreated(); }
    public double cumulativeValue() { return round.cumulativeValue(); }
    public double totalContribution() { return round.totalContribution(); }
    public int opportunisticActs() { return round.opportunisticActs(); }
    /** Mean commitment of the partners over the last few steps, and its peak so far (sham test). */
    public double recentCommitment() { return process.recentCommitment(); }
    public double peakCommitment() { return process.peakCommitment(); }
    /** The level of one of the five conditions, in [0,1]. */
    public double condition(Condition c) { return conditions.level(c); }
    public Condition weakestCondition() { return conditions.weakest(); }
    /** How far the mechanisms that depend on {@code c} work, in [floor, 1] (see Conditions#weight). */
    double weight(Condition c, double floor) { return conditions.weight(c, floor); }
    /** Everything that happened so far, oldest first; grows as the run goes on. */
    public List<Event> events() { return eventsView; }
    public int interventionsApplied() { return interventionsApplied; }
    public int interventionsRefused() { return interventionsRefused; }
    /** Partners over-controlling now. */
    public int controllers() { return (int) active.stream().filter(Organisation::controlling).count(); }
    /** Diversity as it weighs now (brokering's translators lower it). */
    public double diversity() { return diversity; }
    public int phaseDuration() { return config.collaboration().phaseDuration(); }

    // Parameters and parts the organisations, the round and the interventions use.
    double transparency() { return config.trust().transparency(); }
    double influence() { return config.power().influence(); }
    /** Complementarity: different partners can create more together (seed 003 §2, "diversiteit"). */
    double synergy() { return config.collaboration().synergy() * (1 + 0.5 * config.collaboration().diversity()); }
    double meetingCost() { return config.collaboration().meetingCost(); }
    Round round() { return round; }
    Process process() { return process; }
    Conditions conditions() { return conditions; }
}
