package samen.model;

import java.util.List;
import samen.model.config.Distribution;
import samen.model.config.InterestSpec;
import samen.model.config.OrganisationSpec;

/**
 * Copies and plain partners for tests, so that a new partner attribute changes the tests in one
 * place rather than at every copy.
 */
public final class Specs {

    private Specs() {
    }

    /** {@code o} named {@code name}, joining at {@code joinsAt} and leaving at {@code leavesAt}; everything else as it was. */
    public static OrganisationSpec scheduled(OrganisationSpec o, String name, long joinsAt, long leavesAt) {
        return copy(o, name, o.alternative(), joinsAt, leavesAt, o.joins());
    }

    /** {@code o} named {@code name} as a founding partner: at the table from the start, leaving as it did. */
    public static OrganisationSpec founder(OrganisationSpec o, String name) {
        return copy(o, name, o.alternative(), 0, o.leavesAt(), Joining.PLANNED);
    }

    /**
     * {@code o} named {@code name} as a candidate, invited or sought, whose own road yields {@code alternative}
     * per unit (§7.17, new blood).
     */
    public static OrganisationSpec candidate(OrganisationSpec o, String name, double alternative, Joining joins) {
        return copy(o, name, Distribution.of(alternative), 0, o.leavesAt(), joins);
    }

    private static OrganisationSpec copy(OrganisationSpec o, String name, Distribution alternative, long joinsAt, long leavesAt,
                                         Joining joins) {
        return new OrganisationSpec(name, o.autonomy(), o.capacity(), alternative, o.loyalty(), o.constituencyPressure(),
                o.opportunism(), o.interests(), o.leadership(), o.mandate(), o.turnover(), joinsAt, leavesAt, o.participation(),
                o.nextGeneration(), o.initiative(), o.learning(), o.circle(), o.terrain(), o.startingPoint(), o.culture(), o.motive(),
                joins, o.brings());
    }

    /** A founding partner with these draws and every other attribute at the scenario default: what property tests vary from. */
    public static OrganisationSpec plain(String name, Distribution autonomy, Distribution capacity, Distribution alternative,
                                         Distribution loyalty, Distribution pressure, Distribution opportunism, InterestSpec interests) {
        return new OrganisationSpec(name, autonomy, capacity, alternative, loyalty, pressure, opportunism, interests,
                Leadership.RELATIONSHIP_BUILDER, Distribution.of(0.6), 0, 0, 0, Participation.VOLUNTARY, 0, 0, 0, Circle.CORE, "",
                StartingPoint.PROBLEM, "", Motives.only(Motive.MARKET), Joining.PLANNED, List.of());
    }
}
