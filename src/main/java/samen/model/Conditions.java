package samen.model;

import java.util.List;
import samen.model.config.ConditionSettings;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The levels of the five conditions (seed 003), each a stock in [0,1]. Each step a condition is
 * raised by the attention the representatives pay it and decays by itself down to what has been
 * anchored ({@link #anchor}):
 * {@code level += RAISE × attention × (1 − level) − DECAY × (level − anchored)}, where attention is the mean over
 * active partners of loyalty × the attention its representative pays it (by its leadership
 * signature, see {@link Organisation#attention}), times the
 * scenario's attention switch. So a condition nobody attends to runs down (seed 003 §4: "als je
 * een conditie voor samenwerking onvoldoende aandacht geeft, dan brengt dat het risico van
 * negatieve dynamiek"), and a team of one style neglects what that style does not see (§4: "de
 * voorkeurstijlen van de samenwerkingspartner ... spelen hierbij zeker ook een rol").
 * Interventions and events move levels directly ({@link #raise}, {@link #lower}).
 */
final class Conditions implements Steppable {

    private static final long serialVersionUID = 1L;

    /**
     * Level from which a condition is well enough tended: below it, its mechanisms weaken towards
     * their floor (see {@link #weight}); above it they work in full. Neglect costs, attention
     * sustains (seed 003 §4, figure 2).
     */
    static final double HEALTHY = 0.5;
    /** Organisation level below which the collaboration is under-organised (seed 003 §4.4). */
    static final double UNDER_ORGANISED = 0.35;
    /** Under-organised, a partner whose interests are served less than this starts to over-control. */
    static final double SUSPICIOUS = 0.8;

    /** Level gained per step at full attention, as a share of what is still missing. */
    static final double RAISE = 0.12;
    /** Share of the relation's level lost per step when every pair is in watchful contracting. */
    static final double ENEMY_EROSION = 0.2;
    /** Share of its level a condition loses per step when nobody attends to it. */
    static final double DECAY = 0.02;

    private final double[] level = new double[Condition.values().length];
    private final double[] switches = new double[Condition.values().length];
    /** Per condition, the level that structures built to last hold it at: decay stops there. */
    private final double[] anchored = new double[Condition.values().length];

    /**
     * {@code structure} is the formal structure laid down at the start: it answers who decides what
     * and who does what on paper, so it anchors organisation as institutionalising does (seed 003
     * §3.4, over-organisation: partners "adopteren [hun eigen procedures] één op één in de
     * samenwerking"). What it costs in decisiveness is {@link Process}'s. A self-organising network
     * has no course set beforehand (seed 004: "Geen vooraf bepaalde, gedeelde koers of ambitie";
     * "Emergente en onverwachte resultaten"): its ambition starts at nothing and is what the partners'
     * attention makes of it.
     */
    Conditions(ConditionSettings settings, double structure, Governance governance) {
        for (Condition c : Condition.values()) {
            level[c.ordinal()] = settings.of(c).initial();
            switches[c.ordinal()] = settings.of(c).attention();
        }
        if (governance == Governance.SELF_ORGANISING) level[Condition.AMBITION.ordinal()] = 0;
        anchor(Condition.ORGANISATION, structure);
    }

    /**
     * Each step, after the process: attention and decay; what exploring taught about each other's
     * interests feeds the interests condition; a run-down relation feeds an undercurrent
     * ({@link Relations#undercurrent}); and in an under-organised collaboration, partners who feel
     * their interests are not in good hands start to over-control (seed 003 §4.4: "ze worden
     * achterdochtig en achten hun belangen niet in goede handen; ze plaatsen zich mentaal buiten het
     * samenwerkingsverband en gaan de samenwerking benaderen alsof zij de opdrachtgever ... zijn").
     */
    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        double[] extra = new double[level.length];
        extra[Condition.INTERESTS.ordinal()] = c.process().understandingGained();
        // Enemy images wear the relation down however much the representatives attend to it
        // (seed 003 §4.3: "vijandbeelden"; seed 004: "hardnekkig vijandbeeld").
        int k = c.activeCount();
        int pairs = c.activePairs();
        if (k > 1 && pairs > 0) extra[Condition.RELATION.ordinal()] = -ENEMY_EROSION * c.enemyPairs() / (double) pairs * level(Condition.RELATION);
        update(c, extra);
        c.relations().undercurrent(c.activeMask(), level(Condition.RELATION));
        // Control needs something to control: agreements, from agree on.
        boolean underOrganised = level(Condition.ORGANISATION) < UNDER_ORGANISED
                && c.phase().ordinal() >= Phase.AGREE.ordinal();
        for (Organisation o : c.activeOrganisations()) {
            o.setControlling(underOrganised && o.interestsServed() < SUSPICIOUS);
        }
    }

    /**
     * One step of attention and decay; {@code extra} is added per condition. A representative new
     * at the table attends less until it has found its way ({@link Organisation#settled}), and diversity makes the dialogue about interests harder (seed 003
     * §2, "spraakverwarring").
     */
    void update(Collaboration collaboration, double[] extra) {
        List<Organisation> active = collaboration.activeOrganisations();
        long now = collaboration.step() + 1;
        for (Condition c : Condition.values()) {
            double attention = 0;
            for (Organisation o : active) {
                attention += o.loyalty() * o.attention(c) * o.settled(now);
            }
            attention = active.isEmpty() ? 0 : switches[c.ordinal()] * attention / active.size();
            if (c == Condition.INTERESTS) attention *= 1 - Process.DIVERSITY_DRAG * collaboration.divide();
            int i = c.ordinal();
            level[i] = clamp01(level[i] + RAISE * attention * (1 - level[i]) - DECAY * Math.max(0, level[i] - anchored[i]) + extra[i]);
        }
    }

    double level(Condition c) {
        return level[c.ordinal()];
    }

    /** A mechanism's strength in [floor, 1]: {@code floor} at level 0, full from {@link #HEALTHY} up. */
    double weight(Condition c, double floor) {
        return floor + (1 - floor) * Math.min(1, level(c) / HEALTHY);
    }

    /** Raises {@code c} by {@code share} of what it still misses. */
    void raise(Condition c, double share) {
        level[c.ordinal()] += share * (1 - level[c.ordinal()]);
    }

    /**
     * Raises {@code c} by {@code share} of what it still misses, and anchors as much: what is
     * institutionalised lasts without attention ("borging", seed 004's checklist of vormgeven:
     * "Afspraken maken over borging van de samenwerking"), while what attention alone keeps up runs
     * down when attention goes. Events that lower the level ({@link #lower}) can still take it
     * below the anchor; decay does not.
     */
    void anchor(Condition c, double share) {
        raise(c, share);
        anchored[c.ordinal()] += share * (1 - anchored[c.ordinal()]);
    }

    /**
     * The partners add ({@code delta} &gt; 0) or strip ({@code delta} &lt; 0) procedures ({@link Structure}):
     * the anchor of organisation moves by {@code delta}, and a procedure added also answers its share
     * of what organisation misses now, as the structure laid down at the start does; a procedure
     * stripped leaves the level to decay down to the lower anchor.
     */
    void restructure(double delta) {
        int i = Condition.ORGANISATION.ordinal();
        anchored[i] = clamp01(anchored[i] + delta);
        if (delta > 0) raise(Condition.ORGANISATION, delta);
    }

    /** How much of {@code c} is laid down for good ({@link #anchor}), in [0,1]; 0 until an intervention anchors it. */
    double anchored(Condition c) {
        return anchored[c.ordinal()];
    }

    /** Lowers {@code c} by {@code share} of its level. */
    void lower(Condition c, double share) {
        level[c.ordinal()] -= share * level[c.ordinal()];
    }

    /** The condition with the lowest level; the first in {@link Condition} order on a tie. */
    Condition weakest() {
        Condition weakest = Condition.AMBITION;
        for (Condition c : Condition.values()) {
            if (level(c) < level(weakest)) weakest = c;
        }
        return weakest;
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
