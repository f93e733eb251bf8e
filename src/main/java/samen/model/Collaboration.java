package samen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import samen.model.config.HistorySpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import sim.engine.RandomSequence;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A collaboration between organisations, as a MASON model. Each step: the {@link Context} brings
 * newcomers, departures, shocks and turnover; the organisations decide in random order (one
 * {@link RandomSequence}); the {@link Round} settles bringing and taking; the {@link Process} moves
 * phase and energy on; the {@link Conditions} follow the attention they get; the partners adapt
 * the {@link Structure} if they do; the {@link Facilitator} fires scheduled interventions. MASON's {@code random} is the only source of
 * randomness, so a seed fixes the whole run.
 *
 * <p>Observers (recorders, the GUI) read it through the public getters; the GUI and the
 * facilitator act on it only through {@link #intervene}.
 */
public final class Collaboration extends SimState {

    private static final long serialVersionUID = 1L;

    /** Share of a power bridge that also takes power's weight out of the split (see {@link #bridgePower}). */
    static final double POWER_IN_THE_OPEN = 0.5;

    private final ModelConfig config;
    /** Whether any partner names a kind of resource it brings: else the table's mix is never read (a step's hot path). */
    private final boolean kindsNamed;
    private List<Organisation> organisations = List.of();
    private List<Organisation> active = List.of();
    /** Which partners are active, by index, for the relations' loops over contacts. */
    private boolean[] activeMask = new boolean[0];
    /** Each partner's position in {@link #active}, by index; -1 when it is not at the table. */
    private int[] position = new int[0];
    private Relations relations;
    /** {@link #deciders()}, and the list of active partners it was taken from. */
    private List<Organisation> deciders;
    private List<Organisation> decidersOf;
    /** Whether any two partners start from different points; if not, there is no ambiguity to compute. */
    private boolean framed;
    /** {@link #ambiguity()}, and the list of active partners it was taken from. */
    private double ambiguity;
    private List<Organisation> ambiguityOf;
    private Round round;
    private Process process;
    private Conditions conditions;
    private Structure structure;
    private List<Event> events = new ArrayList<>();
    private List<Event> eventsView = Collections.unmodifiableList(events);
    private long clock;
    private long lastChangeStep;
    private double diversity;
    private double influence;
    private int interventionsApplied;
    private int interventionsRefused;
    private int interventionsFailed;

    public Collaboration(long seed, ModelConfig config) {
        super(seed);
        this.config = config;
        this.kindsNamed = config.organisations().stream().anyMatch(s -> !s.brings().isEmpty());
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
        framed = specs.stream().map(OrganisationSpec::startingPoint).distinct().count() > 1;
        ambiguityOf = null;
        active = List.of();
        activeMask = new boolean[n];
        position = new int[n];
        refreshActive();
        relations = new Relations(Network.of(config), config.trust());
        for (HistorySpec h : config.history()) {
            relations.history(indexOf(h.partner()), indexOf(h.other()), h.trust(), h.vigilance());
        }
        round = new Round();
        process = new Process(config.collaboration());
        conditions = new Conditions(config.conditions(), config.collaboration().structure(), config.collaboration().governance());
        structure = new Structure(config.collaboration().structure(), config.collaboration().adaptation());
        events = new ArrayList<>();
        eventsView = Collections.unmodifiableList(events);
        clock = 0;
        lastChangeStep = 0;
        diversity = config.collaboration().diversity();
        influence = config.power().influence();
        interventionsApplied = 0;
        interventionsRefused = 0;
        interventionsFailed = 0;

        // One repeating Sequence in this order: one schedule entry per step instead of seven (eight when
        // the network evolves, nine when its ties do: between the round that shows what each brought and the gates that ask the core).
        List<Steppable> steps = new ArrayList<>(List.of(new Context(config.shocks(), config.collaboration().shockRate()),
                new RandomSequence(all.toArray(new Steppable[0])), round));
        if (config.collaboration().network() != NetworkChange.FIXED) steps.add(new CoreGrowth());
        if (config.collaboration().network() == NetworkChange.EVOLVING_TIES) steps.add(new TieChange(relations.network(), config.collaboration().contacts(), kindsNamed));
        steps.addAll(List.of(process, conditions, structure, new Facilitator(config.interventions()), new Leaders()));
        schedule.scheduleRepeating(new Sequence(steps.toArray(new Steppable[0])));
    }

    private Organisation.Traits drawTraits(OrganisationSpec s) {
        return new Organisation.Traits(
                s.autonomy().sample(random), s.capacity().sample(random), s.alternative().sample(random),
                s.loyalty().sample(random), s.constituencyPressure().sample(random), s.opportunism().sample(random),
                s.interests().collective().sample(random), s.interests().organisational().sample(random),
                s.interests().individual().sample(random),
                s.leadership(), s.mandate().sample(random), s.turnover(), s.joinsAt(), s.leavesAt(), s.participation(),
                s.nextGeneration(), s.initiative(), s.learning(), s.circle(), s.terrain(), s.startingPoint(), s.culture(), s.motive(), s.joins(),
                drawn(s.brings()));
    }

    /**
     * What a partner brings: none when it names none, the kind or mix it names, or one of the kinds it names drawn with
     * equal chance after its other traits (no draw, so the stream is as before, unless there is a choice).
     */
    private ResourceMix drawn(List<ResourceMix> brings) {
        if (brings.isEmpty()) return ResourceMix.NONE;
        return brings.size() == 1 ? brings.get(0) : brings.get(random.nextInt(brings.size()));
    }

    /** The organisation named {@code name}. */
    Organisation organisation(String name) {
        return organisations.get(indexOf(name));
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
        return intervene(type, why, "");
    }

    /**
     * Carries out an intervention that {@code by} carries: a partner's representative, by name, or
     * the facilitator when empty. A representative has time for one intervention a step, and
     * succeeds only as far as the others trust it (seed 004, visioning: "meestal uitgevoerd door
     * iemand die thuis is in de inhoud van de samenwerking, gezag geniet bij de partners"): with
     * probability the others' mean trust in it. A failed intervention costs what a carried-out one
     * costs and does nothing else. The facilitator does not fail.
     */
    boolean intervene(Intervention type, String why, String named) {
        String by = named.isEmpty() ? config.collaboration().facilitator() : named;
        Organisation carrier = by.isEmpty() ? null : organisation(by);
        String refused = ended() || !type.possible(this) ? "precondition not met"
                : carrier != null && !carrier.active() ? "its carrier " + by + " is not at the table"
                : carrier != null && carrier.carriedAt() == clock ? "its carrier " + by + " has no time left this step"
                : null;
        if (refused != null) {
            interventionsRefused++;
            log(EventKind.INTERVENTION_REFUSED, type.key(), by, refused + " (" + why + ")");
            return false;
        }
        if (carrier != null) {
            carrier.carry(clock);
            double authority = carrier.trustReceived();
            if (!random.nextBoolean(authority)) {
                spendOn();
                interventionsFailed++;
                log(EventKind.INTERVENTION_FAILED, type.key(), by,
                        String.format(Locale.ROOT, "the others' trust in its carrier is %.2f (%s)", authority, why));
                return false;
            }
        }
        double standing = config.collaboration().facilitatorAuthority();
        if (carrier == null && standing < 1 && !random.nextBoolean(standing)) {
            spendOn();
            interventionsFailed++;
            log(EventKind.INTERVENTION_FAILED, type.key(), "",
                    String.format(Locale.ROOT, "the facilitator's authority is %.2f (%s)", standing, why));
            return false;
        }
        type.apply(this);
        spendOn();
        interventionsApplied++;
        log(EventKind.INTERVENTION, type.key(), by, why);
        return true;
    }

    /** What an intervention that was carried out costs, whether it worked or not: energy and time. */
    private void spendOn() {
        process.addEnergy(-Intervention.ENERGY_COST);
        process.delay(Intervention.DELAY);
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
        int k = 0;
        boolean same = true;
        for (Organisation o : organisations) {
            if (!o.active()) continue;
            if (k >= active.size() || active.get(k) != o) same = false;
            k++;
        }
        if (same && k == active.size()) return;
        List<Organisation> now = new ArrayList<>(k);
        for (Organisation o : organisations) {
            if (o.active()) now.add(o);
        }
        active = Collections.unmodifiableList(now);
        java.util.Arrays.fill(activeMask, false);
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < now.size(); i++) {
            activeMask[now.get(i).index()] = true;
            position[now.get(i).index()] = i;
        }
    }

    /** Which partners are at the table, by index: the relations' loops go over contacts marked here. */
    boolean[] activeMask() {
        return activeMask;
    }

    /** {@code o}'s position in {@link #activeOrganisations()}, by index; -1 when it is not at the table. */
    int position(int index) {
        return position[index];
    }

    /**
     * The partners who decide at the gates and set, and so can reopen, the rules: the active core
     * partners ("Consensus over strategie en visie", "Bepalen samen de spelregels", seed 004), or
     * every active partner when no core partner is at the table.
     */
    List<Organisation> deciders() {
        if (deciders == null || decidersOf != active) {
            List<Organisation> core = active.stream().filter(o -> o.circle().decides()).toList();
            deciders = core.isEmpty() ? active : core;
            decidersOf = active;
        }
        return deciders;
    }

    /** A partner moved into the core ({@link CoreGrowth}): the deciders and the pairs that work together change. */
    void coreChanged() {
        deciders = null;
        tiesChanged();
    }

    /** Partners added or dropped contacts ({@link TieChange}): the pairs that work together change. */
    void tiesChanged() {
        ambiguityOf = null;
    }

    /**
     * Representatives still finding their way are brought in: at home at once, and their trust
     * relations close {@code share} of the gap to the mean trust among the others.
     */
    void connectNewcomers(double share) {
        for (Organisation o : active) {
            if (o.settled(clock) >= 1) continue;
            o.onboard(clock);
            relations.reconnect(o.index(), activeMask, share);
        }
    }

    /** Everyone sees the phase the collaboration is in. */
    void alignPictures() {
        for (Organisation o : active) o.see(phase());
    }

    /**
     * Power bridging: the power that decides the split moves {@code share} of the way to equal, and
     * is brought into the open, so partners misjudge it less; and power exercised in the open weighs
     * less in the split than power exercised out of sight ("macht wordt niet geëtaleerd", seed 004):
     * its influence falls by {@code share × POWER_IN_THE_OPEN}.
     */
    void bridgePower(double share) {
        double mean = active.stream().mapToDouble(Organisation::power).average().orElse(0);
        for (Organisation o : active) o.bridgePower(mean, share);
        influence -= share * POWER_IN_THE_OPEN * influence;
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

    /** Step since which it had been stalled when it broke up, or -1 if it broke up while moving. */
    public long stalledAtBreakup() { return process.stalledAtBreakup(); }

    /** Step since which it had been a sham when it broke up, or -1 if it did not become one first. */
    public long hollowAtBreakup() { return process.hollowAtBreakup(); }

    /**
     * What the market motive weighs for {@code o} ({@link MarketAccess}, {@link Protection}): {@code worth}
     * times its share of that motive times the share of the partners who ever joined, other than
     * {@code o}, that are at the table now and {@code which} holds for. Free space and candidates count
     * in neither, as in the break-up count, so a partner who walks away or leaves by plan still counts
     * in the share it no longer fills. A partner that names no terrain has no market to weigh: 0.
     */
    double marketWeight(Organisation o, double worth, Predicate<Organisation> which) {
        double share = o.motive().share(Motive.MARKET);
        if (share == 0 || o.terrain().isEmpty()) return 0;
        int others = 0;
        int present = 0;
        for (Organisation j : organisations) {
            if (j == o || j.pending() || j.circle() == Circle.FREE) continue;
            others++;
            if (j.active() && which.test(j)) present++;
        }
        return others == 0 ? 0 : share * worth * present / others;
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
    /** Mean trust over all ordered pairs of active partners who work together. */
    public double meanTrust() { return relations.meanTrust(activeMask); }
    public double meanVigilance() { return relations.meanVigilance(activeMask); }
    /** Who works with whom. */
    public Network network() { return relations.network(); }
    /** Whether {@code a} and {@code b} work together (both ways). */
    public boolean contacts(Organisation a, Organisation b) { return relations.network().contacts(a.index(), b.index()); }
    /** Ordered pairs of active partners who work together: n(n − 1) with everyone in the core. */
    public int activePairs() {
        return relations.network().complete() ? active.size() * (active.size() - 1) : relations.activePairs(activeMask);
    }
    public Governance governance() { return config.collaboration().governance(); }

    /**
     * The share of the work a reopened agreement sets back: under self-organising governance one
     * module, a partner and the active partners it works with on average, {@code (1 + P/|A|) / |A|}
     * for {@code P} {@link #activePairs()}; otherwise the whole table, 1.
     */
    double module() {
        if (governance() != Governance.SELF_ORGANISING || active.isEmpty()) return 1;
        return (1 + (double) activePairs() / active.size()) / active.size();
    }
    public Membership membership() { return config.collaboration().membership(); }

    /**
     * The hub that settles grievances and coordinates: the lead organisation (the first partner, while
     * it is at the table) under {@link Governance#LEAD}; otherwise none.
     */
    Organisation lead() {
        Organisation first = organisations.get(0);
        return governance() == Governance.LEAD && first.active() ? first : null;
    }
    public double trust(Organisation from, Organisation to) { return relations.trust(from.index(), to.index()); }
    public double vigilance(Organisation from, Organisation to) { return relations.vigilance(from.index(), to.index()); }
    public LewickiQuadrant quadrant(Organisation from, Organisation to) { return relations.quadrant(from.index(), to.index()); }
    /** Ordered pairs of active partners who work together in watchful contracting: low trust, high vigilance (enemy images). */
    public int enemyPairs() { return relations.watchfulPairs(activeMask); }
    /**
     * How far trust has split into factions: the mean over partners of the standard deviation of
     * the trust each gives its active contacts, in [0,0.5].
     */
    public double factions() {
        double sum = 0;
        for (Organisation a : active) sum += relations.trustSpread(a.index(), a.trustGiven(), activeMask);
        return active.isEmpty() ? 0 : sum / active.size();
    }
    /**
     * What the active partners together take per unit they put at stake, recently, less one: the
     * value the collaboration creates beyond going it alone (see {@link Organisation#surplusRate}).
     */
    public double surplusRate() {
        double taken = 0;
        double cost = 0;
        for (Organisation o : active) {
            taken += o.recentTaken();
            cost += o.recentCost();
        }
        return cost > 0 ? taken / cost - 1 : 0;
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
    /** Interventions a partner's representative carried out without the authority to make them work. */
    public int interventionsFailed() { return interventionsFailed; }
    /** Partners over-controlling now. */
    public int controllers() { return (int) active.stream().filter(Organisation::controlling).count(); }
    /**
     * Share of the ordered pairs of active partners who work together that start from different
     * points ({@link Ambiguity}), in [0,1]; taken again when the table changes.
     */
    public double ambiguity() {
        if (!framed) return 0;
        if (ambiguityOf != active) {
            ambiguity = Ambiguity.of(organisations, relations.network(), activeMask);
            ambiguityOf = active;
        }
        return ambiguity;
    }
    /** Diversity as it weighs now (brokering's translators lower it). */
    public double diversity() { return diversity; }

    /**
     * Diversity as it drags the partners' dialogue about each other's interests (seed 003 §2,
     * "spraakverwarring"): what the translators left of it, less the share the partners' future
     * leaders bridge. They talk with the other partners' people across the divide and take back
     * what they heard (seed 000, Hattem: "De vijf jonge ambtenaren gingen in gesprek met verschillende
     * initiatiefnemers en koppelden aan de beleidsmakers van de gemeentes terug wat er beter kon";
     * "die de verbinding zochten tussen de overheid en de inwoners"). The bridge is the mean
     * {@code next_generation} at the table, so without future leaders this is {@link #diversity()}.
     */
    double divide() {
        double bridge = 0;
        for (Organisation o : active) bridge += o.nextGeneration();
        return active.isEmpty() ? diversity : diversity * (1 - bridge / active.size());
    }
    public int phaseDuration() { return config.collaboration().phaseDuration(); }

    // Parameters and parts the organisations, the round and the interventions use.
    double transparency() { return config.trust().transparency(); }

    /**
     * The chance that a breach becomes known to a partner who works with the breaker, as a partner
     * weighing one reckons it: seen ({@link #transparency}) or, where the partners hold the rules of
     * the game, told ({@code collaboration.norms}).
     */
    double visibility() {
        double t = transparency();
        return t + (1 - t) * config.collaboration().norms();
    }

    double norms() { return config.collaboration().norms(); }
    /** How far power rather than contribution decides the split now (brokering lowers it). */
    double influence() { return influence; }
    /**
     * What the partners create per unit brought: complementarity, different partners can create more
     * together (seed 003 §2, "diversiteit"), {@code σ' = σ·(1 + 0.5·δ_0)}. In a self-organising network
     * only as much of what they create beyond going alone, {@code σ' − 1}, as is still at the table:
     * {@code 1 + (σ' − 1)·K} for {@code K} {@link #retained()} (docs/MODEL.md §7.19). With a relational rent
     * {@code η > 0} the surplus is first realised as far as the partners work together ({@link RelationalRent}),
     * so the two scale it one after the other: {@code 1 + (σ' − 1)·(1 − η + η·Q)·K}. Where partners name the kind
     * of resource they bring, the surplus is before all that realised as far as those kinds complement each other
     * ({@link Complementarity}): {@code 1 + (σ' − 1)·M·(1 − η + η·Q)·K}.
     */
    double synergy() {
        double synergy = config.collaboration().synergy() * (1 + 0.5 * difference());
        if (kindsNamed) synergy = Complementarity.realised(synergy, this);
        double rent = config.collaboration().relationalRent();
        if (rent > 0) synergy = RelationalRent.realised(synergy, rent, this);
        return governance() == Governance.SELF_ORGANISING ? 1 + (synergy - 1) * retained() : synergy;
    }

    /**
     * Under self-organising governance, the share of all the partners ever brought that is still at the
     * table, {@code K = Σ_{i∈A} B_i / Σ_i B_i} (1 before anyone brought anything); otherwise 1. A
     * self-organising network has no boundary but the value someone adds (seed 004: "Stel geen grenzen;
     * ze worden bepaald door de waarde die iemand toevoegt") and no course set beforehand that plans who
     * takes over a part: a partner who votes with its feet takes what it added to the others with it,
     * and a small network cannot make up for it ("De netwerken ontstaan en verdwijnen spontaan").
     */
    double retained() {
        if (governance() != Governance.SELF_ORGANISING) return 1;
        double here = 0;
        double ever = 0;
        for (Organisation o : organisations) {
            ever += o.brought();
            if (o.active()) here += o.brought();
        }
        return ever > 0 ? here / ever : 1;
    }
    /**
     * How far the partners differ: the scenario's diversity, which translators do not change (they
     * ease understanding, the difference stays). What there is to gain from, and to learn from, each other.
     */
    double difference() { return config.collaboration().diversity(); }
    double meetingCost() { return config.collaboration().meetingCost(); }
    /** What a partner has put in, in steps of its full capacity, at which it is half locked in. */
    double lockInHalf() { return config.collaboration().lockInHalf(); }
    Round round() { return round; }
    Process process() { return process; }
    Conditions conditions() { return conditions; }
    Structure structure() { return structure; }
}
