package samen.model;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import samen.model.config.ConditionSettings;
import samen.model.config.ConditionSpec;
import samen.model.config.Distribution;
import samen.model.config.InterventionRule;
import samen.model.config.OrganisationSpec;
import samen.model.config.ShockSpec;
import samen.model.config.Trigger;

/** Arbitraries for the parts of a configuration that issue #3 added, shared by the property tests. */
public final class ModelArbitraries {

    private ModelArbitraries() {
    }

    /**
     * {@code base} with an arbitrary representative, mandate, turnover, joining/leaving plan,
     * participation (by choice or by law), future leader, initiative, learning, circle (core, ring or free space), fit
     * (culture and the kinds of resource it brings), motive and candidacy.
     */
    public static Arbitrary<OrganisationSpec> people(OrganisationSpec base, Arbitrary<Distribution> mandate) {
        return Combinators.combine(Arbitraries.of(Leadership.class), mandate, Arbitraries.doubles().between(0, 0.1),
                Arbitraries.longs().between(0, 60), Arbitraries.longs().between(0, 120), Arbitraries.of(Participation.class),
                Arbitraries.doubles().between(0, 1), Combinators.combine(Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1), Arbitraries.of(Circle.class), Arbitraries.of("", "care", "housing"),
                        Arbitraries.of(StartingPoint.class), fit(),
                        motives(), Arbitraries.of(Joining.class))
                        .as(Conduct::new)).as(
                (leadership, m, turnover, joinsAt, leavesAt, participation, next, conduct) -> new OrganisationSpec(base.name(),
                        base.autonomy(), base.capacity(), base.alternative(), base.loyalty(), base.constituencyPressure(),
                        base.opportunism(), base.interests(), leadership, m, turnover, joinsAt, leavesAt, participation, next,
                        conduct.initiative(), conduct.learning(), conduct.circle(), conduct.terrain(), conduct.startingPoint(),
                        conduct.fit().culture(), conduct.motive(), joinsAt > 0 ? Joining.PLANNED : conduct.joins(), conduct.fit().brings()));
    }

    /**
     * The representative's initiative, the organisation's learning, circle, terrain, starting point, fit, motive and
     * whether it is a candidate (only where it is not planned to join later): drawn together.
     */
    private record Conduct(double initiative, double learning, Circle circle, String terrain, StartingPoint startingPoint,
                           Fit fit, Motives motive, Joining joins) {
    }

    /** Its culture (a label or none) and what it may bring (none, one kind, a draw among several, or a mix of kinds). */
    private record Fit(String culture, List<ResourceMix> brings) {
    }

    private static Arbitrary<Fit> fit() {
        Arbitrary<List<ResourceMix>> drawn = Arbitraries.of(Resource.class).list().ofMaxSize(3)
                .map(kinds -> kinds.stream().distinct().map(ResourceMix::only).toList());
        Arbitrary<List<ResourceMix>> mixed = Arbitraries.maps(Arbitraries.of(Resource.class).filter(k -> k != Resource.NONE),
                Arbitraries.doubles().between(0.01, 1)).ofMinSize(2).ofMaxSize(4).map(w -> List.of(ResourceMix.mix(w)));
        return Combinators.combine(Arbitraries.of("", "public", "market"), Arbitraries.oneOf(drawn, mixed)).as(Fit::new);
    }

    /** One motive, or a mix of up to all four with arbitrary weights. */
    private static Arbitrary<Motives> motives() {
        Arbitrary<Motives> mix = Arbitraries.maps(Arbitraries.of(Motive.class), Arbitraries.doubles().between(0.01, 1))
                .ofMinSize(2).ofMaxSize(4).map(Motives::mix);
        return Arbitraries.oneOf(Arbitraries.of(Motive.class).map(Motives::only), mix);
    }

    public static Arbitrary<ConditionSettings> conditions() {
        Arbitrary<ConditionSpec> one = Combinators.combine(unit(), unit()).as(ConditionSpec::new);
        return Combinators.combine(one, one, one, one, one).as(ConditionSettings::new);
    }

    /** Up to four scheduled interventions, each carried by the facilitator or by one of {@code carriers}. */
    public static Arbitrary<List<InterventionRule>> interventions(List<String> carriers) {
        Arbitrary<Trigger> trigger = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 200).map(Trigger.AtStep::new),
                Arbitraries.of(Phase.class).map(Trigger.OnPhase::new),
                Arbitraries.longs().between(1, 50).map(Trigger.Every::new),
                Combinators.combine(Arbitraries.of(List.copyOf(Gauges.names())), unit()).as(Trigger.Below::new));
        List<String> by = new java.util.ArrayList<>(List.of(""));
        by.addAll(carriers);
        return Combinators.combine(Arbitraries.of(Intervention.class), trigger, Arbitraries.integers().between(1, 50),
                Arbitraries.of(by)).as(InterventionRule::new).list().ofMaxSize(4);
    }

    /** Shocks that hit every partner (named partners need the scenario's names). */
    public static Arbitrary<List<ShockSpec>> shocks() {
        return Combinators.combine(Arbitraries.longs().between(1, 200), Arbitraries.of(ShockKind.class), unit())
                .as((at, kind, size) -> new ShockSpec(at, kind, "", size)).list().ofMaxSize(3);
    }

    private static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0, 1);
    }
}
