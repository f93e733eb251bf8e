package samen.model.config;

import java.util.List;
import java.util.Objects;
import samen.model.Circle;
import samen.model.Joining;
import samen.model.Leadership;
import samen.model.Motives;
import samen.model.Participation;
import samen.model.ResourceMix;
import samen.model.StartingPoint;

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
 * @param leadership           the leadership signature of its representative
 * @param mandate              room its constituency gives its representative to commit, [0,1]
 * @param turnover             chance per step that its representative is replaced, [0,1]
 * @param joinsAt              step at which it joins; 0 for a founding partner
 * @param leavesAt             step at which it leaves by plan (its part is done); 0 for never
 * @param participation        whether it is at the table by choice or by law (a mandated partner cannot leave)
 * @param nextGeneration       how far a future leader already at the table carries its representative's place when
 *                             the representative is replaced, argues the collaboration's case at home, and bridges
 *                             that share of the divide with the other partners' people (the mean at the table), [0,1]
 * @param initiative           how readily its representative makes its signature's own move when the condition it is
 *                             at home with runs down, [0,1]: 0 never (it only attends), 1 as soon as it has the time
 * @param learning             how fast the organisation changes by collaborating, [0,1]: the autonomy it gives up moves
 *                             towards how well its interests are served; 0 never (as before), 1 within about a phase
 * @param circle               where it stands: the strategic core, the complementary ring or the free space
 * @param terrain              the field it works in, or empty: partners on the same terrain compete (seed 003)
 * @param startingPoint        where it starts from when it defines the collaboration: its problem, its solution, an
 *                             opportunity or the form (seed 004); partners who start from different points speak at
 *                             cross purposes until they have explored them
 * @param culture              its values and norms, a label, or empty: good experiences between partners of different
 *                             cultures build less trust (seed 004, Douma's cultural fit)
 * @param motive               why it is at the table (seed 004): market (its own gain, as before), cost, knowledge or
 *                             pressure, or a mix of them in shares that add up to 1
 * @param joins                planned (at {@code joinsAt}, as before) or invited: a candidate that joins when the
 *                             collaboration's yield draws it and a seat is free (seed 002 advice 5)
 * @param brings               what it may bring (operational fit, seed 004): empty for none, one kind or a mix of kinds
 *                             (its capacity split by share), or several kinds of which one is drawn with equal chance
 *                             when the run starts
 */
public record OrganisationSpec(
        String name,
        Distribution autonomy,
        Distribution capacity,
        Distribution alternative,
        Distribution loyalty,
        Distribution constituencyPressure,
        Distribution opportunism,
        InterestSpec interests,
        Leadership leadership,
        Distribution mandate,
        double turnover,
        long joinsAt,
        long leavesAt,
        Participation participation,
        double nextGeneration,
        double initiative,
        double learning,
        Circle circle,
        String terrain,
        StartingPoint startingPoint,
        String culture,
        Motives motive,
        Joining joins,
        List<ResourceMix> brings) {

    public OrganisationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(autonomy, "autonomy");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(loyalty, "loyalty");
        Objects.requireNonNull(constituencyPressure, "constituencyPressure");
        Objects.requireNonNull(opportunism, "opportunism");
        Objects.requireNonNull(interests, "interests");
        Objects.requireNonNull(leadership, "leadership");
        Objects.requireNonNull(mandate, "mandate");
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(circle, "circle");
        Objects.requireNonNull(startingPoint, "startingPoint");
        Objects.requireNonNull(culture, "culture");
        Objects.requireNonNull(motive, "motive");
        Objects.requireNonNull(joins, "joins");
        // Naming only none is naming nothing, as the scenario reads it: one form, so a spec round-trips.
        brings = brings.equals(List.of(ResourceMix.NONE)) ? List.of() : List.copyOf(brings);
    }
}
