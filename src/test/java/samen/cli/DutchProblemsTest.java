package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under {@code --lang nl} every kind of mistake in a scenario file is told in Dutch, in the words
 * of the seeds, at its file:line:col, with the keys as the file writes them, and exits 2; nothing
 * of the English text is left in the line.
 */
class DutchProblemsTest {

    private static final String ORGS = "organisations: [{name: Gemeente}, {name: Zorgverzekeraar}]\n";

    @TempDir
    Path cwd;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("missing colon", "name: x\nsteps 10\n" + ORGS,
                        "f.yaml:2:1: na de sleutel in `steps 10` staat geen dubbele punt; toegestaan: `key: value`, met een dubbele punt"),
                Arguments.of("tab", "name: x\norganisations:\n\t- name: A\n",
                        "f.yaml:3:1: deze regel springt in met een tab; toegestaan: spaties om in te springen"),
                Arguments.of("unclosed quote", "name: \"x\n" + ORGS,
                        "f.yaml:1:7: het aanhalingsteken \" dat hier begint, wordt nooit gesloten; toegestaan: tekst tussen twee \""),
                Arguments.of("indentation", "name: x\ntrust:\n  gain_rate: 0.1\n   loss_rate: 0.1\n" + ORGS,
                        "f.yaml:4:1: deze regel springt 3 spaties in, maar de sleutels op regel 3 erboven beginnen na 2 spaties; "
                                + "toegestaan: de sleutels van één mapping even ver ingesprongen (hier 2 spaties)"),
                Arguments.of("unknown key", "name: x\ntrust: {gain_rat: 0.1}\n" + ORGS,
                        "f.yaml:2:9: trust.gain_rat: onbekende sleutel `gain_rat` (bedoel je `gain_rate`?); toegestaan: initial, gain_rate"),
                Arguments.of("wrong type", "name: x\nsteps: veel\n" + ORGS,
                        "f.yaml:2:8: steps: verwacht een geheel getal, gevonden 'veel'; toegestaan: een geheel getal van 1 tot 1000000"),
                Arguments.of("out of range", "name: x\ntrust: {gain_rate: 1.5}\n" + ORGS,
                        "f.yaml:2:20: trust.gain_rate: 1.5 valt buiten het bereik; toegestaan: een getal van 0 tot 1"),
                Arguments.of("percentage", "name: x\ntrust: {gain_rate: 50%}\n" + ORGS,
                        "f.yaml:2:20: trust.gain_rate: verwacht een getal, gevonden '50%' (schrijf 0.5 voor 50%: een aandeel is "
                                + "een getal van 0 tot 1, zonder %); toegestaan: een getal van 0 tot 1"),
                Arguments.of("decimal comma", "name: x\ntrust:\n  gain_rate: 0,5\n" + ORGS,
                        "f.yaml:3:14: trust.gain_rate: verwacht een getal, gevonden '0,5' (schrijf 0.5 met een decimale punt, "
                                + "niet met een komma)"),
                Arguments.of("Dutch word", "name: x\npower: {distribution: gelijke}\n" + ORGS,
                        "f.yaml:2:23: power.distribution: 'gelijke' is geen van de keuzes (bedoel je `equal`, in het Nederlands "
                                + "gelijk?); toegestaan: een van equal (gelijk), dominant, skewed (scheef), unclear (onduidelijk)"),
                Arguments.of("a legal obligation as a motive", "name: x\norganisations: [{name: A, motive: wettelijk}, {name: B}]\n",
                        "f.yaml:2:35: organisations.1.motive: 'wettelijk' is geen van de keuzes (een partner die wettelijk verplicht "
                                + "meedoet is `participation: mandated` (verplicht), geen motief); toegestaan: een van market (markt), "
                                + "cost (kosten), knowledge (kennis), pressure (druk)"),
                Arguments.of("reference", "name: x\nshocks: [{at_step: 5, kind: budget_cut, partner: Gemeete}]\n" + ORGS,
                        "f.yaml:2:50: shocks.1.partner: er is geen organisatie met de naam 'Gemeete' (bedoel je `Gemeente`?); "
                                + "toegestaan: 'Gemeente', 'Zorgverzekeraar'"),
                Arguments.of("required key", "name: x\norganisations: [{name: A}, {loyalty: 0.5}]\n",
                        "f.yaml:2:28: organisations.2.name: verplichte sleutel ontbreekt; toegestaan: tekst van 1 tot 80 tekens"),
                Arguments.of("duplicate key", "name: x\nname: y\n" + ORGS,
                        "f.yaml:2:1: name: sleutel `name` staat er twee keer, de eerste keer op regel 1; toegestaan: elke sleutel één keer"),
                Arguments.of("trigger phase", "name: x\ninterventions: [{type: visioning, when: entering agre}]\n" + ORGS,
                        "f.yaml:2:41: interventions.1.when: 'agre' is geen fase (bedoel je `agree`?); toegestaan: entering explore, "
                                + "share, agree, shape of execute (verkennen, delen, overeenkomen, vormgeven, uitvoeren en vernieuwen)"),
                Arguments.of("empty file", "# nothing yet\n",
                        "f.yaml:1:1: het bestand is leeg; een scenario heeft minstens `name` en `organisations` nodig"),
                Arguments.of("a sweep, not a scenario", "name: s\nscenario: x.yaml\ndesign: grid\nparameters: {steps: [1]}\n",
                        "f.yaml:1:1: dit is een sweepbestand, geen scenario; toegestaan: een scenariobestand"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachKindOfMistakeIsToldInDutchAtItsPlace(String what, String text, String expected) throws IOException {
        Files.writeString(cwd.resolve("f.yaml"), text);
        Cli.Result r = Cli.run(cwd, "validate", "--lang", "nl", "f.yaml");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as(what).contains(expected);
        assertDutch(r.err());
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        Files.write(cwd.resolve("f.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xe9, '\n'});
        Cli.Result r = Cli.run(cwd, "validate", "--lang", "nl", "f.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("f.yaml:1:7: byte 0xE9 is geen UTF-8-tekst");
        assertDutch(r.err());
    }

    @Test
    void aShockAfterTheLastStepIsADutchWarningAndTheFileStaysValid() throws IOException {
        Files.writeString(cwd.resolve("f.yaml"), "name: x\nsteps: 10\nshocks: [{at_step: 50, kind: budget_cut}]\n" + ORGS);
        Cli.Result r = Cli.run(cwd, "validate", "--lang", "nl", "f.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("f.yaml:3:20: shocks.1.at_step: waarschuwing: de schok bij stap 50 valt na de laatste "
                + "stap (steps: 10) en gebeurt dus nooit; toegestaan: een stap van 1 tot 10 om het te zien, of meer stappen\n");
        assertThat(r.out()).startsWith("goed f.yaml");
    }

    @Test
    void runTellsTheFileAndItsFlagsInDutch() throws IOException {
        Files.writeString(cwd.resolve("f.yaml"), "name: x\ntrust: {gain_rate: 2}\n" + ORGS);
        Cli.Result bad = Cli.run(cwd, "run", "--lang", "nl", "f.yaml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("f.yaml:2:20: trust.gain_rate: 2 valt buiten het bereik; toegestaan: een getal van 0 tot 1\n");

        Cli.Result flags = Cli.run(cwd, "run", "--lang", "nl", "scenarios/default.yaml", "--steps", "0", "--set", "trust.gain=1");
        assertThat(flags.exit()).isEqualTo(2);
        assertThat(flags.err()).contains("--steps 0: steps: 0 valt buiten het bereik; toegestaan: een geheel getal van 1 tot")
                .contains("--set trust.gain=1:1:13: trust.gain: onbekende sleutel `gain` (bedoel je `gain_rate`?)");
        assertDutch(flags.err());
        assertThat(cwd.resolve("runs")).doesNotExist();
    }

    @Test
    void aMissingFileOrDirectoryIsToldInDutch() {
        assertThat(Cli.run(cwd, "validate", "--lang", "nl", "nergens.yaml").err())
                .startsWith("samen: scenariobestand niet gevonden: nergens.yaml (gezocht in . en in ");
        Cli.Result report = Cli.run(cwd, "report", "--lang", "nl", "nergens");
        assertThat(report.exit()).isEqualTo(2);
        assertThat(report.err()).endsWith("nergens: die map bestaat niet\n");
        Cli.Result chart = Cli.run(cwd, "chart", "--lang", "nl", ".");
        assertThat(chart.exit()).isEqualTo(2);
        assertThat(chart.err()).contains("geen map van een run (met summary.json");
    }

    @Test
    void sweepTellsTheWrongKindOfFileAndTheScenarioInDutch() throws IOException {
        Cli.Result scenario = Cli.run(cwd, "sweep", "--lang", "nl", "scenarios/default.yaml");
        assertThat(scenario.exit()).isEqualTo(2);
        assertThat(scenario.err()).contains("dit is een scenariobestand, geen sweep; toegestaan: een sweepbestand")
                .contains("samen sweep --scenario ");
        Files.writeString(cwd.resolve("f.yaml"), "name: x\nsteps: 0\n" + ORGS);
        Cli.Result quick = Cli.run(cwd, "sweep", "--lang", "nl", "--scenario", "f.yaml", "--vary", "trust.gain_rate=2,0.1", "--dry-run");
        assertThat(quick.exit()).isEqualTo(2);
        assertThat(quick.err()).contains("f.yaml:2:8: steps: 0 valt buiten het bereik");
        assertDutch(scenario.err() + quick.err());
    }

    @Test
    void guiRefusesABrokenFileInDutchBeforeItNeedsAScreen() throws IOException {
        Files.writeString(cwd.resolve("f.yaml"), "name: x\nsteps 10\n" + ORGS);
        Cli.Result r = Cli.run(cwd, "gui", "--lang", "nl", "f.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("f.yaml:2:1: na de sleutel in `steps 10` staat geen dubbele punt");
    }

    @Test
    void withoutLangTheSameMistakeIsInEnglish() throws IOException {
        Files.writeString(cwd.resolve("f.yaml"), "name: x\ntrust: {gain_rate: 1.5}\n" + ORGS);
        assertThat(Cli.run(cwd, "validate", "f.yaml").err())
                .isEqualTo("f.yaml:2:20: trust.gain_rate: 1.5 is out of range; allowed: a number from 0 to 1\n");
    }

    // The English skeleton of a message ("expected ..., got ...; allowed: ...") must not show through.
    private static void assertDutch(String err) {
        assertThat(err).doesNotContain("allowed:", "expected ", " got ", "did you mean", "warning:", "not found");
    }
}
