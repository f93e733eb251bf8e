package samen.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A partner in the collaboration, acting through its representative. Each step it decides how
 * much to bring and whether to act cooperatively or opportunistically (its MASON {@link #step});
 * the {@link Round} then settles what everyone takes and what each partner experienced.
 *
 * <p>State: autonomy it is willing to give up, capacity, stand-alone alternative, three interest
 * weights (seed 003 §3.2), loyalty split between collaboration and own organisation with the
 * constituency's pull and mandate (seed 003 §2 "gesplitste loyaliteit"), power (actual and
 * perceived), a base propensity to opportunism (seed 004, Wathne and Heide), and its
 * representative: a person with a leadership signature and a picture of the phase the
 * collaboration is in (seed 003 §4.5: partners "geheel verschillende beelden hebben bij de fase").
 */
public final class Organisation implements Steppable {

    private static final long serialVersionUID = 1L;

    /** How fast loyalty moves towards what the collaboration is worth to the organisation. */
    static final double LOYALTY_RATE = 0.05;
    /** Share of its intended contribution an evading partner actually brings. */
    static final double EVASION_SHARE = 0.5;
    /** Share of commitment left when the ambition is gone: the rest needs a shared "why". */
    static final double AMBITION_FLOOR = 0.3;
    /** How much more tempting opportunism gets when the relation has run down (power games). */
    static final double POWER_GAMES = 0.5;
    /**
     * How far a fully organised collaboration earns the constituencies' trust: the room beyond the
     * mandate it wins, and how much it eases their pull (seed 003 §4.4: organising is essential "om
     * ... het vertrouwen van de achterban te verdienen").
     */
    static final double BACKING = 0.8;
    /** How hard a constituency pulls back a representative asked to commit beyond its backing. */
    static final double MANDATE_PULL = 1.0;
    /**
     * Steps, in phases of work, over which a partner weighs what the collaboration gives it: its
     * recent account forgets the past with a span of this many phase durations, so a partner judges
     * its last phase of work, not the whole run (and neither does the outcome, see {@link OutcomeRules}).
     */
    static final double ACCOUNT_PHASES = 2;
    /**
     * Chance per step that a discontented partner pushes back (voice, Hirschman 1970), reached
     * gradually as discontent rises through [{@link #VOICE_FROM}, {@link #VOICE_FULL}]: a partner
     * swallows small grievances.
     */
    static final double VOICE = 0.3;
    static final double VOICE_FROM = 0.1;
    static final double VOICE_FULL = 0.4;
    /** Share of its contribution a partner that pushes back by withholding still brings. */
    static final double WITHHOLD_SHARE = 0.5;
    /**
     * Share of its way out a partner under external pressure finds closed: the outside world expects
     * it at the table (seed 004, *Externe druk*: "Politiek druk: 'één gezicht' voor de burger",
     * "Moreel appèl van samenleving of politiek"; seed 001: "En tot slot vraagt ook de buitenwereld
     * dat je zaken op elkaar afstemt"), so leaving costs face, but unlike the law it does not forbid
     * it. Half: between free to go and bound by law; a judgement, not a measurement (docs/MODEL.md §9).
     */
    static final double FACE = 0.5;
    /** Under full vigilance, the share of its contribution a partner keeps back as a safeguard. */
    static final double SAFEGUARD = 0.3;
    /** How far the others' full vigilance deters a partner from opportunism (monitoring). */
    static final double DETERRENCE = 0.5;
    /**
     * A representative who defends the collaboration at home ({@link DecisionPolicy.Constituency#DEFEND})
     * wins this share of the backing a fully organised collaboration has not yet earned it ...
     */
    static final double DEFENCE = 0.5;
    /** ... and brings this share less to the table: the time it spends at home. */
    static final double HOME_TIME = 0.2;

    /** Where an organisation stands in the network over a run. */
    enum Status { PENDING, ACTIVE, LEFT }

    private final Collaboration collaboration;
    private final int index;
    private final String name;
    private final Traits traits;
    private final double collectiveWeight;
    private final double organisationalWeight;
    private final double individualWeight;

    // Can change during a run: shocks, brokering, turnover.
    private double capacity;
    private double alternative;
    private double power;
    private double perceivedPower;
    private double loyalty;
    /** Share of its autonomy it is willing to give up; it changes only by learning ({@link #learn}). */
    private double autonomy;
    private Status status;
    /** Where it stands: the scenario's circle, until it moves into the core ({@link CoreGrowth}). */
    private Circle circle;
    private boolean exited;
    private String exitReason = "";
    private long leftAtStep = -1;
    private long settledAt;
    private Phase picture;
    private boolean controlling;
    private DecisionPolicy policy;

    // What happened this step.
    private Opportunism conduct;
    private Voice voice;
    private Condition attention;
    private DecisionPolicy.Constituency constituency;
    private DecisionPolicy.Departure departure;
    private boolean exitDrawn;
    private double commitment;
    private double contribution;
    private double taken;
    private double payoff;
    private double interestsServed = 0.5;
    private double collectiveServed = 0.5;
    private double organisationalServed = 0.5;
    private double individualServed = 0.5;

    // Over the run.
    private double cumulativePayoff;
    private double alternativeValue;
    private long stepsActive;

    // What it put in (lock-in; all it brought, its reputation in a self-organising network) and won in renegotiations.
    private double invested;
    private double brought;
    private double terms;
    // Its recent account (exponentially weighted over about ACCOUNT_PHASES phases of work).
    private double recentTaken;
    private double recentCost;
    private double recentFair;
    private double discontent;
    /** The successes it marked and remembers, m in [0,1] (see {@link #celebrate}). */
    private double successes;
    /** Share of its commitment held back this step by withdrawing inwardly (partners whose way out is closed only). */
    private double withdrawal;
    /** The step in which its representative last carried an intervention, or -1. */
    private long carriedAt = -1;
    /** The step in which its representative last made a move of its own ({@link Leaders}); none yet. */
    private long movedAt = Long.MIN_VALUE / 2;

    Organisation(Collaboration collaboration, int index, String name, Traits traits, double power,
                 double perceivedPower, Phase startPhase) {
        this.collaboration = collaboration;
        this.index = index;
        this.name = name;
        this.traits = traits;
        this.circle = traits.circle();
        this.capacity = traits.capacity();
        this.alternative = traits.alternative();
        this.loyalty = traits.loyalty();
        this.autonomy = traits.autonomy();
        double sum = traits.collective() + traits.organisational() + traits.individual();
        // Weights of zero everywhere mean "no preference", not "no interests".
        this.collectiveWeight = sum > 0 ? traits.collective() / sum : 1.0 / 3;
        this.organisationalWeight = sum > 0 ? traits.organisational() / sum : 1.0 / 3;
        this.individualWeight = sum > 0 ? traits.individual() / sum : 1.0 / 3;
        this.power = power;
        this.perceivedPower = perceivedPower;
        this.status = traits.joinsAt() > 0 || traits.joins() != Joining.PLANNED ? Status.PENDING : Status.ACTIVE;
        this.picture = startPhase;
    }

    /** The attributes drawn for one organisation from its {@code OrganisationSpec}. */
    record Traits(double autonomy, double capacity, double alternative, double loyalty,
                  double constituencyPressure, double opportunism,
                  double collective, double organisational, double individual,
                  Leadership leadership, double mandate, double turnover, long joinsAt, long leavesAt,
                  Participation participation, double nextGeneration, double initiative, double learning, Circle circle,
                  String terrain, StartingPoint startingPoint, String culture, Motives motive, Joining joins,
                  ResourceMix brings) {
    }

    /**
     * Share of its commitment a partner whose way out is closed ({@link #exitClosed}: by law, or in
     * part by external pressure) holds back, in [0, 1 − {@link #WITHHOLD_SHARE}]: what would drive a
     * free partner out (its own organisation's pull or its discontent, on the exit hazard's ramps,
     * {@link Process#exitPush}) drives a partner that cannot leave, that share of it, to withdraw
     * inwardly, the more the more concrete the phase (its intensity), and never below what it must
     * bring (seed 000: "Ze moeten zich aan een aantal financiële afspraken houden, maar daar
     * blijft het bij"; Rusbult et al. 1988: where exit is closed, dissatisfaction turns into neglect).
     * Withdrawing is withholding without saying so, so it keeps what open withholding keeps.
     */
    private double inwardWithdrawal(Phase phase) {
        double closed = exitClosed();
        if (closed == 0) return 0;
        return closed * (1 - WITHHOLD_SHARE) * phase.intensity() * Process.exitPush(this);
    }

    /**
     * How far its way out is closed, in [0,1]: wholly for a partner at the table by law, by
     * {@link #FACE} for one the outside world expects there (external pressure), not at all
     * otherwise. That share of what would drive it out makes it withdraw inwardly instead, and the
     * rest may still take it out ({@link Process}'s exit hazard).
     */
    double exitClosed() {
        if (traits.participation() == Participation.MANDATED) return 1;
        return FACE * traits.motive().share(Motive.PRESSURE);
    }

    /**
     * Decide this step's conduct. The chance of acting opportunistically grows with the base
     * propensity, with low loyalty and low trust in the others, with low transparency (information
     * asymmetry), with what is at stake in the phase (specific investments: lock-in) and with a
     * run-down relation (seed 004, Wathne and Heide: "wanneer? informatie-asymmetrie, gebrek aan
     * transparantie, lock-in"; seed 003 §4.3: "machtsspelletjes"). Commitment grows with loyalty,
     * the autonomy the organisation is willing to give up, trust, energy and a shared ambition
     * (seed 003: "een deel van hun autonomie opgeven, in het vertrouwen dat ze er meer voor
     * terugkrijgen"; §4.1: without ambition "de inspiratie lekt langzaam maar zeker weg"). What it
     * brings follows the phase its representative believes the collaboration is in.
     */
    @Override
    public void step(SimState state) {
        if (!active()) return;
        Collaboration c = collaboration;  // the same object as state, without a cast
        double trustInOthers = trustGiven();
        Phase phase = c.phase();
        double watched = collaboration.relations().vigilanceReceived(index, c.activeMask());
        double temptation = traits.opportunism() * (1 - loyalty * trustInOthers) * (2 - c.visibility())
                * phase.intensity() * (1 + POWER_GAMES * (1 - c.weight(Condition.RELATION, 0)))
                * (1 - DETERRENCE * watched);
        conduct = c.random.nextBoolean(Math.min(1, temptation)) ? chooseOpportunism(c) : null;
        voice = conduct == null && c.random.nextBoolean(VOICE * ramp(discontent(), VOICE_FROM, VOICE_FULL)) ? Voice.choose(phase) : null;
        commitment = loyalty * (0.25 + 0.75 * autonomy) * (0.5 + 0.5 * trustInOthers) * (0.5 + 0.5 * c.energy())
                * c.weight(Condition.AMBITION, AMBITION_FLOOR);
        withdrawal = inwardWithdrawal(phase);
        commitment *= 1 - withdrawal;
        exitDrawn = false;
        attention = null;
        constituency = null;
        departure = null;
        if (policy != null) {
            DecisionPolicy.Decision d = policy.decide(this, new DecisionPolicy.Decision(commitment, conduct, voice));
            commitment = d.commitment();
            conduct = d.conduct();
            voice = d.voice();
            attention = d.attention();
            constituency = d.constituency();
            departure = d.departure();
        }
        // Giving in to the constituency: no more than it backs, so no overreach (see weighInterests).
        if (constituency == DecisionPolicy.Constituency.GIVE_IN && phase.intensity() > 0) {
            commitment = Math.min(commitment, backing() / phase.intensity());
        }
        double kept = conduct == Opportunism.EVASION ? EVASION_SHARE : voice == Voice.WITHHOLD ? WITHHOLD_SHARE : 1;
        double atHome = constituency == DecisionPolicy.Constituency.DEFEND ? 1 - HOME_TIME : 1;
        contribution = capacity * picture.intensity() * commitment * kept * atHome * (1 - SAFEGUARD * vigilance());
    }

    /**
     * Which form opportunism takes (Wathne and Heide): evasion is always at hand; refusing to
     * adapt needs something to adapt to (a recent phase change or shock); violation needs
     * agreements, and is easier when the collaboration is under-organised; forced renegotiation
     * needs agreements and partners locked in by what they invested (a hold-up), and is easier when
     * interests were never talked through.
     */
    private Opportunism chooseOpportunism(Collaboration c) {
        boolean agreed = c.phase().ordinal() >= Phase.AGREE.ordinal();
        double evasion = 1;
        double refusal = c.recentChange() ? 1 : 0.2;
        double violation = agreed ? 2 - c.condition(Condition.ORGANISATION) : 0;
        double renegotiation = agreed ? othersLockIn(c) * (2 - c.condition(Condition.INTERESTS)) : 0;
        double draw = c.random.nextDouble() * (evasion + refusal + violation + renegotiation);
        if ((draw -= evasion) < 0) return Opportunism.EVASION;
        if ((draw -= refusal) < 0) return Opportunism.REFUSAL_TO_ADAPT;
        if (draw - violation < 0) return Opportunism.VIOLATION;
        return Opportunism.FORCED_RENEGOTIATION;
    }

    /** How far the active partners it works with are locked in: what a hold-up can exploit. */
    private double othersLockIn(Collaboration c) {
        double sum = 0;
        int n = 0;
        boolean[] active = c.activeMask();
        for (int other : c.network().contactsOf(index)) {
            if (!active[other]) continue;
            sum += c.organisations().get(other).lockIn(c.lockInHalf());
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * Books what the {@link Round} gave this organisation: {@code taken} from the pot against
     * {@code cost}, what bringing its contribution and sitting at the table cost it at home (so the
     * payoff is against going it alone), and {@code fair}, what its contribution, its power in part
     * and its agreed terms justify in the partners' eyes ("voor wat hoort wat", seed 004; see
     * {@code Round#fairShares}). Its recent account weighs the last phases of work.
     */
    void settle(double taken, double cost, double fair) {
        this.taken = taken;
        this.payoff = taken - cost;
        this.cumulativePayoff += payoff;
        this.stepsActive++;
        this.alternativeValue += alternative * capacity;
        if (capacity > 0) invested += contribution / capacity;
        brought += contribution;
        double a = accountWeight();
        recentTaken += a * (taken - recentTaken);
        recentCost += a * (cost - recentCost);
        recentFair += a * (fair - recentFair);
    }

    /**
     * Grievance this step, in [0,1], folded into its discontent: getting less than what it brings
     * justifies, and once the work is done (execute) being worse off than alone. Seed 002: "Zodra
     * gemeenten het idee krijgen dat ze zonder de ander hun doel kunnen bereiken, zullen ze dat niet
     * nalaten"; seed 004: the balance of "halen en brengen" must hold.
     */
    void aggrieve(double grievance) {
        discontent += accountWeight() * (Math.max(0, Math.min(1, grievance)) - discontent);
    }

    /**
     * A goal reached and marked as a success, as clearly as {@code marked} (the scenario's
     * celebration), and remembered: {@code m ← m + marked × (1 − m)}. The partner weighs its
     * grievances against the successes it remembers: it feels {@code (1 − m)} of its discontent
     * ({@link #discontent()}), from the moment of the celebration on. Seed 002, advice 7: "we
     * beseffen te weinig wat de waarde is van samenwerking. Als je erin slaagt een doel te bereiken,
     * markeer dat dan ook duidelijk ... Zodat je later erop met plezier op terug kunt kijken. Het
     * inspireert om een volgende stap te zetten." The organisation remembers, not only its
     * representative: a success marked clearly is seen at home too, so a new representative does
     * not erase it.
     */
    void celebrate(double marked) {
        successes += marked * (1 - successes);
    }

    /** 0 up to {@code from}, 1 from {@code full}, linear in between: a response without a cliff. */
    static double ramp(double x, double from, double full) {
        return Math.max(0, Math.min(1, (x - from) / (full - from)));
    }

    private double accountWeight() {
        return accountWeight(collaboration.phaseDuration());
    }

    /** The weight of the recent account, {@code ā = 2/(ACCOUNT_PHASES·D + 1)}: a span of about two phases of work. */
    static double accountWeight(int phaseDuration) {
        return 2 / (ACCOUNT_PHASES * phaseDuration + 1);
    }

    /**
     * How far the collaboration served this organisation's three kinds of interest this step
     * (seed 003 §3.2), and the loyalty that follows. Loyalty moves towards the served share,
     * discounted by the constituency's pull when the organisation's own interest is not served
     * (seed 003 §3.2: the interplay "tussen de vertegenwoordigers en hun achterbannen"), and pulled
     * back further when the phase asks more commitment than the constituency backs: its mandate,
     * plus the trust a well-organised collaboration earns with constituencies (seed 003 §4.4:
     * organising is essential "om ... het vertrouwen van de achterban te verdienen"), trust that
     * also eases the constituency's pull.
     */
    void weighInterests(double collective, double organisational, double individual) {
        collectiveServed = collective;
        organisationalServed = organisational;
        individualServed = individual;
        // Clamped because normalised weights can sum to a hair over one in floating point.
        interestsServed = Math.min(1, collectiveWeight * collective + organisationalWeight * organisational
                + individualWeight * individual);
        double earned = earnedBacking();
        // Given in, it brings no more than is backed and its constituency pulls unabated.
        boolean givenIn = constituency == DecisionPolicy.Constituency.GIVE_IN;
        double pressure = traits.constituencyPressure() * (givenIn ? 1 : 1 - earned);
        double target = interestsServed * (1 - pressure * (1 - organisational)) - MANDATE_PULL * pressure * overreach();
        loyalty = Math.max(0, Math.min(1, loyalty + LOYALTY_RATE * (target - loyalty)));
        if (traits.learning() > 0) learn();
    }

    /**
     * Collaborating changes the organisation (seed 003 §6: "Een samenwerkingsvaardige organisatie
     * worden ... is een veranderproces op zichzelf. Kortom, samenwerken is ook veranderen"): a
     * learning organisation gives up more of its autonomy the better the collaboration serves its
     * interests, and takes it back the worse (seed 003 §2: autonomy is given up "in het vertrouwen
     * dat hij er meer voor terugkrijgt"). At {@code learning} 1 it moves towards how well it is
     * served by a phase's worth of steps' share, {@code 1/D} of the gap, per step.
     */
    private void learn() {
        autonomy += traits.learning() * (interestsServed - autonomy) / collaboration.phaseDuration();
    }

    /**
     * The constituency's trust the representative has earned, in [0,1]: what a well-organised
     * collaboration earns, and {@link #DEFENCE} of what is still missing as far as someone argues
     * the collaboration's case at home: the representative itself when it defends it, else a
     * future leader who connects the layers of the collaboration ({@code next_generation}).
     */
    private double earnedBacking() {
        double earned = BACKING * collaboration.condition(Condition.ORGANISATION);
        double atHome = constituency == DecisionPolicy.Constituency.DEFEND ? 1 : traits.nextGeneration();
        return earned + atHome * DEFENCE * (1 - earned);
    }

    /**
     * How far the phase asks more commitment than its constituency backs, in [0,1]; nothing once
     * its representative has given in at home (it then brings no more than is backed).
     */
    double overreach() {
        if (constituency == DecisionPolicy.Constituency.GIVE_IN) return 0;
        return Math.max(0, collaboration.phase().intensity() - backing());
    }

    /** The commitment (times the phase's intensity) its constituency backs: its mandate and what was earned. */
    private double backing() {
        return traits.mandate() + (1 - traits.mandate()) * earnedBacking();
    }

    /**
     * How much its representative attends to {@code condition} this step (see {@link Conditions}).
     * By its leadership style; when it puts its attention on one condition, that one gets full
     * attention and the rest of the style's total attention is spread over the others in the style's
     * proportions: attention is finite, so focus costs the other conditions.
     */
    double attention(Condition condition) {
        Leadership style = traits.leadership();
        if (attention == null) return style.attention(condition);
        double total = 0;
        for (Condition c : Condition.values()) total += style.attention(c);
        double focus = Math.min(1, total);
        if (condition == attention) return focus;
        double others = total - style.attention(attention);
        return others > 0 ? (total - focus) * style.attention(condition) / others : 0;
    }

    /** Whether its player decided to stay whatever the exit draw, or to leave, this step; null: the draw decides. */
    DecisionPolicy.Departure departure() {
        return departure;
    }

    /** Records this step's exit draw (see {@link #exitDrawn}). */
    void drawExit(boolean drawn) {
        exitDrawn = drawn;
    }

    void nudgeLoyalty(double share) {
        loyalty += share * (1 - loyalty);
    }

    void join(long step) {
        status = Status.ACTIVE;
        picture = Phase.EXPLORE;
        settledAt = step + collaboration.phaseDuration();
    }

    /** Leaves the collaboration; {@code exit} when it walks away, not when its part is done. */
    void leave(long step, boolean exit, String reason) {
        status = Status.LEFT;
        exited = exit;
        exitReason = reason;
        leftAtStep = step;
        contribution = 0;
        taken = 0;
        payoff = 0;
        conduct = null;
        voice = null;
        attention = null;
        constituency = null;
        departure = null;
        controlling = false;
        withdrawal = 0;
    }

    /**
     * A new representative with {@code picture} of the phase. It needs a phase's worth of steps to
     * find its way and starts from its organisation's own loyalty, except for the share
     * {@code handedOver}: what the collaboration laid down for good, and what a future leader who
     * already sat at the table carries. That much of the settling-in is handed over, and that much
     * of its predecessor's loyalty.
     */
    void replaceRepresentative(long step, double handedOver, Phase picture) {
        settledAt = step + Math.round((1 - handedOver) * collaboration.phaseDuration());
        this.picture = picture;
        loyalty = traits.loyalty() + handedOver * (loyalty - traits.loyalty());
    }

    /** Brought up to speed by a managed process: at home at the table from {@code step}. */
    void onboard(long step) {
        settledAt = Math.min(settledAt, step);
    }

    /**
     * How far its representative has found its way at {@code step}, in [0,1]: a new one needs one
     * phase's worth of steps (seed 004, "personele instabiliteit"); founders are at home.
     */
    double settled(long step) {
        return step >= settledAt ? 1 : 1 - (double) (settledAt - step) / collaboration.phaseDuration();
    }

    void cutBudget(double share) {
        capacity *= 1 - share;
    }

    /**
     * A shock fades: capacity and alternative move {@code rate} of the way back to what the
     * organisation had before. A budget cut is absorbed and a change of priorities settles in time;
     * without this, shocks would pile up and a longer run would simply be a worse one.
     */
    void recover(double rate) {
        capacity += rate * (traits.capacity() - capacity);
        alternative += rate * (traits.alternative() - alternative);
    }

    /** Its own road gets more attractive and its heart goes out of the collaboration. */
    void shiftPriorities(double size) {
        alternative *= 1 + size;
        loyalty *= 1 - 0.5 * size;
    }

    /** Power bridging: actual power moves towards {@code target}, and how others see it towards the actual. */
    void bridgePower(double target, double share) {
        power += share * (target - power);
        perceivedPower += share * (power - perceivedPower);
    }

    void see(Phase phase) {
        picture = phase;
    }

    void setControlling(boolean controlling) {
        this.controlling = controlling;
    }

    /** Who decides from the next step on: {@code policy}, or the organisation's own rules when null. */
    public void decideBy(DecisionPolicy policy) {
        this.policy = policy;
    }

    public int index() { return index; }
    public String name() { return name; }
    public boolean active() { return status == Status.ACTIVE; }
    /** Not yet joined: a newcomer later in the run. */
    public boolean pending() { return status == Status.PENDING; }
    /** Left by walking away (discontented, or its loyalty ran out), not by plan. */
    public boolean exited() { return exited; }
    /** Why it walked away, or empty. */
    public String exitReason() { return exitReason; }
    /** The step at which it left, or -1 while it is a partner. */
    public long leftAtStep() { return leftAtStep; }
    public long joinsAt() { return traits.joinsAt(); }
    /** Planned, or a candidate: invited (joins when drawn into a free seat) or sought (joins when drawn once it executes). */
    public Joining joins() { return traits.joins(); }
    public long leavesAt() { return traits.leavesAt(); }
    public double turnover() { return traits.turnover(); }
    public double power() { return power; }
    public double perceivedPower() { return perceivedPower; }
    public double autonomy() { return autonomy; }
    public double learning() { return traits.learning(); }
    public double capacity() { return capacity; }
    public double alternative() { return alternative; }
    public double loyalty() { return loyalty; }
    public double constituencyPressure() { return traits.constituencyPressure(); }
    public double mandate() { return traits.mandate(); }
    public Leadership leadership() { return traits.leadership(); }
    public Participation participation() { return traits.participation(); }
    /** Why it is at the table: its motives' shares (see {@link Motives}). */
    public Motives motive() { return traits.motive(); }
    /** How far a future leader already at the table carries the representative's place at turnover and argues the case at home. */
    public double nextGeneration() { return traits.nextGeneration(); }
    public double initiative() { return traits.initiative(); }
    /** Where it stands: strategic core, complementary ring or free space. */
    public Circle circle() { return circle; }

    /** It moves into the strategic core: from now on it decides at the gates and sets the rules. */
    void moveIntoCore() { circle = Circle.CORE; }

    /**
     * Whether it and {@code other} work on the same terrain and so compete (seed 003, *Diversiteit
     * van de partijen*: "als je veel overeenkomsten hebt, is dat ook een basis voor competitie").
     */
    boolean rivals(Organisation other) {
        return !traits.terrain().isEmpty() && traits.terrain().equals(other.traits.terrain());
    }
    /** The terrain it works on, or empty for none. */
    public String terrain() { return traits.terrain(); }
    /** The kinds of resource it brings and the share of its capacity in each (operational fit), or {@link ResourceMix#NONE}: it is left out of the table's mix. */
    public ResourceMix brings() { return traits.brings(); }
    /** Its values and norms, a label, or empty: it fits every culture. */
    public String culture() { return traits.culture(); }
    /**
     * Whether it and {@code other} hold different values and norms: both name a culture, and not the
     * same one (seed 004, Douma's *culturele fit*: "Overeenkomstige waarden en normen"). A partner that
     * names none is taken to fit every culture.
     */
    boolean foreignTo(Organisation other) {
        return !traits.culture().isEmpty() && !other.traits.culture().isEmpty() && !traits.culture().equals(other.traits.culture());
    }
    /** Where it starts from when it defines the collaboration: problem, solution, opportunity or form ({@link Ambiguity}). */
    public StartingPoint startingPoint() { return traits.startingPoint(); }
    /** At the table by law: it cannot leave (see {@link Participation}). */
    public boolean mandated() { return traits.participation() == Participation.MANDATED; }
    /** The phase its representative believes the collaboration is in. */
    public Phase picture() { return picture; }
    /** Under-organised and suspicious, it over-controls the collaboration (seed 003 §4.4). */
    public boolean controlling() { return controlling; }
    public boolean opportunistic() { return conduct != null; }
    /** This step's form of opportunism, or null when it acted in good faith. */
    public Opportunism conduct() { return conduct; }
    /** How it pushed back this step, or null when it did not. */
    public Voice voice() { return voice; }
    /**
     * Whether this step's exit draw said it walks away: what its own rules decided, whoever decided
     * in the end (a player may have stayed).
     */
    public boolean exitDrawn() { return exitDrawn; }
    /**
     * Discontent with what the collaboration gives it, in [0,1] (see {@link #aggrieve}), weighed
     * against the successes it remembers ({@link #celebrate}).
     */
    public double discontent() { return (1 - successes) * discontent; }
    /** Share of its commitment it held back this step by withdrawing inwardly; 0 unless it is mandated or under pressure. */
    public double withdrawal() { return withdrawal; }
    /** The step in which its representative last carried an intervention, or -1. */
    long carriedAt() { return carriedAt; }
    long movedAt() { return movedAt; }
    void moved(long step) { movedAt = step; }
    void carry(long step) { carriedAt = step; }
    /** Willingness to invest this step, before phase and evasion, in [0,1]. */
    public double commitment() { return commitment; }
    public double contribution() { return contribution; }
    public double taken() { return taken; }
    public double payoff() { return payoff; }
    public double cumulativePayoff() { return cumulativePayoff; }
    /** What its stand-alone alternative was worth over the steps it was a partner. */
    public double alternativeValue() { return alternativeValue; }
    public long stepsActive() { return stepsActive; }
    public double interestsServed() { return interestsServed; }
    public double collectiveServed() { return collectiveServed; }
    public double organisationalServed() { return organisationalServed; }
    public double individualServed() { return individualServed; }
    /** Mean trust it has in the partners still active. */
    public double trustGiven() { return collaboration.relations().trustGiven(index, collaboration.activeMask()); }
    /** Mean trust the active partners have in it. */
    public double trustReceived() { return collaboration.relations().trustReceived(index, collaboration.activeMask()); }
    /** Mean vigilance it has towards the partners still active. */
    public double vigilance() { return collaboration.relations().vigilanceGiven(index, collaboration.activeMask()); }
    /** Cumulative payoff relative to the stand-alone alternative. */
    public double relativeGain() { return alternativeValue > 0 ? cumulativePayoff / alternativeValue : 0; }
    /**
     * Its recent surplus over going it alone, per unit of what it puts at stake: what it takes
     * against what taking part costs it, over its last phases of work. Does not depend on how long
     * the run is once the collaboration has settled; the outcome rules judge partners by it.
     */
    public double surplusRate() { return recentCost > 0 ? recentTaken / recentCost - 1 : 0; }
    /** Extra weight in the split won by renegotiating (see {@link Round#RENEGOTIATION}). */
    double terms() { return terms; }

    void renegotiate(double gain) { terms += gain; }

    /** All it has brought to the collaboration so far: what its reputation rests on in a self-organising network. */
    double brought() { return brought; }

    /** Share of the way to being locked in: {@code invested / (invested + half)}, in [0,1). */
    double lockIn(double half) { return invested / (invested + half); }
    /** What it took from the pot per step, recently. */
    double recentTaken() { return recentTaken; }
    /** What taking part cost it per step, recently. */
    double recentCost() { return recentCost; }
    /** What it takes against what its contribution justifies, recently: 1 is a fair split. */
    public double equity() { return recentFair > 0 ? recentTaken / recentFair : 1; }
}
