package samen.scenario;

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
import org.junit.jupiter.api.Test;
import samen.model.Specs;
import samen.model.Governance;
import samen.model.Membership;
import samen.model.NetworkChange;
import samen.model.Phase;
import samen.model.ModelArbitraries;
import samen.model.config.HistorySpec;
import samen.model.config.CollaborationSettings;
import samen.model.config.Distribution;
import samen.model.config.InterestSpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings;
import samen.model.config.PowerSettings.PowerDistribution;
import samen.model.config.TrustSettings;

/** The canonical form reproduces the scenario exactly; the hash follows content, not layout or seed. */
class CanonicalYamlTest {

    @Test
    void canonicalYamlRoundTrips() throws ScenarioException {
        Scenario scenario = Yaml.load(Yaml.MINIMAL, "organisations.1.loyalty={normal: {mean: 0.3, sd: 0.05}}");
        Scenario again = Yaml.load(scenario.toCanonicalYaml());
        assertThat(again).isEqualTo(scenario);
        assertThat(again.toCanonicalYaml()).isEqualTo(scenario.toCanonicalYaml());
    }

    @Test
    void canonicalYamlFillsInEveryDefault() throws ScenarioException {
        String canonical = Yaml.load(Yaml.MINIMAL).toCanonicalYaml();
        assertThat(canonical).startsWith("name: \"test\"\ndescription: \"\"\nsteps: 200\nseed: 42\norganisations:\n"
                + "  - name: \"A\"\n    autonomy: 0.5\n    capacity: 1.0\n");
        assertThat(canonical).contains("  gain_rate: 0.005\n", "  start_phase: explore\n", "  distribution: equal\n");
    }

    @Test
    void hashIgnoresSeedCommentsAndLayout() throws ScenarioException {
        Scenario plain = Yaml.load(Yaml.MINIMAL);
        Scenario dressed = Yaml.load("""
                # a comment
                name: "test"   # quoted this time
                seed: 12345
                organisations: [{name: A, loyalty: 0.6}, {name: B}]   # flow style, a default spelt out
                trust: {}
                """);
        assertThat(dressed.hash()).isEqualTo(plain.hash()).matches("[0-9a-f]{64}");
        assertThat(dressed.seed()).isNotEqualTo(plain.seed());
        assertThat(plain.withSeed(1).hash()).isEqualTo(plain.hash());
    }

    @Test
    void hashChangesWhenAValueChanges() throws ScenarioException {
        String base = Yaml.load(Yaml.MINIMAL).hash();
        assertThat(Yaml.load(Yaml.MINIMAL + "trust: {gain_rate: 0.05}\n").hash()).isNotEqualTo(base);
        assertThat(Yaml.load(Yaml.MINIMAL.replace("name: B", "name: C")).hash()).isNotEqualTo(base);
        assertThat(Scenario.of("test", "", 1, 200, Yaml.load(Yaml.MINIMAL).model()).hash()).isEqualTo(base);
    }

    @Test
    void textIsQuotedSafely() throws ScenarioException {
        String tricky = "Zorg: \"wijk\" #1 \\ caf\u00e9\n\ttab";
        Scenario scenario = Yaml.load(Yaml.MINIMAL, "description=" + "\"" + tricky.replace("\\", "\\\\")
                .replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"");
        assertThat(scenario.description()).isEqualTo(tricky);
        assertThat(Yaml.load(scenario.toCanonicalYaml()).description()).isEqualTo(tricky);
    }

    @Property(tries = 200)
    void anyValidScenarioRoundTrips(@ForAll("scenarios") Scenario scenario) throws ScenarioException {
        Scenario again = ScenarioLoader.parse(scenario.toCanonicalYaml(), "canonical.yaml", List.of());
        assertThat(again).isEqualTo(scenario);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\u00e9\u20ac\u00fc").ofMaxLength(60);
        Arbitrary<String> name = text.filter(s -> !s.isBlank());
        Arbitrary<List<OrganisationSpec>> organisations = organisation().list().ofMinSize(2).ofMaxSize(6).map(list -> {
            List<OrganisationSpec> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) { // names made unique by their number
                OrganisationSpec o = list.get(i);
                unique.add(i < 2 ? Specs.founder(o, i + " " + o.name()) : Specs.scheduled(o, i + " " + o.name(), o.joinsAt(), o.leavesAt()));
            }
            return unique;
        });
        Arbitrary<PowerSettings> power = Combinators.combine(Arbitraries.of(PowerDistribution.class),
                Arbitraries.doubles().between(0.05, 0.95), Arbitraries.doubles().between(0.5, 10),
                Arbitraries.doubles().between(0, 3), unit()).as(PowerSettings::new);
        Arbitrary<TrustSettings> trust = Combinators.combine(unit(), unit(), unit(), unit(), unit(), unit())
                .as(TrustSettings::new);
        Arbitrary<CollaborationSettings> collaboration = Combinators.combine(Arbitraries.of(Phase.class),
                Arbitraries.doubles().between(0.1, 10), unit(), Arbitraries.integers().between(1, 1000),
                unit(), unit(), unit(), Arbitraries.integers().between(0, 1000)).as((start, synergy, cost, duration, initial, gain, drain,
                        renewal) -> new CollaborationSettings(start, synergy, cost, duration, initial, gain, drain, 0.2, 0, 0, 50, 0,
                        Governance.SHARED, 0.05, renewal, "", 1, Membership.OPEN, 0, 0, 0, NetworkChange.FIXED, 0));
        Arbitrary<double[]> shares = Combinators.combine(unit(), unit(), unit(), unit(), unit()).as((s, e, n, a, r) -> new double[] {s, e, n, a, r});
        Arbitrary<CollaborationSettings> living = Combinators.combine(collaboration, unit(), Arbitraries.doubles().between(0, 1e6), unit(),
                        Arbitraries.doubles().between(0.01, 1e6), shares, Combinators.combine(Arbitraries.of(Governance.class), Arbitraries.of(NetworkChange.class)).as(Map::entry),
                        Arbitraries.integers().between(0, 4096))
                .as((c, diversity, goal, shockRate, lockInHalf, share, governance, contacts) -> new CollaborationSettings(c.startPhase(),
                        c.synergy(), c.meetingCost(), c.phaseDuration(), c.energyInitial(), c.energyGain(), c.energyDrain(), diversity, goal,
                        shockRate, lockInHalf, share[0], governance.getKey(), share[1], c.renewal(), "", c.facilitatorAuthority(),
                        c.membership(), contacts, share[2], share[3], governance.getValue(), share[4]));
        Arbitrary<ModelConfig> model = Combinators.combine(organisations, power, trust, living, ModelArbitraries.conditions(),
                ModelArbitraries.interventions(List.of()), ModelArbitraries.shocks())
                .as((o, p, t, c, conditions, interventions, shocks) -> new ModelConfig(o, p, t, c, conditions, interventions,
                        shocks, o.size() > 1 ? List.of(new HistorySpec(o.get(0).name(), o.get(1).name(), 0.1, 0.9)) : List.of()));
        return Combinators.combine(name.map(s -> s.length() > 80 ? s.substring(0, 80) : s), text,
                Arbitraries.longs(), Arbitraries.integers().between(1, 1_000_000), model).as(Scenario::of);
    }

    private static Arbitrary<OrganisationSpec> organisation() {
        Arbitrary<InterestSpec> interests = Combinators.combine(distribution(0, 1), distribution(0, 1), distribution(0, 1))
                .as(InterestSpec::new);
        return Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10), distribution(0, 1),
                distribution(0.01, 1000), distribution(0.01, 100), distribution(0, 1), distribution(0, 1),
                distribution(0, 1), interests).as((name, autonomy, capacity, alternative, loyalty, pressure, opportunism, i) ->
                        Specs.plain(name, autonomy, capacity, alternative, loyalty, pressure, opportunism, i))
                .flatMap(o -> ModelArbitraries.people(o, distribution(0, 1)));
    }

    private static Arbitrary<Distribution> distribution(double min, double max) {
        Arbitrary<Double> value = Arbitraries.doubles().between(min, max);
        return Arbitraries.oneOf(
                value.map(Distribution.Constant::new),
                Combinators.combine(value, value).as((a, b) -> new Distribution.Uniform(Math.min(a, b), Math.max(a, b))),
                Combinators.combine(value, Arbitraries.doubles().between(0, max - min))
                        .as((m, sd) -> new Distribution.Normal(m, sd, min, max)));
    }

    private static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0, 1);
    }
}
