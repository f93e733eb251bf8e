package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import samen.engine.Simulation;
import samen.model.config.CollaborationSettings;
import samen.model.config.Distribution;
import samen.model.config.InterestSpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings;
import samen.model.config.TrustSettings;

/** Over random scenarios, every piece of state stays finite and in its range, every step. */
class ModelInvariantsTest {

    @Property(tries = 150)
    void stateStaysFiniteAndInRange(@ForAll("configs") ModelConfig config, @ForAll long seed) {
        Simulation.create(config, seed).run(120, List.of(ModelInvariantsTest::check));
    }

    private static void check(Collaboration m) {
        assertThat(m.energy()).isBetween(0.0, 1.0);
        assertThat(m.phaseProgress()).isBetween(0.0, 1.0);
        assertThat(m.meanTrust()).isBetween(0.0, 1.0);
        assertThat(m.meanVigilance()).isBetween(0.0, 1.0);
        assertThat(m.valueCreated()).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(m.cumulativeValue()).isFinite();
        assertThat(m.recentCommitment()).isBetween(0.0, 1.0);
        assertThat(m.activeCount()).isBetween(0, m.organisations().size());
        for (Condition c : Condition.values()) assertThat(m.condition(c)).as(c.key()).isBetween(0.0, 1.0);
        for (Indicator i : Indicator.values()) assertThat(i.valueIn(m)).as(i.key()).isBetween(0.0, 1.0);
        for (Organisation a : m.organisations()) {
            assertThat(a.loyalty()).isBetween(0.0, 1.0);
            assertThat(a.interestsServed()).isBetween(0.0, 1.0);
            assertThat(a.commitment()).isBetween(0.0, 1.0);
            assertThat(a.contribution()).isFinite().isBetween(0.0, a.capacity());
            assertThat(a.taken()).isFinite().isGreaterThanOrEqualTo(0.0);
            assertThat(a.payoff()).isFinite();
            assertThat(a.cumulativePayoff()).isFinite();
            assertThat(a.power()).isBetween(0.0, 1.0);
            for (Organisation b : m.organisations()) {
                if (a == b) continue;
                assertThat(m.trust(a, b)).isBetween(0.0, 1.0);
                assertThat(m.vigilance(a, b)).isBetween(0.0, 1.0);
            }
        }
    }

    @Provide
    Arbitrary<ModelConfig> configs() {
        Arbitrary<List<OrganisationSpec>> orgs = organisation().list().ofMinSize(2).ofMaxSize(12).map(list -> {
            List<OrganisationSpec> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                OrganisationSpec s = list.get(i);
                named.add(i < 2 ? Specs.founder(s, "Org " + i) : Specs.scheduled(s, "Org " + i, s.joinsAt(), s.leavesAt()));
            }
            return named;
        });
        Arbitrary<PowerSettings> power = Combinators.combine(
                Arbitraries.of(PowerSettings.PowerDistribution.class),
                Arbitraries.doubles().between(0.05, 0.95), Arbitraries.doubles().between(0.5, 10),
                Arbitraries.doubles().between(0, 3), unit()).as(PowerSettings::new);
        Arbitrary<TrustSettings> trust = Combinators.combine(unit(), unit(), unit(), unit(), unit(), unit())
                .as(TrustSettings::new);
        Arbitrary<CollaborationSettings> collaboration = Combinators.combine(
                Arbitraries.of(Phase.class), Arbitraries.doubles().between(0.1, 10), unit(),
                Arbitraries.integers().between(1, 50), unit(), unit(), unit(), Arbitraries.integers().between(0, 3))
                .as((start, synergy, cost, duration, initial, gain, drain, renewal) ->
                        new CollaborationSettings(start, synergy, cost, duration, initial, gain, drain, 0.2, 0, 0, 50, 0, Governance.SHARED, 0.05,
                                renewal, "", 1, Membership.OPEN, 0, 0, 0, NetworkChange.FIXED, 0));
        Arbitrary<double[]> shares = Combinators.combine(unit(), unit(), unit(), unit(), unit()).as((s, e, n, a, r) -> new double[] {s, e, n, a, r});
        Arbitrary<CollaborationSettings> withLivingNetwork = Combinators.combine(collaboration, unit(),
                Arbitraries.doubles().between(0, 100), unit(), Arbitraries.doubles().between(0.01, 1000), shares,
                Combinators.combine(Arbitraries.of(Governance.class), Arbitraries.of(NetworkChange.class)).as(Map::entry), Arbitraries.integers().between(0, 6))
                .as((c, diversity, goal, shockRate, lockInHalf, share, governance, contacts) -> new CollaborationSettings(
                c.startPhase(), c.synergy(), c.meetingCost(), c.phaseDuration(), c.energyInitial(), c.energyGain(),
                c.energyDrain(), diversity, goal, shockRate, lockInHalf, share[0], governance.getKey(), share[1], c.renewal(), "",
                c.facilitatorAuthority(), c.membership(), contacts, share[2], share[3], governance.getValue(), share[4]));
        return Combinators.combine(orgs, power, trust, withLivingNetwork, ModelArbitraries.conditions(),
                ModelArbitraries.interventions(List.of("Org 0", "Org 1")), ModelArbitraries.shocks()).as(
                (o, p, t, c, conditions, interventions, shocks) ->
                        new ModelConfig(o, p, t, c, conditions, interventions, shocks, List.of()));
    }

    private static Arbitrary<OrganisationSpec> organisation() {
        return Combinators.combine(unitDistribution(), positive(1000), positive(100), unitDistribution(),
                        unitDistribution(), unitDistribution(),
                        Combinators.combine(unitDistribution(), unitDistribution(), unitDistribution()).as(InterestSpec::new))
                .as((autonomy, capacity, alternative, loyalty, pressure, opportunism, interests) ->
                        Specs.plain("x", autonomy, capacity, alternative, loyalty, pressure, opportunism, interests))
                .flatMap(o -> ModelArbitraries.people(o, unitDistribution()));
    }

    private static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0, 1);
    }

    private static Arbitrary<Distribution> unitDistribution() {
        return Arbitraries.oneOf(
                unit().map(Distribution::of),
                Combinators.combine(unit(), unit()).as((a, b) -> new Distribution.Uniform(Math.min(a, b), Math.max(a, b))),
                Combinators.combine(unit(), unit()).as((mean, sd) -> new Distribution.Normal(mean, sd, 0, 1)));
    }

    private static Arbitrary<Distribution> positive(double max) {
        return Arbitraries.doubles().between(0.01, max).map(Distribution::of);
    }
}
