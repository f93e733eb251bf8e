package samen.model.config;

import java.util.List;

/**
 * Everything the model needs besides a seed and a number of steps.
 *
 * @param organisations the partners, in scenario order (the first is the dominant one under
 *                      {@code power.distribution: dominant}); at least two
 */
public record ModelConfig(
        List<OrganisationSpec> organisations,
        PowerSettings power,
        TrustSettings trust,
        CollaborationSettings collaboration) {

    public ModelConfig {
        organisations = List.copyOf(organisations);
        if (organisations.size() < 2) throw new IllegalArgumentException("a collaboration needs at least two organisations");
    }
}
