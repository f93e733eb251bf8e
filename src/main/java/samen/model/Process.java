package samen.model;

import java.util.List;
import samen.model.config.CollaborationSettings;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The collaboration's process: its phase, progress within the phase, and energy (tempo); also who
 * leaves. Runs after the {@link Round} each step.
 *
 * <p>Progress within a phase comes from engaged, trusting partners and energy. A phase advances
 * when its work is done and its gate holds: explore needs enough trust to open up, share needs
 * partners loyal enough to a shared ambition, agree needs an agreement that serves every partner's
 * interests, shape needs trust without too much vigilance. Energy grows with progress and visible
 * results and drains when progress stalls (seed 003 §4.5: "als dit tempo ontbreekt en de
 * voortgang stagneert, vloeit de energie weg en volgt er vaak destabilisatie"). Once past share,
 * a collaboration whose trust or energy collapses falls back to share (seed 003 §3.2: partners
 * "moeten terug naar de fase van ambitiebepaling").
 *
 * <p>Explore and share build mutual understanding: a shared picture of each other's interests
 * (seed 004, verkennen: "inzicht krijgen in de belangen van partijen en een gemeenschappelijk beeld
 * vormen"). It starts at zero, because a collaboration starts without shared history (seed 003 §2,
 * "een nieuwe werkelijkheid"), and grows only slowly once the partners are past share, so a
 * collaboration that starts at agree carries its unexplored interests along.
 */
final class Process implements Steppable {

    private static final long serialVersionUID = 1L;

    static final double GATE_TRUST = 0.35;
    static final double GATE_LOYALTY = 0.4;
    static final double GATE_INTERESTS = 0.4;
    static final double GATE_VIGILANCE = 0.6;
    static final double FALLBACK_TRUST = 0.2;
    static final double FALLBACK_ENERGY = 0.1;
    /** A partner whose loyalty sinks below this leaves: "stemmen met de voeten" (seed 004). */
    static final double EXIT_LOYALTY = 0.15;
    /** Steps in the rolling window over which commitment is averaged, for the sham test. */
    static final int COMMITMENT_WINDOW = 10;
    /** Understanding grows this many times slower by working together than by exploring and sharing. */
    static final double LEARNING_BY_DOING = 0.1;

    private final CollaborationSettings settings;
    private Phase phase;
    private double progress;
    private double energy;
    private double understanding;
    private Phase phaseReached;
    private long phaseReachedStep;
    private long lastPhaseChangeStep;
    private int fallbacks;
    private boolean brokenUp;
    private final double[] commitmentWindow = new double[COMMITMENT_WINDOW];
    private double peakCommitment;

    Process(CollaborationSettings settings) {
        this.settings = settings;
        this.phase = settings.startPhase();
        this.energy = settings.energyInitial();
        this.phaseReached = phase;
    }

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        long now = c.step() + 1;
        List<Organisation> active = c.activeOrganisations();

        double engagement = 0;
        double commitment = 0;
        for (Organisation o : active) {
            engagement += o.loyalty() * (0.5 + 0.5 * o.trustGiven());
            commitment += o.commitment();
        }
        engagement /= active.size();
        commitment /= active.size();
        trackCommitment(now, commitment);

        double momentum = advance(c, now, engagement);
        energy = clamp01(energy + settings.energyGain() * momentum - settings.energyDrain() * (1 - momentum));
        fallBackIfCollapsed(c, now);

        for (Organisation o : active) {
            if (o.loyalty() < EXIT_LOYALTY) o.leave(now);
        }
        c.refreshActive();
        int remaining = c.activeOrganisations().size();
        // Break-up: fewer than two partners, or half of them gone.
        brokenUp = remaining < 2 || remaining * 2 <= c.organisations().size();
    }

    /** Moves the phase on where it can; returns this step's momentum in [0,1]. */
    private double advance(Collaboration c, long now, double engagement) {
        // Tempo: engaged partners with energy work through a phase in phaseDuration steps.
        double tempo = Math.min(1, 2 * energy * engagement);
        double exploring = phase.ordinal() <= Phase.SHARE.ordinal() ? 1 : LEARNING_BY_DOING;
        understanding = Math.min(1, understanding + exploring * tempo / (2.0 * settings.phaseDuration()));
        if (phase == Phase.EXECUTE) {
            // In execute, momentum is visible results: the value the partners create.
            return clamp01(2 * c.round().totalContribution() / potential(c));
        }
        if (progress < 1) {
            progress = Math.min(1, progress + tempo / settings.phaseDuration());
            return tempo;
        }
        if (!gateOpen(c)) return 0;
        phase = phase.next();
        progress = 0;
        lastPhaseChangeStep = now;
        if (phase.ordinal() > phaseReached.ordinal()) {
            phaseReached = phase;
            phaseReachedStep = now;
        }
        return 1;
    }

    private boolean gateOpen(Collaboration c) {
        return switch (phase) {
            case EXPLORE -> c.meanTrust() >= GATE_TRUST;
            case SHARE -> c.activeOrganisations().stream().mapToDouble(Organisation::loyalty).average().orElse(0) >= GATE_LOYALTY;
            case AGREE -> c.activeOrganisations().stream().allMatch(o -> o.interestsServed() >= GATE_INTERESTS);
            case SHAPE -> c.meanTrust() >= GATE_TRUST && c.meanVigilance() <= GATE_VIGILANCE;
            case EXECUTE -> false;
        };
    }

    private void fallBackIfCollapsed(Collaboration c, long now) {
        if (phase.ordinal() <= Phase.SHARE.ordinal()) return;
        if (c.meanTrust() < FALLBACK_TRUST || energy < FALLBACK_ENERGY) {
            phase = Phase.SHARE;
            progress = 0;
            fallbacks++;
            lastPhaseChangeStep = now;
        }
    }

    /** What the active partners would bring in this phase at full commitment. */
    private static double potential(Collaboration c) {
        double p = 0;
        for (Organisation o : c.activeOrganisations()) p += o.capacity() * c.phase().intensity();
        return p;
    }

    private void trackCommitment(long now, double commitment) {
        commitmentWindow[(int) ((now - 1) % COMMITMENT_WINDOW)] = commitment;
        if (now >= COMMITMENT_WINDOW) peakCommitment = Math.max(peakCommitment, recentCommitment());
    }

    /** Mean commitment over the last {@value #COMMITMENT_WINDOW} steps. */
    double recentCommitment() {
        double sum = 0;
        for (double v : commitmentWindow) sum += v;
        return sum / COMMITMENT_WINDOW;
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }

    Phase phase() { return phase; }
    double progress() { return progress; }
    double energy() { return energy; }
    double understanding() { return understanding; }
    Phase phaseReached() { return phaseReached; }
    long phaseReachedStep() { return phaseReachedStep; }
    long lastPhaseChangeStep() { return lastPhaseChangeStep; }
    int fallbacks() { return fallbacks; }
    boolean brokenUp() { return brokenUp; }
    double peakCommitment() { return peakCommitment; }
}
