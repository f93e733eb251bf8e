package samen.workshop;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.engine.StepListener;
import samen.model.Collaboration;
import samen.model.DecisionPolicy;
import samen.model.Intervention;
import samen.model.Organisation;

/**
 * A run in which people decide for some organisations: steps a {@link Simulation} round by round
 * with the players' {@link Choice}s and the trainer's interventions. A live session and the replay
 * of its {@code decisions.csv} both go through here, so they take the same steps.
 *
 * <p>Every organisation decides through this play's policy: a player's choice when there is one
 * for the round, otherwise its own rules. The agent's own decision at the first step of each round
 * is kept, for the debrief ("what would the model's agent have done in the same state").
 */
public final class Play {

    private final Simulation simulation;
    private final int steps;
    private final List<StepListener> listeners;
    private final DecisionPolicy.Decision[] agents;
    private final long[] agentLeaves;
    private Map<Integer, Choice> choices = Map.of();
    private boolean firstStep;

    /** Takes over the organisations' decisions and shows step 0 to the listeners. */
    public Play(Simulation simulation, int steps, List<StepListener> listeners) {
        this.simulation = simulation;
        this.steps = steps;
        this.listeners = List.copyOf(listeners);
        List<Organisation> organisations = simulation.model().organisations();
        this.agents = new DecisionPolicy.Decision[organisations.size()];
        this.agentLeaves = new long[organisations.size()];
        for (Organisation o : organisations) o.decideBy(this::decide);
        simulation.observe(this.listeners);
    }

    private DecisionPolicy.Decision decide(Organisation self, DecisionPolicy.Decision own) {
        if (firstStep) agents[self.index()] = own;
        Choice choice = choices.get(self.index());
        return choice == null ? own : choice.decision(simulation.model().phase());
    }

    /**
     * Plays up to {@code n} steps (fewer when the run is done) with these choices, by organisation
     * index; organisations without one follow their own rules. Returns the steps played.
     */
    public int play(int n, Map<Integer, Choice> roundChoices) {
        choices = Map.copyOf(roundChoices);
        Arrays.fill(agents, null);
        Arrays.fill(agentLeaves, -1);
        firstStep = true;
        int played = 0;
        while (played < n && !done()) {
            List<Organisation> active = List.copyOf(model().activeOrganisations());
            simulation.step(listeners);
            for (Organisation o : active) {
                if (o.exitDrawn() && agentLeaves[o.index()] < 0) agentLeaves[o.index()] = model().step();
            }
            firstStep = false;
            played++;
        }
        choices = Map.of();
        return played;
    }

    /** Carries out an intervention now if its precondition holds (the model logs it either way). */
    public boolean intervene(Intervention type) {
        return model().intervene(type);
    }

    /**
     * The first step of the last round at which organisation {@code index}'s own rules would have
     * walked away (its exit draw said so, whoever decided), or -1.
     */
    public long agentLeaves(int index) {
        return agentLeaves[index];
    }

    /** What organisation {@code index}'s own rules decided at the first step of the last round; null if it did not decide. */
    public DecisionPolicy.Decision agent(int index) {
        return agents[index];
    }

    public boolean done() {
        return simulation.done(steps);
    }

    public RunResult finish() {
        return simulation.finish();
    }

    public Collaboration model() {
        return simulation.model();
    }

    public int steps() {
        return steps;
    }
}
