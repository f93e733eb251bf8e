package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;
import samen.model.config.Distribution;
import samen.model.config.PowerSettings.PowerDistribution;

/** {@code --set key.path=value}: applied like file content, and checked like it. */
class OverridesTest {

    @Test
    void overridesApplyWithYamlScalarValues() throws ScenarioException {
        Scenario scenario = Yaml.load(Yaml.MINIMAL, "steps=50", "seed=7", "power.distribution=dominant",
                "trust.gain_rate=0.1", "organisations.2.loyalty=0.3", "name=Other name");
        assertThat(scenario.steps()).isEqualTo(50);
        assertThat(scenario.seed()).isEqualTo(7);
        assertThat(scenario.model().power().distribution()).isEqualTo(PowerDistribution.DOMINANT);
        assertThat(scenario.model().trust().gainRate()).isEqualTo(0.1);
        assertThat(scenario.model().organisations().get(1).loyalty()).isEqualTo(new Distribution.Constant(0.3));
        assertThat(scenario.model().organisations().get(0).loyalty()).isEqualTo(new Distribution.Constant(0.6));
        assertThat(scenario.name()).isEqualTo("Other name");
    }

    @Test
    void organisationsCanBePickedByName() throws ScenarioException {
        Scenario scenario = Yaml.load(Yaml.MINIMAL, "organisations.b.interests.collective=0.9");
        assertThat(scenario.model().organisations().get(1).interests().collective()).isEqualTo(Distribution.of(0.9));
    }

    @Test
    void overridesMayAddKeysAbsentFromTheFile() throws ScenarioException {
        Scenario scenario = Yaml.load(Yaml.MINIMAL, "collaboration.synergy=2.5", "organisations.1.interests.individual=0.8");
        assertThat(scenario.model().collaboration().synergy()).isEqualTo(2.5);
        assertThat(scenario.model().organisations().get(0).interests().individual()).isEqualTo(Distribution.of(0.8));
    }

    @Test
    void overridesCanSetDistributionsAndGeneratedPopulations() throws ScenarioException {
        Scenario scenario = Yaml.load("name: g\norganisations: {count: 3}\n",
                "organisations.count=5", "organisations.loyalty={uniform: [0.2, 0.8]}");
        assertThat(scenario.model().organisations()).hasSize(5)
                .allSatisfy(o -> assertThat(o.loyalty()).isEqualTo(new Distribution.Uniform(0.2, 0.8)));
    }

    @Test
    void aStarSetsEveryPartnerOfAListOrAGeneratedPopulation() throws ScenarioException {
        Scenario list = Yaml.load(Yaml.MINIMAL, "organisations.*.turnover=0.2", "organisations.*.interests={collective: 0.9}",
                "organisations.2.interests.collective=0.1");
        assertThat(list.model().organisations()).allSatisfy(o -> assertThat(o.turnover()).isEqualTo(0.2));
        assertThat(list.model().organisations()).extracting(o -> o.interests().collective())
                .containsExactly(Distribution.of(0.9), Distribution.of(0.1)); // each partner got its own copy
        Scenario generated = Yaml.load("name: g\norganisations: {count: 4}\n", "organisations.*.loyalty=0.3");
        assertThat(generated.model().organisations()).hasSize(4)
                .allSatisfy(o -> assertThat(o.loyalty()).isEqualTo(Distribution.of(0.3)));
        assertThat(problems(Yaml.MINIMAL, "trust.*.x=1")).singleElement().asString()
                .startsWith("--set trust.*.x=1:1:13: trust.*: `trust` is not a list");
        assertThat(problems(Yaml.MINIMAL, "organisations.*=1")).singleElement().asString()
                .contains("`*` stands for every item and needs a key after it");
        assertThat(problems(Yaml.MINIMAL, "organisations.*.loyalty=2")).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("loyalty: 2 is out of range"));
        // As one key path (a sweep's overlap check): `*` stays on a list, and drops out on a generated population.
        assertThat(ScenarioLoader.prepare(Yaml.MINIMAL, "t.yaml").canonicalKey("organisations.*.loyalty"))
                .isEqualTo("organisations.*.loyalty");
        assertThat(ScenarioLoader.prepare("name: g\norganisations: {count: 4}\n", "t.yaml").canonicalKey("organisations.*.loyalty"))
                .isEqualTo("organisations.loyalty");
    }

    @Test
    void overrideValuesAreValidatedAndLocatedInTheOption() {
        assertThat(problems(Yaml.MINIMAL, "trust.gain_rate=2")).containsExactly(
                "--set trust.gain_rate=2:1:23: trust.gain_rate: 2 is out of range; allowed: a number from 0 to 1");
        assertThat(problems(Yaml.MINIMAL, "--set power.distribution=dominnant")).containsExactly(
                "--set power.distribution=dominnant:1:26: power.distribution: 'dominnant' is not one of the choices "
                        + "(did you mean `dominant`?); allowed: one of equal, dominant, skewed, unclear");
        assertThat(problems(Yaml.MINIMAL, "steps=")).containsExactly(
                "--set steps=:1:13: steps: expected a whole number, got nothing; allowed: a whole number from 1 to 1000000");
    }

    @Test
    void unknownKeyPathsGetDidYouMean() {
        assertThat(problems(Yaml.MINIMAL, "trust.gain_rat=0.1")).containsExactly(
                "--set trust.gain_rat=0.1:1:13: trust.gain_rat: unknown key `gain_rat` (did you mean `gain_rate`?); "
                        + "allowed: initial, gain_rate, loss_rate, vigilance_initial, vigilance_rate, transparency");
        assertThat(problems(Yaml.MINIMAL, "trsut.initial=0.1")).singleElement().asString()
                .startsWith("--set trsut.initial=0.1:1:7: trsut: unknown key `trsut` (did you mean `trust`?)");
    }

    @Test
    void badPathsAreExplained() {
        assertThat(problems(Yaml.MINIMAL, "organisations.3.loyalty=0.1")).containsExactly(
                "--set organisations.3.loyalty=0.1:1:21: organisations.3: no item `3` in `organisations`; "
                        + "allowed: a number from 1 to 2, an organisation's name or * for every item");
        assertThat(problems("name: g\norganisations: {count: 3}\n", "organisations.2.loyalty=0.1")).singleElement()
                .asString().startsWith("--set organisations.2.loyalty=0.1:1:21: organisations.2: `organisations` is a mapping, not a list");
        assertThat(problems(Yaml.MINIMAL + "steps: 10\n", "steps.max=3")).containsExactly(
                "--set steps.max=3:1:13: steps.max: `steps` holds a single value, so it has no key `max`; allowed: steps=VALUE");
        assertThat(problems(Yaml.MINIMAL, "steps.max=3")).containsExactly(
                "--set steps.max=3:1:7: steps: expected a whole number, got a mapping (keys with values below it); "
                        + "allowed: a whole number from 1 to 1000000");
        assertThat(problems(Yaml.MINIMAL, "no equals sign")).containsExactly(
                "--set no equals sign:1:7: expected KEY=VALUE; allowed: a key path and a value, "
                        + "e.g. trust.gain_rate=0.1 or organisations.2.loyalty=0.3");
        assertThat(problems(Yaml.MINIMAL, "trust..initial=0.1")).singleElement().asString()
                .startsWith("--set trust..initial=0.1:1:13: trust..initial: empty part in the key path");
    }

    @Test
    void fileProblemsComeBeforeOverrideProblems() {
        assertThat(problems("name: x\nsteps: 0\norganisations: [{name: A}, {name: B}]\n", "seed=x"))
                .extracting(p -> p.substring(0, p.indexOf(": ")))
                .containsExactly("t.yaml:2:8", "--set seed=x:1:12");
    }

    @Test
    void seedOverrideKeepsTheHashOtherOverridesChangeIt() throws ScenarioException {
        Scenario base = Yaml.load(Yaml.MINIMAL);
        assertThat(Yaml.load(Yaml.MINIMAL, "seed=99").hash()).isEqualTo(base.hash());
        assertThat(Yaml.load(Yaml.MINIMAL, "steps=99").hash()).isNotEqualTo(base.hash());
    }
}
