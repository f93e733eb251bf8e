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
 */
public final class Relations {

    /** Vigilance relaxes this many times slower on a good experience than it rises on a bad one. */
    static final double VIGILANCE_RELAX_RATIO = 0.25;
    /** Vigilance floor per unit of constituency pressure. */
    static final double VIGILANCE_FLOOR_PER_PRESSURE = 0.3;

    private final int n;
    private final double[] trust;
    private final double[] vigilance;
    private final double gainRate;
    private final double lossRate;
    private final double vigilanceRate;

    public Relations(int n, TrustSettings settings) {
        this.n = n;
        this.trust = new double[n * n];
        this.vigilance = new double[n * n];
        this.gainRate = settings.gainRate();
        this.lossRate = settings.lossRate();
        this.vigilanceRate = settings.vigilanceRate();
        java.util.Arrays.fill(trust, settings.initial());
        java.util.Arrays.fill(vigilance, settings.vigilanceInitial());
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
        trust[k] = Math.min(1, trust[k] + gainRate * size);
        double floor = VIGILANCE_FLOOR_PER_PRESSURE * pressure;
        if (vigilance[k] > floor) {
            vigilance[k] = Math.max(floor, vigilance[k] - VIGILANCE_RELAX_RATIO * vigilanceRate * size * vigilance[k]);
        }
    }

    /** {@code from} had a bad experience of {@code to}, of size in [0,1]. */
    public void badExperience(int from, int to, double size) {
        int k = from * n + to;
        trust[k] = Math.max(0, trust[k] - lossRate * size);
        vigilance[k] = Math.min(1, vigilance[k] + vigilanceRate * size * (1 - vigilance[k]));
    }
}
