package samen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A collaboration between organisations, as a MASON model. Each step: the organisations decide in
 * random order (one {@link RandomSequence}), the {@link Round} settles bringing and taking, the
 * {@link Process} moves phase and energy on. MASON's {@code random} is the only source of
 * randomness, so a seed fixes the whole run.
 */
public final class Collaboration extends SimState {

    private static final long serialVersionUID = 1L;

    private final ModelConfig config;
    private List<Organisation> organisations = List.of();
    private List<Organisation> active = List.of();
    private Relations relations;
    private Round round;
    private Process process;

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
            all.add(new Organisation(this, i, specs.get(i).name(), traits.get(i), power.actual()[i], power.perceived()[i]));
        }
        organisations = Collections.unmodifiableList(all);
        active = organisations;
        relations = new Relations(n, config.trust());
        round = new Round();
        process = new Process(config.collaboration());

        schedule.scheduleRepeating(new RandomSequence(all.toArray(new Steppable[0])), 0, 1.0);
        schedule.scheduleRepeating(round, 1, 1.0);
        schedule.scheduleRepeating(process, 2, 1.0);
    }

    private Organisation.Traits drawTraits(OrganisationSpec s) {
        return new Organisation.Traits(
                s.autonomy().sample(random), s.capacity().sample(random), s.alternative().sample(random),
                s.loyalty().sample(random), s.constituencyPressure().sample(random), s.opportunism().sample(random),
                s.interests().collective().sample(random), s.interests().organisational().sample(random),
                s.interests().individual().sample(random));
    }

    /** Called by the process after partners left, so later readers see only active ones. */
    void refreshActive() {
        if (active.stream().allMatch(Organisation::active)) return;
        active = organisations.stream().filter(Organisation::active).toList();
    }

    /** True once the collaboration has broken up; the engine stops the run then. */
    public boolean ended() {
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
    /** Mean trust over all ordered pairs of active partners. */
    public double meanTrust() { return meanOverPairs(relations::trust); }
    public double meanVigilance() { return meanOverPairs(relations::vigilance); }
    public double trust(Organisation from, Organisation to) { return relations.trust(from.index(), to.index()); }
    public double vigilance(Organisation from, Organisation to) { return relations.vigilance(from.index(), to.index()); }
    public LewickiQuadrant quadrant(Organisation from, Organisation to) { return relations.quadrant(from.index(), to.index()); }
    public double valueCreated() { return round.valueCreated(); }
    public double cumulativeValue() { return round.cumulativeValue(); }
    public double totalContribution() { return round.totalContribution(); }
    public int opportunisticActs() { return round.opportunisticActs(); }
    /** Mean commitment of the partners over the last few steps, and its peak so far (sham test). */
    public double recentCommitment() { return process.recentCommitment(); }
    public double peakCommitment() { return process.peakCommitment(); }

    // Parameters the organisations and the round read.
    double transparency() { return config.trust().transparency(); }
    double influence() { return config.power().influence(); }
    double synergy() { return config.collaboration().synergy(); }
    double meetingCost() { return config.collaboration().meetingCost(); }
    Round round() { return round; }
}
