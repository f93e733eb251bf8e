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
 * constituency's pull (seed 003 §2 "gesplitste loyaliteit"), power (actual and perceived), and a
 * base propensity to opportunism (seed 004, Wathne and Heide).
 */
public final class Organisation implements Steppable {

    private static final long serialVersionUID = 1L;

    /** How fast loyalty moves towards what the collaboration is worth to the organisation. */
    static final double LOYALTY_RATE = 0.05;
    /** Share of its intended contribution an evading partner actually brings. */
    static final double EVASION_SHARE = 0.5;

    private final Collaboration collaboration;
    private final int index;
    private final String name;
    private final double autonomy;
    private final double capacity;
    private final double alternative;
    private final double constituencyPressure;
    private final double opportunism;
    private final double collectiveWeight;
    private final double organisationalWeight;
    private final double individualWeight;
    private final double power;
    private final double perceivedPower;

    private double loyalty;
    private boolean active = true;
    private long leftAtStep = -1;

    // What happened this step.
    private boolean opportunistic;
    private double commitment;
    private double contribution;
    private double taken;
    private double payoff;
    private double interestsServed;

    // Over the run.
    private double cumulativePayoff;
    private double alternativeValue;

    Organisation(Collaboration collaboration, int index, String name, Traits traits, double power,
                 double perceivedPower) {
        this.collaboration = collaboration;
        this.index = index;
        this.name = name;
        this.autonomy = traits.autonomy();
        this.capacity = traits.capacity();
        this.alternative = traits.alternative();
        this.loyalty = traits.loyalty();
        this.constituencyPressure = traits.constituencyPressure();
        this.opportunism = traits.opportunism();
        double sum = traits.collective() + traits.organisational() + traits.individual();
        // Weights of zero everywhere mean "no preference", not "no interests".
        this.collectiveWeight = sum > 0 ? traits.collective() / sum : 1.0 / 3;
        this.organisationalWeight = sum > 0 ? traits.organisational() / sum : 1.0 / 3;
        this.individualWeight = sum > 0 ? traits.individual() / sum : 1.0 / 3;
        this.power = power;
        this.perceivedPower = perceivedPower;
        this.interestsServed = 0.5;
    }

    /** The attributes drawn for one organisation from its {@code OrganisationSpec}. */
    record Traits(double autonomy, double capacity, double alternative, double loyalty,
                  double constituencyPressure, double opportunism,
                  double collective, double organisational, double individual) {
    }

    /**
     * Decide this step's conduct. The chance of acting opportunistically grows with the base
     * propensity, with low loyalty and low trust in the others, with low transparency (information
     * asymmetry) and with what is at stake in the phase (Wathne and Heide in seed 004: "wanneer?
     * informatie-asymmetrie, gebrek aan transparantie, lock-in"). Commitment grows with loyalty,
     * the autonomy the organisation is willing to give up, trust and the collaboration's energy
     * (seed 003: "een deel van hun autonomie opgeven, in het vertrouwen dat ze er meer voor
     * terugkrijgen").
     */
    @Override
    public void step(SimState state) {
        if (!active) return;
        Collaboration c = collaboration;  // the same object as state, without a cast
        double trustInOthers = trustGiven();
        Phase phase = c.phase();
        double temptation = opportunism * (1 - loyalty * trustInOthers) * (2 - c.transparency()) * phase.intensity();
        opportunistic = c.random.nextBoolean(Math.min(1, temptation));
        commitment = loyalty * (0.25 + 0.75 * autonomy) * (0.5 + 0.5 * trustInOthers) * (0.5 + 0.5 * c.energy());
        contribution = capacity * phase.intensity() * commitment * (opportunistic ? EVASION_SHARE : 1);
    }

    /** Books what the {@link Round} gave this organisation; payoff is against going it alone. */
    void settle(double taken, double payoff, long stepsActive) {
        this.taken = taken;
        this.payoff = payoff;
        this.cumulativePayoff += payoff;
        this.alternativeValue = alternative * capacity * stepsActive;
    }

    /**
     * How far the collaboration served this organisation's three kinds of interest this step
     * (seed 003 §3.2), and the loyalty that follows. Loyalty moves towards the served share,
     * discounted by the constituency's pull when the organisation's own interest is not served
     * (seed 003 §3.2: the interplay "tussen de vertegenwoordigers en hun achterbannen").
     */
    void weighInterests(double collective, double organisational, double individual) {
        // Clamped because normalised weights can sum to a hair over one in floating point.
        interestsServed = Math.min(1, collectiveWeight * collective + organisationalWeight * organisational
                + individualWeight * individual);
        double target = interestsServed * (1 - constituencyPressure * (1 - organisational));
        loyalty = Math.min(1, loyalty + LOYALTY_RATE * (target - loyalty));
    }

    void leave(long step) {
        active = false;
        leftAtStep = step;
        contribution = 0;
        taken = 0;
        payoff = 0;
        opportunistic = false;
    }

    public int index() { return index; }
    public String name() { return name; }
    public boolean active() { return active; }
    /** The step at which it left, or -1 while it is a partner. */
    public long leftAtStep() { return leftAtStep; }
    public double power() { return power; }
    public double perceivedPower() { return perceivedPower; }
    public double autonomy() { return autonomy; }
    public double capacity() { return capacity; }
    public double alternative() { return alternative; }
    public double loyalty() { return loyalty; }
    public double constituencyPressure() { return constituencyPressure; }
    public boolean opportunistic() { return opportunistic; }
    /** Willingness to invest this step, before phase and evasion, in [0,1]. */
    public double commitment() { return commitment; }
    public double contribution() { return contribution; }
    public double taken() { return taken; }
    public double payoff() { return payoff; }
    public double cumulativePayoff() { return cumulativePayoff; }
    /** What its stand-alone alternative was worth over the steps it was a partner. */
    public double alternativeValue() { return alternativeValue; }
    public double interestsServed() { return interestsServed; }
    /** Mean trust it has in the partners still active. */
    public double trustGiven() { return collaboration.meanOver(index, true, collaboration.relations()::trust); }
    /** Mean trust the active partners have in it. */
    public double trustReceived() { return collaboration.meanOver(index, false, collaboration.relations()::trust); }
    /** Mean vigilance it has towards the partners still active. */
    public double vigilance() { return collaboration.meanOver(index, true, collaboration.relations()::vigilance); }
    /** Cumulative payoff relative to the stand-alone alternative. */
    public double relativeGain() { return alternativeValue > 0 ? cumulativePayoff / alternativeValue : 0; }
}
