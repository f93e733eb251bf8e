package samen.model.config;

import java.util.List;

/**
 * Everything the model needs besides a seed and a number of steps.
 *
 * @param organisations the partners, in scenario order (the first is the dominant one under
 *                      {@code power.distribution: dominant}); at least two
 * @param conditions    the five conditions of seed 003 at the start, and the attention they get
 * @param interventions interventions scheduled by step, phase or indicator
 * @param shocks        context shocks scheduled by step
 * @param history       shared histories between pairs of partners
 */
public record ModelConfig(
        List<OrganisationSpec> organisations,
        PowerSettings power,
        TrustSettings trust,
        CollaborationSettings collaboration,
        ConditionSettings conditions,
        List<InterventionRule> interventions,
        List<ShockSpec> shocks,
        List<HistorySpec> history) {

    public ModelConfig {
        organisations = List.copyOf(organisations);
        interventions = List.copyOf(interventions);
        shocks = List.copyOf(shocks);
        history = List.copyOf(history);
        if (organisations.size() < 2) throw new IllegalArgumentException("a collaboration needs at least two organisations");
    }
}
