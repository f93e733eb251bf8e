package samen.gui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import samen.model.Condition;
import samen.model.Event;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.OutcomeRules;
import samen.model.Phase;
import samen.model.Verdict;

/**
 * What the charts and the banner show after one step, read on the model's thread and handed to
 * Swing's, so the screen never reads a model that is halfway through a step.
 *
 * @param verdict the outcome if the run ended now ({@link OutcomeRules#classify}); the screen shows it
 *                only once the collaboration has produced something ({@code produced})
 * @param produced true once the partners have made agreements (reached the agree phase) or the run
 *                 has ended: before that the collaboration has produced nothing to judge, and any
 *                 verdict would be a guess
 * @param events  what happened since the previous sample, from the model's event log
 */
record Sample(long step, Phase phase, double energy, double meanTrust, double meanVigilance,
              double valueCreated, Map<Condition, Double> conditions, Condition weakest, Verdict verdict,
              boolean produced, List<Partner> partners, List<Event> events) {

    /** One partner's payoff against its alternative, and whether it acted opportunistically this step. */
    record Partner(String name, double surplusRate, boolean opportunistic, boolean active) {
    }

    /** @param eventsSeen how many of the model's events an earlier sample already carried */
    static Sample of(Collaboration c, int eventsSeen) {
        List<Partner> partners = c.organisations().stream()
                .map((Organisation o) -> new Partner(o.name(), o.surplusRate(), o.opportunistic(), o.active()))
                .toList();
        Map<Condition, Double> conditions = new EnumMap<>(Condition.class);
        for (Condition k : Condition.values()) conditions.put(k, c.condition(k));
        List<Event> all = c.events();
        return new Sample(c.step(), c.phase(), c.energy(), c.meanTrust(), c.meanVigilance(), c.valueCreated(),
                Map.copyOf(conditions), c.weakestCondition(), OutcomeRules.classify(c), c.phaseReached().ordinal() >= Phase.AGREE.ordinal() || c.ended(), partners,
                List.copyOf(all.subList(Math.min(eventsSeen, all.size()), all.size())));
    }
}
