package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import org.junit.jupiter.api.Test;

/**
 * Every kind of mistake gives {@code file:line:column: key.path: what is wrong; allowed: ...},
 * located where the student has to look.
 */
class ErrorMessagesTest {

    private static final String ORGS = "organisations: [{name: A}, {name: B}]\n";

    @Test
    void outOfRangeNamesTheValueAndTheRange() {
        assertThat(problems("name: x\ntrust:\n  gain_rate: 1.5\n" + ORGS)).containsExactly(
                "t.yaml:3:14: trust.gain_rate: 1.5 is out of range; allowed: a number from 0 to 1");
    }

    @Test
    void unknownKeySuggestsTheCloseOneAndListsAllowedKeys() {
        assertThat(problems("name: x\ntrust:\n  gain_rat: 0.1\n" + ORGS)).containsExactly(
                "t.yaml:3:3: trust.gain_rat: unknown key `gain_rat` (did you mean `gain_rate`?); allowed: "
                        + "initial, gain_rate, loss_rate, vigilance_initial, vigilance_rate, transparency");
    }

    @Test
    void didYouMeanCoversTyposCamelCaseAndAbbreviations() {
        assertThat(problems("name: x\norganizations: []\n")).anyMatch(p -> p.contains("did you mean `organisations`?"));
        assertThat(problems("name: x\ntrust: {gainRate: 0.1}\n" + ORGS)).anyMatch(p -> p.contains("did you mean `gain_rate`?"));
        assertThat(problems("name: x\nseeds: 3\n" + ORGS)).anyMatch(p -> p.contains("did you mean `seed`?"));
        assertThat(problems("name: x\norganisations: [{name: A, constituency: 0.2}, {name: B}]\n"))
                .anyMatch(p -> p.contains("did you mean `constituency_pressure`?"));
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        assertThat(problems("name: x\ntrust:\n  banana: 1\n" + ORGS)).singleElement().asString()
                .startsWith("t.yaml:3:3: trust.banana: unknown key `banana`; allowed: initial, gain_rate");
    }

    @Test
    void textIsNotANumber() {
        assertThat(problems("name: x\nsteps: abc\n" + ORGS)).containsExactly(
                "t.yaml:2:8: steps: expected a whole number, got 'abc'; allowed: a whole number from 1 to 1000000");
    }

    @Test
    void quotedNumbersAndBooleansAreNotNumbers() {
        assertThat(problems("name: x\ntrust: {initial: \"0.3\", gain_rate: true}\n" + ORGS)).containsExactly(
                "t.yaml:2:18: trust.initial: expected a number, got the text \"0.3\" (remove the quotes); allowed: a number from 0 to 1",
                "t.yaml:2:36: trust.gain_rate: expected a number, got the yes/no value true; allowed: a number from 0 to 1");
    }

    @Test
    void wholeNumberFieldRejectsFractions() {
        assertThat(problems("name: x\nsteps: 2.5\n" + ORGS)).containsExactly(
                "t.yaml:2:8: steps: expected a whole number, got 2.5; allowed: a whole number from 1 to 1000000");
        assertThat(problems("name: x\ncollaboration: {phase_duration: 0}\n" + ORGS)).containsExactly(
                "t.yaml:2:33: collaboration.phase_duration: 0 is out of range; allowed: a whole number from 1 to 1000");
    }

    @Test
    void wholeNumberFieldAcceptsWholeFloatsAndSeedTakes64Bits() throws ScenarioException {
        Scenario scenario = Yaml.load("name: x\nsteps: 1e3\nseed: -9223372036854775808\n" + ORGS);
        assertThat(scenario.steps()).isEqualTo(1000);
        assertThat(scenario.seed()).isEqualTo(Long.MIN_VALUE);
        assertThat(problems("name: x\nseed: 9223372036854775808\n" + ORGS)).containsExactly(
                "t.yaml:2:7: seed: 9223372036854775808 is out of range; allowed: a whole number that fits in 64 bits");
    }

    @Test
    void infinityIsNotANumberHere() {
        assertThat(problems("name: x\ntrust: {initial: .inf}\n" + ORGS)).singleElement().asString()
                .startsWith("t.yaml:2:18: trust.initial: expected a finite number, got .inf");
    }

    @Test
    void unknownChoiceSuggestsAndListsChoices() {
        assertThat(problems("name: x\npower:\n  distribution: domnant\n" + ORGS)).containsExactly(
                "t.yaml:3:17: power.distribution: 'domnant' is not one of the choices (did you mean `dominant`?); "
                        + "allowed: one of equal, dominant, skewed, unclear");
        assertThat(problems("name: x\ncollaboration: {start_phase: [explore]}\n" + ORGS)).containsExactly(
                "t.yaml:2:30: collaboration.start_phase: expected one of the choices, got a list; "
                        + "allowed: one of explore, share, agree, shape, execute");
    }

    @Test
    void duplicateKeyIsLocatedAtTheSecondWithTheFirstLine() {
        assertThat(problems("name: x\ntrust:\n  initial: 0.1\n  initial: 0.2\n" + ORGS)).containsExactly(
                "t.yaml:4:3: trust.initial: duplicate key `initial`, first given on line 3; allowed: each key once");
    }

    @Test
    void duplicateOrganisationNames() {
        assertThat(problems("name: x\norganisations:\n  - name: Gemeente\n  - name: Gemeente\n")).containsExactly(
                "t.yaml:4:11: organisations.2.name: duplicate organisation name 'Gemeente', first used on line 3; "
                        + "allowed: a name no other organisation in the scenario has");
    }

    @Test
    void fewerThanTwoOrganisations() {
        assertThat(problems("name: x\norganisations:\n  - name: A\n")).containsExactly(
                "t.yaml:3:3: organisations: the list has 1 organisation; allowed: a list of 2 to 4096 organisations");
        assertThat(problems("name: x\norganisations: {count: 1}\n")).containsExactly(
                "t.yaml:2:24: organisations.count: 1 is out of range; allowed: a whole number from 2 to 4096");
    }

    @Test
    void missingRequiredKeysAreLocatedAtTheirMapping() {
        assertThat(problems("description: no name, no partners\n")).containsExactly(
                "t.yaml:1:1: name: required key is missing; allowed: text of 1 to 80 characters",
                "t.yaml:1:1: organisations: required key is missing; allowed: a list of 2 to 4096 organisations, "
                        + "each with a `name`, or a generated population: a mapping with `count` (2 to 4096) "
                        + "and attribute values or distributions");
        assertThat(problems("name: x\norganisations:\n  - name: A\n  - autonomy: 0.5\n")).containsExactly(
                "t.yaml:4:5: organisations.2.name: required key is missing; allowed: text of 1 to 80 characters");
    }

    @Test
    void emptyFileAndOnlyComments() {
        String expected = "t.yaml:1:1: the file is empty; a scenario needs at least `name` and `organisations`";
        assertThat(problems("")).containsExactly(expected);
        assertThat(problems("# nothing here yet\n\n# really\n")).containsExactly(expected);
    }

    @Test
    void topLevelMustBeAMapping() {
        assertThat(problems("- name: A\n- name: B\n")).containsExactly(
                "t.yaml:1:1: the top level must be a mapping of keys, got a list; allowed: the keys "
                        + "name, description, steps, seed, organisations, power, trust, collaboration, conditions, interventions, shocks, history, captions");
    }

    @Test
    void yamlSyntaxErrorsAreLocated() {
        assertThat(problems("name: x\nsteps: 5\n\tseed: 3\n")).containsExactly(
                "t.yaml:3:1: this line is indented with a tab; allowed: spaces for indentation "
                        + "(YAML does not allow tabs: replace the tab by spaces)");
        assertThat(problems("name: x\ndescription: A note: with a colon\n")).singleElement().asString()
                .startsWith("t.yaml:2:20: a second ':' on this line; allowed: one `key: value` per line (put text that contains ': ' in quotes");
        assertThat(problems("name: x\n---\nname: y\n")).singleElement().asString()
                .startsWith("t.yaml:2:1: more than one YAML document");
    }

    @Test
    void missingColonIsReportedOnItsOwnLine() {
        // The parser notices it at the next key, which may be lines later.
        assertThat(problems("name: x\ndescription: hello\nsteps 200\n\n# the partners\norganisations:\n  - name: A\n")).containsExactly(
                "t.yaml:3:1: `steps 200` has no colon after the key; allowed: `key: value`, with a colon and a space after the key");
        assertThat(problems("name: x\ntrust:\n  initial 0.3\n  gain_rate: 0.1\n" + ORGS)).containsExactly(
                "t.yaml:3:3: `initial 0.3` has no colon after the key; allowed: `key: value`, with a colon and a space after the key");
        assertThat(problems("name: x\norganisations:\n  - name: A\n    loyalty 0.3\n  - name: B\n")).containsExactly(
                "t.yaml:4:5: `loyalty 0.3` has no colon after the key; allowed: `key: value`, with a colon and a space after the key");
    }

    @Test
    void badIndentationSaysHowManySpaces() {
        assertThat(problems("name: x\ntrust:\n  initial: 0.3\n   gain_rate: 0.1\n" + ORGS)).containsExactly(
                "t.yaml:4:1: this line is indented 3 spaces, but the keys on line 3 above it start after 2 spaces; "
                        + "allowed: keys of one mapping indented by the same number of spaces (here 2)");
        assertThat(problems("name: x\norganisations:\n  - name: A\n   loyalty: 0.3\n  - name: B\n")).containsExactly(
                "t.yaml:4:1: this line is indented 3 spaces, but the keys on line 3 above it start after 4 spaces; "
                        + "allowed: keys of one mapping indented by the same number of spaces (here 4)");
        assertThat(problems("name: x\ntrust:\n  initial: 0.3\n gain_rate: 0.1\n" + ORGS)).singleElement().asString()
                .startsWith("t.yaml:4:2: this line is indented 1 space, which matches no key above it; allowed: ");
    }

    @Test
    void unclosedQuotesAndBracketsPointAtWhereTheyOpen() {
        assertThat(problems("name: \"Zorg\ndescription: a\nsteps: 3\n" + ORGS)).containsExactly(
                "t.yaml:1:7: the quote \" that starts here is never closed; allowed: text between two \" on one line, "
                        + "e.g. name: \"My case\"");
        assertThat(problems("name: x\ndescription: 'it''s\nsteps: 3\n")).singleElement().asString()
                .startsWith("t.yaml:2:14: the quote ' that starts here is never closed");
        assertThat(problems("name: x\ntrust: {initial: 0.3\n")).containsExactly(
                "t.yaml:2:8: the `{` that starts here is not closed with `}` on this line; "
                        + "allowed: {a, b} on one line, or one item per line without brackets");
        assertThat(problems("name: x\ntrust: [a, b\nsteps: 3\n")).singleElement().asString()
                .startsWith("t.yaml:2:8: the `[` that starts here is not closed with `]`");
    }

    @Test
    void percentagesAndDecimalCommasGetAHint() {
        assertThat(problems("name: x\ntrust:\n  initial: 50%\n  gain_rate: 0,5\n  loss_rate: \"7,5%\"\n" + ORGS)).containsExactly(
                "t.yaml:3:12: trust.initial: expected a number, got '50%' (write 0.5 for 50%: a share is a number from 0 to 1, "
                        + "without %); allowed: a number from 0 to 1",
                "t.yaml:4:14: trust.gain_rate: expected a number, got '0,5' (write 0.5 with a decimal point, not a comma); "
                        + "allowed: a number from 0 to 1",
                "t.yaml:5:14: trust.loss_rate: expected a number, got the text \"7,5%\" (write 0.075 for 7,5%: a share is a "
                        + "number from 0 to 1, without %); allowed: a number from 0 to 1");
        assertThat(problems("name: x\ntrust: {initial: 0,5}\n" + ORGS)).singleElement().asString()
                .contains("unknown key `5` (a number with a decimal comma, such as 0,5, splits in two between { }: write 0.5)");
        assertThat(problems("name: x\nsteps: 50%\n" + ORGS)).singleElement().asString().doesNotContain("write");
    }

    @Test
    void typeAndReferenceErrorsComeInOnePass() {
        String text = """
                name: x
                steps: 0
                organisations:
                  - name: Gemeente
                  - name: Woningcorporatie
                shocks:
                  - {at_step: 3, kind: budget_cut, partner: Gemeent}
                history:
                  - {partner: Gemeente, other: Zorgverzekeraar}
                """;
        assertThat(problems(text)).extracting(p -> p.replaceFirst("^(\\S+ [^:]+):.*", "$1")).containsExactly(
                "t.yaml:2:8: steps", "t.yaml:7:45: shocks.1.partner", "t.yaml:9:32: history.1.other");
        assertThat(problems(text)).element(1).asString().contains("(did you mean `Gemeente`?)");
    }

    @Test
    void dutchWordsOfTheSourceTextsAreAccepted() throws ScenarioException {
        Scenario s = Yaml.load("""
                name: x
                power: {distribution: onduidelijk}
                collaboration: {start_phase: verkennen}
                organisations:
                  - {name: A, leadership: verbinder}
                  - {name: B, leadership: de grondige ontwerper}
                  - {name: C, leadership: hiërarchisch}
                interventions:
                  - {type: verbinden, when: "step 5"}
                shocks:
                  - {at_step: 3, kind: bezuiniging}
                """);
        assertThat(s.model().collaboration().startPhase()).isEqualTo(samen.model.Phase.EXPLORE);
        assertThat(s.model().organisations()).extracting(o -> o.leadership().key())
                .containsExactly("relationship_builder", "designer", "hierarchical");
        assertThat(s.model().interventions().get(0).type()).isEqualTo(samen.model.Intervention.CONVENING);
        assertThat(s.toCanonicalYaml()).contains("start_phase: explore", "leadership: relationship_builder", "type: convening")
                .doesNotContain("verkennen", "verbinder");
    }

    @Test
    void nearDutchWordsAndLongerNamesGetTheEnglishKey() {
        assertThat(problems("name: x\norganisations:\n  - {name: A, leadership: verbindr}\n  - {name: B}\n")).singleElement()
                .asString().contains("'verbindr' is not one of the choices (did you mean `relationship_builder`, in Dutch verbinder?)");
        assertThat(problems("name: x\npower: {distribution: dominant_partner}\n" + ORGS)).singleElement()
                .asString().contains("(did you mean `dominant`?)");
        assertThat(problems("name: x\ncollaboration: {start_phase: verkenen}\n" + ORGS)).singleElement()
                .asString().contains("(did you mean `explore`, in Dutch verkennen?)");
    }

    @Test
    void settingsThatCanNeverTakeEffectAreWarningsNotErrors() throws ScenarioException {
        String text = """
                name: x
                steps: 50
                organisations:
                  - {name: A}
                  - {name: B, leaves_at: 80}
                  - {name: C, joins_at: 60}
                interventions:
                  - {type: convening, when: "step 70"}
                  - {type: visioning, when: "step 20"}
                shocks:
                  - {at_step: 50, kind: budget_cut}
                  - {at_step: 51, kind: budget_cut}
                """;
        ScenarioLoader.Checked checked = ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of());
        assertThat(checked.warnings()).extracting(Problem::format).containsExactly(
                "t.yaml:5:26: organisations.2.leaves_at: B leaving at step 80 is after the last step (steps: 50), so it never "
                        + "happens; allowed: a step from 1 to 50 to see it, or more steps",
                "t.yaml:6:25: organisations.3.joins_at: C joining at step 60 is after the last step (steps: 50), so it never "
                        + "happens; allowed: a step from 1 to 50 to see it, or more steps",
                "t.yaml:8:29: interventions.1.when: the intervention at step 70 is after the last step (steps: 50), so it never "
                        + "happens; allowed: a step from 1 to 50 to see it, or more steps",
                "t.yaml:12:15: shocks.2.at_step: the shock at step 51 is after the last step (steps: 50), so it never "
                        + "happens; allowed: a step from 1 to 50 to see it, or more steps");
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of("steps=100")).warnings()).isEmpty();
    }

    @Test
    void settingsThatActOnlyWithAnotherOneTheFileLeavesOutAreWarnings() throws ScenarioException {
        String text = """
                name: x
                organisations:
                  - {name: A, leadership: hierarchical, initiative: 0.5}
                  - {name: B}
                collaboration:
                  renewal: 2
                  facilitator: B
                  facilitator_authority: 0.6
                  contacts: 3
                """;
        ScenarioLoader.Checked checked = ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of());
        assertThat(checked.warnings()).extracting(Problem::format).containsExactly(
                "t.yaml:3:53: organisations.1.initiative: A's representative is hierarchical, whose leadership is not granted, "
                        + "so it never makes a move of its own; allowed: a connecting leadership signature, or initiative 0",
                "t.yaml:6:12: collaboration.renewal: renewal 2 never takes effect: a next round begins when a round's goal is "
                        + "reached, and there is no goal (collaboration.goal 0); allowed: a goal above 0, or renewal 0",
                "t.yaml:8:26: collaboration.facilitator_authority: an outside facilitator's authority does not apply while B "
                        + "facilitates; allowed: facilitator empty (an outside facilitator), or leave facilitator_authority out",
                "t.yaml:9:13: collaboration.contacts: contacts (3) only shape a ring partner's work, and every partner is in "
                        + "the core; allowed: some partner with circle: ring, governance: self_organising (every partner works in a module), "
                        + "or contacts 0");
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of("collaboration.governance=self_organising"))
                .warnings()).extracting(Problem::key).doesNotContain("collaboration.contacts");
        String course = "name: x\norganisations:\n  - {name: A}\n  - {name: B}\ncollaboration: {governance: self_organising}\n"
                + "conditions:\n  ambition: {initial: 0.7}\n";
        assertThat(ScenarioLoader.prepare(course, "t.yaml").checked(java.util.List.of()).warnings()).extracting(Problem::format)
                .containsExactly("t.yaml:7:23: conditions.ambition.initial: a self-organising network sets no course beforehand: its "
                        + "ambition starts at 0 and grows with the partners' attention; allowed: another governance, or leave "
                        + "ambition's initial out");
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of("collaboration.goal=50",
                "collaboration.facilitator_authority=1", "organisations.2.circle=ring", "organisations.1.leadership=designer")).warnings()).isEmpty();
    }

    @Test
    void trustThatComesAsFastAsItGoesIsAWarningAtLossRate() throws ScenarioException {
        String text = "name: x\norganisations:\n  - {name: A}\n  - {name: B}\ntrust:\n  gain_rate: 0.02\n  loss_rate: 0.02\n";
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of()).warnings()).extracting(Problem::format)
                .containsExactly("t.yaml:7:14: trust.loss_rate: loss_rate 0.02 is not above gain_rate 0.02, so trust comes at least as fast "
                        + "as it goes, where the model rests on trust that \"comes on foot and leaves on horseback\" (seed 003); "
                        + "allowed: a loss_rate above gain_rate (the defaults 0.015 and 0.005, a ratio of 3 after Slovic 1993)");
        String gainOnly = "name: x\norganisations:\n  - {name: A}\n  - {name: B}\ntrust:\n  gain_rate: 0.5\n";
        assertThat(ScenarioLoader.prepare(gainOnly, "t.yaml").checked(java.util.List.of()).warnings()).extracting(Problem::format)
                .singleElement().asString().startsWith("t.yaml:6:14: trust.loss_rate: loss_rate 0.015 is not above gain_rate 0.5");
        assertThat(ScenarioLoader.prepare(text, "t.yaml").checked(java.util.List.of("trust.loss_rate=0.021")).warnings()).isEmpty();
    }

    @Test
    void aSweepFileIsNotTakenForAScenario() {
        assertThat(problems("scenario: ../default.yaml\ndesign: grid\nparameters:\n  trust.loss_rate: [0.1, 0.2]\n"))
                .containsExactly("t.yaml:1:1: this is a sweep file, not a scenario; allowed: a scenario file (with `name` and "
                        + "`organisations`), or run this sweep with `samen sweep t.yaml`");
    }

    @Test
    void wrongShapes() {
        assertThat(problems("name: x\ntrust: 0.5\n" + ORGS)).containsExactly(
                "t.yaml:2:8: trust: expected a mapping (keys with values below it), got '0.5'; allowed: the keys "
                        + "initial, gain_rate, loss_rate, vigilance_initial, vigilance_rate, transparency");
        assertThat(problems("name: x\norganisations: lots\n")).singleElement().asString()
                .startsWith("t.yaml:2:16: organisations: expected a list of organisations or a generated population, got 'lots'; allowed: ");
        assertThat(problems("name: [a]\n" + ORGS)).containsExactly(
                "t.yaml:1:7: name: expected text, got a list; allowed: text of 1 to 80 characters");
    }

    @Test
    void textLimits() {
        assertThat(problems("name: \"  \"\n" + ORGS)).containsExactly(
                "t.yaml:1:7: name: is empty; allowed: text of 1 to 80 characters");
        assertThat(problems("name: " + "x".repeat(81) + "\n" + ORGS)).containsExactly(
                "t.yaml:1:7: name: is 81 characters long; allowed: text of 1 to 80 characters");
        assertThat(problems("name:\n" + ORGS)).containsExactly(
                "t.yaml:1:6: name: expected text, got nothing; allowed: text of 1 to 80 characters");
    }

    /** Where empty text is allowed, nothing is the empty text: an outside facilitator, no terrain. */
    @Test
    void nothingIsTheEmptyTextWhereThatIsAllowed() throws ScenarioException {
        String text = "name: x\norganisations: [{name: A, terrain: }, {name: B}]\ncollaboration:\n  facilitator:\n";
        Scenario scenario = ScenarioLoader.parse(text, "t.yaml", java.util.List.of());
        assertThat(scenario.model().collaboration().facilitator()).isEmpty();
        assertThat(scenario.model().organisations().get(0).terrain()).isEmpty();
        Scenario named = ScenarioLoader.parse(text, "t.yaml", java.util.List.of("collaboration.facilitator=B"));
        assertThat(ScenarioLoader.parse(named.toCanonicalYaml(), "canonical", java.util.List.of("collaboration.facilitator="))
                .model().collaboration().facilitator()).isEmpty();
    }

    @Test
    void distributionMistakes() {
        String list = "name: x\norganisations:\n  - name: A\n    loyalty: %s\n  - name: B\n";
        assertThat(problems(list.formatted("{uniform: [0.9, 0.2]}"))).containsExactly(
                "t.yaml:4:24: organisations.1.loyalty.uniform: min 0.9 is above max 0.2; "
                        + "allowed: [min, max], two numbers from 0 to 1, min not above max");
        assertThat(problems(list.formatted("{uniform: [0.2, 1.2]}"))).containsExactly(
                "t.yaml:4:30: organisations.1.loyalty.uniform: 1.2 is out of range; allowed: a number from 0 to 1");
        assertThat(problems(list.formatted("{normal: {mean: 0.5, sd: -1}}"))).containsExactly(
                "t.yaml:4:39: organisations.1.loyalty.normal.sd: -1 is out of range; allowed: a number from 0 to 1");
        assertThat(problems(list.formatted("{normal: {mean: 0.5}}"))).containsExactly(
                "t.yaml:4:23: organisations.1.loyalty.normal.sd: required key is missing; allowed: a number from 0 to 1");
        assertThat(problems(list.formatted("{unifrom: [0.1, 0.2]}"))).singleElement().asString()
                .startsWith("t.yaml:4:15: organisations.1.loyalty.unifrom: unknown distribution `unifrom` (did you mean `uniform`?); allowed: a number from 0 to 1, or {uniform: [min, max]}");
        assertThat(problems(list.formatted("[0.2, 0.8]"))).singleElement().asString()
                .startsWith("t.yaml:4:14: organisations.1.loyalty: expected a number or a distribution, got a list "
                        + "(for a range write {uniform: [min, max]}); allowed: ");
    }

    @Test
    void allProblemsInAFileAreReportedInFileOrder() {
        String text = """
                name: x
                steps: 0
                trust:
                  gain_rate: 2
                  loss_rat: 0.1
                power: {distribution: none}
                organisations:
                  - name: A
                    capacity: 0
                  - name: A
                """;
        assertThat(problems(text)).extracting(p -> p.replaceFirst("^(\\S+ [^:]+):.*", "$1")).containsExactly(
                "t.yaml:2:8: steps", "t.yaml:4:14: trust.gain_rate", "t.yaml:5:3: trust.loss_rat",
                "t.yaml:6:23: power.distribution", "t.yaml:9:15: organisations.1.capacity",
                "t.yaml:10:11: organisations.2.name");
    }

    @Test
    void reportsAreCappedWithACount() {
        StringBuilder text = new StringBuilder("name: x\n" + ORGS + "trust:\n");
        for (int i = 0; i < 30; i++) text.append("  unknown_").append(i).append(": 1\n");
        var problems = problems(text.toString());
        assertThat(problems).hasSize(Problems.SHOWN + 1);
        assertThat(problems.get(Problems.SHOWN)).isEqualTo("t.yaml: and 10 more problems; fix the ones above first");
    }

    @Test
    void messageJoinsProblemsByNewline() {
        ScenarioException e = org.assertj.core.api.Assertions.catchThrowableOfType(ScenarioException.class,
                () -> Yaml.load("name: x\nsteps: 0\nseed: a\n" + ORGS));
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(Problem::format).toList()));
        assertThat(e.problems()).hasSize(2);
    }
}
