package samen.gui;

import java.util.function.Supplier;
import samen.model.Collaboration;
import samen.model.OutcomeRules;

/**
 * The whole run as MASON's model inspector (the Console's "Model" tab) lists it: bean getters over
 * whichever {@link Collaboration} is running now (a reset builds a new one).
 */
public final class RunView {

    private final Supplier<Collaboration> current;

    RunView(Supplier<Collaboration> current) {
        this.current = current;
    }

    public String getPhase() { return current.get().phase().key(); }
    public double getPhaseProgress() { return current.get().phaseProgress(); }
    public double getEnergy() { return current.get().energy(); }
    public double getMeanTrust() { return current.get().meanTrust(); }
    public double getMeanVigilance() { return current.get().meanVigilance(); }
    public double getMutualUnderstanding() { return current.get().mutualUnderstanding(); }
    public double getValueCreated() { return current.get().valueCreated(); }
    public double getCumulativeValue() { return current.get().cumulativeValue(); }
    public int getOpportunisticActs() { return current.get().opportunisticActs(); }
    public int getActivePartners() { return current.get().activeCount(); }
    public int getFallbacks() { return current.get().fallbacks(); }
    public String getOutcomeSoFar() { return OutcomeRules.classify(current.get()).outcome().key(); }
}
