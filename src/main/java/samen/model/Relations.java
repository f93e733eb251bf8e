package samen.model;

import samen.model.config.TrustSettings;

/**
 * Every partner's trust reservoir and vigilance towards every other partner, two separate
 * dimensions (Lewicki, seed 004). Directed: what A feels about B need not be what B feels about A.
 *
 * <p>Trust rises by {@code gainRate × size} on a good experience and falls by
 * {@code lossRate × size} on a bad one, so with {@code lossRate > gainRate} one betrayal costs
 * more than one equally large good experience gives: "vertrouwen komt te voet en gaat te paard"
 * (seed 003 §3.3). Vigilance climbs on bad experiences and relaxes slowly on good ones, but never
 * below a floor set by the partner's constituency pressure: "door de aanwezigheid van achterbannen
 * met belangen is er altijd een zekere mate van waakzaamheid" (seed 003 §3.3).
 *
 * <p>Only partners who work together ({@link Network}) have a relation that moves; trust and
 * vigilance are kept per contact, so every pass here costs O(n·k) for k contacts per partner.
 * Partners who never work together keep the trust and vigilance they started with. Means are over
 * the active partner's active contacts (with the complete network, over every other active
 * partner, in the same order as before the network existed, so the default's runs are unchanged).
 */
public final class Relations {

    /** Share of trust built or lost that is personal and leaves with a replaced representative. */
    static final double PERSONAL_SHARE = 0.8;
    /** Relation level below which an undercurrent builds (seed 003 §4.3). */
    static final double UNDERCURRENT_BELOW = 0.35;
    /** Vigilance added per step by the undercurrent, at relation zero, as a share of what is left. */
    static final double UNDERCURRENT_VIGILANCE = 0.02;
    /** How fast trust drifts away from a partner's mean trust at relation zero: factions form. */
    static final double FACTION_RATE = 0.03;

    /** Vigilance relaxes this many times slower on a good experience than it rises on a bad one. */
    static final double VIGILANCE_RELAX_RATIO = 0.25;
    /** Vigilance floor per unit of constituency pressure. */
    static final double VIGILANCE_FLOOR_PER_PRESSURE = 0.3;
    /**
     * Lasting damage: a bad experience of size s caps the trust that can be rebuilt at
     * {@code 1 − SCAR × s}; the cap heals by {@link #HEAL} of its gap with each good experience.
     * "Vertrouwen komt te voet en gaat te paard" (seed 003 §3.3), and a betrayal is remembered.
     */
    static final double SCAR = 0.5;
    static final double HEAL = 0.02;

    // Replaced, not changed, when the network evolves (see #rewire).
    private Network network;
    private double[] trust;
    private double[] vigilance;
    /** Highest trust each pair can reach again after a betrayal (see {@link #SCAR}). */
    private double[] ceiling;
    private final double gainRate;
    private final double lossRate;
    private final double vigilanceRate;
    private final double initialTrust;
    private final double initialVigilance;

    public Relations(Network network, TrustSettings settings) {
        this.network = network;
        int slots = network.slots();
        this.trust = new double[slots];
        this.vigilance = new double[slots];
        this.ceiling = new double[slots];
        this.gainRate = settings.gainRate();
        this.lossRate = settings.lossRate();
        this.vigilanceRate = settings.vigilanceRate();
        this.initialTrust = settings.initial();
        this.initialVigilance = settings.vigilanceInitial();
        java.util.Arrays.fill(trust, settings.initial());
        java.util.Arrays.fill(vigilance, settings.vigilanceInitial());
        java.util.Arrays.fill(ceiling, 1);
    }

    /** Who works with whom. */
    public Network network() {
        return network;
    }

    /**
     * The partners now work together as in {@code next}, which may add ties to the present network and
     * drop some: pairs that still work together keep their trust, vigilance and scars; a new pair starts
     * where pairs who never worked together stand, at the scenario's initial trust and vigilance
     * ({@link #trust(int, int)}), without a scar. O(n·k log k).
     */
    void rewire(Network next) {
        double[] t = new double[next.slots()];
        double[] v = new double[next.slots()];
        double[] cap = new double[next.slots()];
        for (int i = 0; i < next.size(); i++) {
            for (int s = next.from(i); s < next.to(i); s++) {
                int old = network.slot(i, next.target(s));
                t[s] = old >= 0 ? trust[old] : initialTrust;
                v[s] = old >= 0 ? vigilance[old] : initialVigilance;
                cap[s] = old >= 0 ? ceiling[old] : 1;
            }
        }
        network = next;
        trust = t;
        vigilance = v;
        ceiling = cap;
    }

    /** Where pairs start, and where pairs who never worked together stand: the scenario's initial trust. */
    double initialTrust() {
        return initialTrust;
    }

    /** Mean of {@code from}'s trust in its contacts marked in {@code active}. */
    double trustGiven(int from, boolean[] active) {
        return rowMean(trust, from, active);
    }

    /** Mean trust of {@code to}'s contacts marked in {@code active} in {@code to}. */
    double trustReceived(int to, boolean[] active) {
        return columnMean(trust, to, active);
    }

    double vigilanceGiven(int from, boolean[] active) {
        return rowMean(vigilance, from, active);
    }

    /** Mean vigilance of {@code to}'s active contacts towards {@code to}: how watched it is. */
    double vigilanceReceived(int to, boolean[] active) {
        return columnMean(vigilance, to, active);
    }

    /** Mean over all ordered pairs of active partners who work together. */
    double meanTrust(boolean[] active) {
        return pairMean(trust, active);
    }

    double meanVigilance(boolean[] active) {
        return pairMean(vigilance, active);
    }

    /** Ordered pairs of active partners who work together. */
    int activePairs(boolean[] active) {
        int count = 0;
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            for (int s = network.from(a); s < network.to(a); s++) {
                if (active[network.target(s)]) count++;
            }
        }
        return count;
    }

    /** Active contacts of {@code from}. */
    int activeContacts(int from, boolean[] active) {
        int count = 0;
        for (int s = network.from(from); s < network.to(from); s++) {
            if (active[network.target(s)]) count++;
        }
        return count;
    }

    /** Ordered pairs of active partners who work together in watchful contracting. */
    int watchfulPairs(boolean[] active) {
        int count = 0;
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            for (int s = network.from(a); s < network.to(a); s++) {
                if (active[network.target(s)] && LewickiQuadrant.of(trust[s], vigilance[s]) == LewickiQuadrant.WATCHFUL_CONTRACTING) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * How far {@code from}'s trust in its active contacts is spread: the standard deviation around
     * {@code mean}, over its active contacts.
     */
    double trustSpread(int from, double mean, boolean[] active) {
        double squares = 0;
        int count = 0;
        for (int s = network.from(from); s < network.to(from); s++) {
            if (!active[network.target(s)]) continue;
            double d = trust[s] - mean;
            squares += d * d;
            count++;
        }
        return count > 0 ? Math.sqrt(squares / count) : 0;
    }

    private double rowMean(double[] values, int from, boolean[] active) {
        double sum = 0;
        int count = 0;
        for (int s = network.from(from); s < network.to(from); s++) {
            if (!active[network.target(s)]) continue;
            sum += values[s];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private double columnMean(double[] values, int to, boolean[] active) {
        double sum = 0;
        int count = 0;
        for (int s = network.from(to); s < network.to(to); s++) {
            if (!active[network.target(s)]) continue;
            sum += values[network.reverse(s)];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private double pairMean(double[] values, boolean[] active) {
        double sum = 0;
        int count = 0;
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            for (int s = network.from(a); s < network.to(a); s++) {
                if (!active[network.target(s)]) continue;
                sum += values[s];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    public double trust(int from, int to) {
        int s = network.slot(from, to);
        return s >= 0 ? trust[s] : initialTrust;
    }

    public double vigilance(int from, int to) {
        int s = network.slot(from, to);
        return s >= 0 ? vigilance[s] : initialVigilance;
    }

    public LewickiQuadrant quadrant(int from, int to) {
        return LewickiQuadrant.of(trust(from, to), vigilance(from, to));
    }

    /**
     * {@code from} had a good experience of {@code to}, of size in [0,1]; nothing when they do not
     * work together.
     *
     * @param pressure {@code from}'s constituency pressure, which keeps some vigilance in place
     */
    public void goodExperience(int from, int to, double size, double pressure) {
        int k = network.slot(from, to);
        if (k >= 0) good(k, size, pressure);
    }

    /** A good experience of the pair in {@code slot}. */
    void good(int k, double size, double pressure) {
        ceiling[k] += HEAL * size * (1 - ceiling[k]);
        // The scar limits what can be rebuilt; it does not take away trust that is still there.
        if (trust[k] < ceiling[k]) trust[k] = Math.min(ceiling[k], trust[k] + gainRate * size);
        double floor = VIGILANCE_FLOOR_PER_PRESSURE * pressure;
        if (vigilance[k] > floor) {
            vigilance[k] = Math.max(floor, vigilance[k] - VIGILANCE_RELAX_RATIO * vigilanceRate * size * vigilance[k]);
        }
    }

    /** {@code from} has a good experience of {@code size} with every active partner it works with. */
    void meetContacts(int from, boolean[] active, double size, double pressure) {
        for (int s = network.from(from); s < network.to(from); s++) {
            if (active[network.target(s)]) good(s, size, pressure);
        }
    }

    /** {@code from} had a bad experience of {@code to}, of size in [0,1]; nothing when they do not work together. */
    public void badExperience(int from, int to, double size) {
        int k = network.slot(from, to);
        if (k >= 0) bad(k, size);
    }

    /** A bad experience of the pair in {@code slot}. */
    void bad(int k, double size) {
        trust[k] = Math.max(0, trust[k] - lossRate * size);
        ceiling[k] = Math.min(ceiling[k], 1 - SCAR * size);
        vigilance[k] = Math.min(1, vigilance[k] + vigilanceRate * size * (1 - vigilance[k]));
    }

    /**
     * The pair in {@code slot} senses something is off without seeing what (an opportunistic act
     * that went unnoticed): vigilance rises a little, trust does not fall.
     */
    void suspect(int k, double size) {
        vigilance[k] = Math.min(1, vigilance[k] + vigilanceRate * size * (1 - vigilance[k]));
    }

    /**
     * The trust paradox (seed 004: "beknibbelen op tijd, interactie en affectie"): a reservoir that
     * is not topped up by meeting runs dry. Each ordered pair of active partners who work together
     * loses {@code leak} of its trust, so skimping on time and interaction drains what was built.
     */
    void leak(boolean[] active, double leak) {
        if (leak <= 0) return;
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            for (int s = network.from(a); s < network.to(a); s++) {
                if (active[network.target(s)]) trust[s] -= leak * trust[s];
            }
        }
    }

    /** A shared history: trust and vigilance between two partners, both ways (they work together). */
    void history(int a, int b, double trustValue, double vigilanceValue) {
        int ab = network.slot(a, b);
        int ba = network.slot(b, a);
        trust[ab] = trustValue;
        trust[ba] = trustValue;
        // Imported distrust is an old scar: "historisch wantrouwen wordt geïmporteerd" (seed 004).
        double scar = Math.min(1, 1 - SCAR * (1 - trustValue));
        ceiling[ab] = Math.min(ceiling[ab], scar);
        ceiling[ba] = Math.min(ceiling[ba], scar);
        vigilance[ab] = vigilanceValue;
        vigilance[ba] = vigilanceValue;
    }

    /**
     * A replaced representative takes the personal part of the trust built (or lost) with it, both
     * ways, with every partner it works with (seed 004 "personele instabiliteit"; seed 003 §3.3,
     * trust lives between people). What the collaboration has institutionalised stays: the personal
     * part shrinks as the organisation condition grows (seed 004, institutional entrepreneurship:
     * "institutionaliseren ... van ambities en afspraken").
     *
     * @param organisation the organisation condition's level
     */
    void forget(int who, double organisation) {
        double personal = PERSONAL_SHARE * (1 - organisation);
        for (int s = network.from(who); s < network.to(who); s++) {
            int back = network.reverse(s);
            trust[s] -= personal * (trust[s] - initialTrust);
            trust[back] -= personal * (trust[back] - initialTrust);
        }
    }

    /**
     * A newcomer is connected to the group: its trust in each active partner it works with, and
     * theirs in it, close {@code share} of the gap to the mean trust among the other active
     * partners who work together.
     */
    void reconnect(int who, boolean[] active, double share) {
        double sum = 0;
        int count = 0;
        for (int a = 0; a < active.length; a++) {
            if (!active[a] || a == who) continue;
            for (int s = network.from(a); s < network.to(a); s++) {
                int b = network.target(s);
                if (!active[b] || b == who) continue;
                sum += trust[s];
                count++;
            }
        }
        if (count == 0) return;
        double norm = sum / count;
        for (int s = network.from(who); s < network.to(who); s++) {
            if (!active[network.target(s)]) continue;
            int back = network.reverse(s);
            trust[s] += share * (norm - trust[s]);
            trust[back] += share * (norm - trust[back]);
        }
    }

    /**
     * Mediation: vigilance eases by {@code ease} of its level, scars heal by {@code ease} of what is
     * left of them (talking through "diepgewortelde wederzijdse veronderstellingen" is what lets old
     * damage heal; good experiences alone heal it slowly), and pairs in watchful contracting regain
     * {@code repair} trust (seed 004, conflict handling: "reframing"). Between active partners who
     * work together.
     */
    void mediate(boolean[] active, double ease, double repair) {
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            for (int k = network.from(a); k < network.to(a); k++) {
                if (!active[network.target(k)]) continue;
                if (LewickiQuadrant.of(trust[k], vigilance[k]) == LewickiQuadrant.WATCHFUL_CONTRACTING) {
                    trust[k] = Math.min(1, trust[k] + repair);
                }
                vigilance[k] -= ease * vigilance[k];
                ceiling[k] += ease * (1 - ceiling[k]);
            }
        }
    }

    /**
     * The undercurrent of a neglected relation (seed 003 §4.3: "een onderstroom van gevoelens",
     * "instabiele relaties, vijandbeelden"): vigilance creeps up between every pair of active
     * partners who work together, and each partner's trust drifts away from its own mean, up
     * towards those it already trusts more and down towards the rest, so trust splits into
     * factions.
     *
     * @param relation the relation condition's level
     */
    void undercurrent(boolean[] active, double relation) {
        if (relation >= UNDERCURRENT_BELOW) return;
        double strength = (UNDERCURRENT_BELOW - relation) / UNDERCURRENT_BELOW;
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            // Each partner's own slots hold only its own trust, so its mean is taken before they move.
            double mean = rowMean(trust, a, active);
            for (int k = network.from(a); k < network.to(a); k++) {
                if (!active[network.target(k)]) continue;
                vigilance[k] += UNDERCURRENT_VIGILANCE * strength * (1 - vigilance[k]);
                trust[k] = Math.max(0, Math.min(1, trust[k] + FACTION_RATE * strength * (trust[k] - mean)));
            }
        }
    }
}
