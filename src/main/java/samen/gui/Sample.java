package samen.gui;

import java.util.List;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.OutcomeRules;
import samen.model.Phase;
import samen.model.Verdict;

/**
 * What the charts and the banner show after one step, read on the model's thread and handed to
 * Swing's, so the screen never reads a model that is halfway through a step.
 *
 * @param verdict the outcome if the run ended now ({@link OutcomeRules#classify})
 */
record Sample(long step, Phase phase, double energy, double meanTrust, double meanVigilance,
              double valueCreated, Verdict verdict, List<Partner> partners) {

    /** One partner's payoff against its alternative, and whether it acted opportunistically this step. */
    record Partner(String name, double relativeGain, boolean opportunistic, boolean active) {
    }

    static Sample of(Collaboration c) {
        List<Partner> partners = c.organisations().stream()
                .map((Organisation o) -> new Partner(o.name(), o.relativeGain(), o.opportunistic(), o.active()))
                .toList();
        return new Sample(c.step(), c.phase(), c.energy(), c.meanTrust(), c.meanVigilance(), c.valueCreated(),
                OutcomeRules.classify(c), partners);
    }
}
