package samen.model;

import java.util.List;

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

    private final int n;
    private final double[] trust;
    private final double[] vigilance;
    /** Highest trust each pair can reach again after a betrayal (see {@link #SCAR}). */
    private final double[] ceiling;
    private final double gainRate;
    private final double lossRate;
    private final double vigilanceRate;
    private final double initialTrust;

    public Relations(int n, TrustSettings settings) {
        this.n = n;
        this.trust = new double[n * n];
        this.vigilance = new double[n * n];
        this.ceiling = new double[n * n];
        this.gainRate = settings.gainRate();
        this.lossRate = settings.lossRate();
        this.vigilanceRate = settings.vigilanceRate();
        this.initialTrust = settings.initial();
        java.util.Arrays.fill(trust, settings.initial());
        java.util.Arrays.fill(vigilance, settings.vigilanceInitial());
        java.util.Arrays.fill(ceiling, 1);
    }

    /** Mean of {@code from}'s trust in the partners listed in {@code active}, itself left out. */
    double trustGiven(int from, int[] active) {
        return rowMean(trust, from, active);
    }

    /** Mean trust of the partners listed in {@code active} in {@code to}, itself left out. */
    double trustReceived(int to, int[] active) {
        return columnMean(trust, to, active);
    }

    double vigilanceGiven(int from, int[] active) {
        return rowMean(vigilance, from, active);
    }

    /** Mean vigilance of the partners listed in {@code active} towards {@code to}: how watched it is. */
    double vigilanceReceived(int to, int[] active) {
        return columnMean(vigilance, to, active);
    }

    /** Mean over all ordered pairs of distinct partners in {@code active}. */
    double meanTrust(int[] active) {
        return pairMean(trust, active);
    }

    double meanVigilance(int[] active) {
        return pairMean(vigilance, active);
    }

    private double rowMean(double[] values, int from, int[] active) {
        double sum = 0;
        int count = 0;
        int row = from * n;
        for (int other : active) {
            if (other == from) continue;
            sum += values[row + other];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private double columnMean(double[] values, int to, int[] active) {
        double sum = 0;
        int count = 0;
        for (int other : active) {
            if (other == to) continue;
            sum += values[other * n + to];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private double pairMean(double[] values, int[] active) {
        double sum = 0;
        int count = 0;
        for (int a : active) {
            int row = a * n;
            for (int b : active) {
                if (a == b) continue;
                sum += values[row + b];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    public double trust(int from, int to) {
        return trust[from * n + to];
    }

    public double vigilance(int from, int to) {
        return vigilance[from * n + to];
    }

    public LewickiQuadrant quadrant(int from, int to) {
        return LewickiQuadrant.of(trust(from, to), vigilance(from, to));
    }

    /**
     * {@code from} had a good experience of {@code to}, of size in [0,1].
     *
     * @param pressure {@code from}'s constituency pressure, which keeps some vigilance in place
     */
    public void goodExperience(int from, int to, double size, double pressure) {
        int k = from * n + to;
        ceiling[k] += HEAL * size * (1 - ceiling[k]);
        // The scar limits what can be rebuilt; it does not take away trust that is still there.
        if (trust[k] < ceiling[k]) trust[k] = Math.min(ceiling[k], trust[k] + gainRate * size);
        double floor = VIGILANCE_FLOOR_PER_PRESSURE * pressure;
        if (vigilance[k] > floor) {
            vigilance[k] = Math.max(floor, vigilance[k] - VIGILANCE_RELAX_RATIO * vigilanceRate * size * vigilance[k]);
        }
    }

    /** {@code from} had a bad experience of {@code to}, of size in [0,1]. */
    public void badExperience(int from, int to, double size) {
        int k = from * n + to;
        trust[k] = Math.max(0, trust[k] - lossRate * size);
        ceiling[k] = Math.min(ceiling[k], 1 - SCAR * size);
        vigilance[k] = Math.min(1, vigilance[k] + vigilanceRate * size * (1 - vigilance[k]));
    }

    /**
     * {@code from} senses something is off about {@code to} without seeing what (an opportunistic
     * act that went unnoticed): vigilance rises a little, trust does not fall.
     */
    void suspect(int from, int to, double size) {
        int k = from * n + to;
        vigilance[k] = Math.min(1, vigilance[k] + vigilanceRate * size * (1 - vigilance[k]));
    }

    /**
     * The trust paradox (seed 004: "beknibbelen op tijd, interactie en affectie"): a reservoir that
     * is not topped up by meeting runs dry. Each ordered pair of active partners loses {@code leak}
     * of its trust, so skimping on time and interaction drains what was built.
     */
    void leak(int[] active, double leak) {
        if (leak <= 0) return;
        for (int a : active) {
            int row = a * n;
            for (int b : active) {
                if (a != b) trust[row + b] -= leak * trust[row + b];
            }
        }
    }

    /** A shared history: trust and vigilance between two partners, both ways. */
    void history(int a, int b, double trustValue, double vigilanceValue) {
        trust[a * n + b] = trustValue;
        trust[b * n + a] = trustValue;
        // Imported distrust is an old scar: "historisch wantrouwen wordt geïmporteerd" (seed 004).
        double scar = Math.min(1, 1 - SCAR * (1 - trustValue));
        ceiling[a * n + b] = Math.min(ceiling[a * n + b], scar);
        ceiling[b * n + a] = Math.min(ceiling[b * n + a], scar);
        vigilance[a * n + b] = vigilanceValue;
        vigilance[b * n + a] = vigilanceValue;
    }

    /**
     * A replaced representative takes the personal part of the trust built (or lost) with it, both
     * ways (seed 004 "personele instabiliteit"; seed 003 §3.3, trust lives between people). What
     * the collaboration has institutionalised stays: the personal part shrinks as the organisation
     * condition grows (seed 004, institutional entrepreneurship: "institutionaliseren ... van
     * ambities en afspraken").
     *
     * @param organisation the organisation condition's level
     */
    void forget(int who, double organisation) {
        double personal = PERSONAL_SHARE * (1 - organisation);
        for (int other = 0; other < n; other++) {
            if (other == who) continue;
            trust[who * n + other] -= personal * (trust[who * n + other] - initialTrust);
            trust[other * n + who] -= personal * (trust[other * n + who] - initialTrust);
        }
    }

    /**
     * A newcomer is connected to the group: its trust in each other partner, and theirs in it, close
     * {@code share} of the gap to the mean trust among the other partners.
     */
    void reconnect(int who, List<Organisation> active, double share) {
        double sum = 0;
        int count = 0;
        for (Organisation a : active) {
            for (Organisation b : active) {
                if (a == b || a.index() == who || b.index() == who) continue;
                sum += trust(a.index(), b.index());
                count++;
            }
        }
        if (count == 0) return;
        double norm = sum / count;
        for (Organisation other : active) {
            if (other.index() == who) continue;
            trust[who * n + other.index()] += share * (norm - trust[who * n + other.index()]);
            trust[other.index() * n + who] += share * (norm - trust[other.index() * n + who]);
        }
    }

    /**
     * Mediation: vigilance eases by {@code ease} of its level, scars heal by {@code ease} of what is
     * left of them (talking through "diepgewortelde wederzijdse veronderstellingen" is what lets old
     * damage heal; good experiences alone heal it slowly), and pairs in watchful contracting regain
     * {@code repair} trust (seed 004, conflict handling: "reframing").
     */
    void mediate(int[] active, double ease, double repair) {
        for (int a : active) {
            for (int b : active) {
                if (a == b) continue;
                int k = a * n + b;
                if (quadrant(a, b) == LewickiQuadrant.WATCHFUL_CONTRACTING) {
                    trust[k] = Math.min(1, trust[k] + repair);
                }
                vigilance[k] -= ease * vigilance[k];
                ceiling[k] += ease * (1 - ceiling[k]);
            }
        }
    }

    /**
     * The undercurrent of a neglected relation (seed 003 §4.3: "een onderstroom van gevoelens",
     * "instabiele relaties, vijandbeelden"): vigilance creeps up between every pair, and each
     * partner's trust drifts away from its own mean, up towards those it already trusts more and
     * down towards the rest, so trust splits into factions.
     *
     * @param relation the relation condition's level
     */
    void undercurrent(List<Organisation> active, double relation) {
        if (relation >= UNDERCURRENT_BELOW) return;
        double strength = (UNDERCURRENT_BELOW - relation) / UNDERCURRENT_BELOW;
        double[] mean = new double[active.size()];
        for (int i = 0; i < active.size(); i++) {
            double sum = 0;
            for (Organisation b : active) {
                if (b != active.get(i)) sum += trust(active.get(i).index(), b.index());
            }
            mean[i] = active.size() > 1 ? sum / (active.size() - 1) : 0;
        }
        for (int i = 0; i < active.size(); i++) {
            Organisation a = active.get(i);
            for (Organisation b : active) {
                if (a == b) continue;
                int k = a.index() * n + b.index();
                vigilance[k] += UNDERCURRENT_VIGILANCE * strength * (1 - vigilance[k]);
                trust[k] = Math.max(0, Math.min(1, trust[k] + FACTION_RATE * strength * (trust[k] - mean[i])));
            }
        }
    }
}
