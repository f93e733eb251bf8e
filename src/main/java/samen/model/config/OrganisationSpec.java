package samen.model.config;

import java.util.Objects;

/**
 * One partner as the scenario describes it. Attributes are distributions so that a generated
 * population ("count: 6" with ranges) and an explicit list share one shape.
 *
 * @param name                 display name, unique within a scenario
 * @param autonomy             share of its autonomy the organisation is willing to give up, [0,1]
 * @param capacity             resources it could bring each step, &gt; 0
 * @param alternative          value per unit of resources of its stand-alone alternative, &gt; 0
 * @param loyalty              initial weight of the collaboration against its own organisation, [0,1]
 * @param constituencyPressure how hard its constituency ("achterban") pulls its representative back, [0,1]
 * @param opportunism          base propensity to act opportunistically, [0,1]
 * @param interests            weights of collective, organisational and individual interests, [0,1] each
 */
public record OrganisationSpec(
        String name,
        Distribution autonomy,
        Distribution capacity,
        Distribution alternative,
        Distribution loyalty,
        Distribution constituencyPressure,
        Distribution opportunism,
        InterestSpec interests) {

    public OrganisationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(autonomy, "autonomy");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(loyalty, "loyalty");
        Objects.requireNonNull(constituencyPressure, "constituencyPressure");
        Objects.requireNonNull(opportunism, "opportunism");
        Objects.requireNonNull(interests, "interests");
    }
}
