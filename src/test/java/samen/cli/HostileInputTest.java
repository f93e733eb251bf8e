package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/**
 * The bad-input holes of issue #15, each reproduced exactly: exit 2, one located message, no stack
 * trace, no file outside the output directory. Test names carry the item number of the issue.
 */
class HostileInputTest {

    @TempDir
    Path cwd;

    private Path sweep(String name, String body) throws IOException {
        Sweeps.tinyScenario(cwd);
        return Sweeps.write(cwd.resolve(name), "scenario: tiny.yaml\n" + body);
    }

    private static void badInput(Cli.Result r, String... located) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(located).doesNotContain("internal error", "Exception", "\tat ");
        assertThat(r.err().length()).as("the message stays short").isLessThan(2000);
    }

    @Test
    void item1_masterSeedWithAHugeExponentIsRefusedNotOutOfMemory() throws IOException {
        sweep("s.yaml", "master_seed: 1e999999999\ndesign: grid\nparameters:\n  trust.loss_rate: [0.1]\n");
        badInput(Cli.run(cwd, "sweep", "s.yaml", "--dry-run"), "s.yaml:2:14: master_seed:", "beyond 1e1000");
    }

    @Test
    void item1_hugeExponentsInRangesAndStepsAreRefused() throws IOException {
        sweep("s.yaml", "design: {type: lhs, samples: 4}\nparameters:\n  trust.loss_rate: {min: 0, max: 1e999999999}\n");
        badInput(Cli.run(cwd, "sweep", "s.yaml", "--dry-run"), "s.yaml:4:34: parameters.trust.loss_rate.max:");
    }

    @Test
    void item5_aSweepNameCannotLeadOutOfSweeps() throws IOException {
        Files.createDirectories(cwd.resolve("work"));
        Sweeps.tinyScenario(cwd.resolve("work"));
        Sweeps.write(cwd.resolve("work/s.yaml"), "name: ../../escaped\nscenario: tiny.yaml\ndesign: grid\n"
                + "parameters:\n  trust.loss_rate: [0.1]\n");
        Cli.Result r = Cli.run(cwd.resolve("work"), "sweep", "s.yaml", "--quiet", "--threads", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cwd.resolve("work/sweeps/escaped/runs.csv")).exists();
        assertThat(cwd.resolve("escaped")).doesNotExist();
        assertThat(cwd.resolve("work/escaped")).doesNotExist();
    }

    @Test
    void item5_aNulOrAVeryLongSweepNameIsALocatedError() throws IOException {
        sweep("nul.yaml", "name: \"a\\0b\"\ndesign: grid\nparameters:\n  trust.loss_rate: [0.1]\n");
        badInput(Cli.run(cwd, "sweep", "nul.yaml", "--dry-run"), "nul.yaml:2:7: name: contains a control character");
        sweep("long.yaml", "name: " + "x".repeat(5000) + "\ndesign: grid\nparameters:\n  trust.loss_rate: [0.1]\n");
        badInput(Cli.run(cwd, "sweep", "long.yaml", "--dry-run"), "long.yaml:2:7: name: is 5000 characters long");
    }

    @Test
    void item9_aNumberOf300000DigitsIsRefusedQuicklyAndNotEchoed() throws IOException {
        Files.writeString(cwd.resolve("big.yaml"), "name: x\nsteps: " + "9".repeat(300_000) + "\norganisations:\n  count: 3\n");
        Cli.Result r = Cli.run(cwd, "validate", "big.yaml");
        badInput(r, "big.yaml:2:8: steps: expected a whole number, got a number of 300000 characters");
        assertThat(r.err()).doesNotContain("9".repeat(101));
    }

    @Test
    void item10_threadsBeyondTheLimitAreRefusedNotOverflowed() throws IOException {
        Path s = Sweeps.grid(cwd);
        badInput(Cli.run(cwd, "sweep", s.toString(), "--threads", "536870912"), "--threads 536870912: expected 1 to 1024");
        assertThat(cwd.resolve("sweeps")).doesNotExist();
    }

    @Test
    void item11_outUnderAFileIsBadInput() throws IOException {
        Sweeps.tinyScenario(cwd);
        Files.writeString(cwd.resolve("file"), "not a directory");
        badInput(Cli.run(cwd, "run", "tiny.yaml", "--out", "file/x", "--quiet"), "file/x cannot be created", "is a file");
        Path s = Sweeps.grid(cwd);
        badInput(Cli.run(cwd, "sweep", s.toString(), "--out", "file/x", "--quiet"), "cannot be created", "is a file");
    }

    @Test
    void item11_overLongOutputNamesAreBadInput() throws IOException {
        Sweeps.tinyScenario(cwd);
        badInput(Cli.run(cwd, "run", "tiny.yaml", "--out", "a".repeat(250), "--quiet"), "a name in it is 250 bytes long",
                "at most 200 bytes");
        Path s = Sweeps.grid(cwd);
        badInput(Cli.run(cwd, "sweep", s.toString(), "--out", "b".repeat(300), "--quiet"), "a name in it is 300 bytes long");
    }

    @Test
    void item11_aNulInASweepsScenarioPathIsALocatedError() throws IOException {
        Sweeps.write(cwd.resolve("s.yaml"), "scenario: \"tiny\\0.yaml\"\ndesign: grid\nparameters:\n  trust.loss_rate: [0.1]\n");
        badInput(Cli.run(cwd, "sweep", "s.yaml", "--dry-run"), "s.yaml:1:11: scenario: no such file");
    }

    @Test
    void item11_overflowingGridSizesAreALocatedError() throws IOException {
        StringBuilder body = new StringBuilder("design: grid\nparameters:\n");
        for (String key : List.of("trust.loss_rate", "trust.gain_rate", "trust.initial", "trust.vigilance_rate", "trust.vigilance_initial")) {
            body.append("  ").append(key).append(": {min: 0, max: 0.99999, step: 0.00001}\n");
        }
        sweep("s.yaml", body.toString());
        badInput(Cli.run(cwd, "sweep", "s.yaml", "--dry-run"), "s.yaml:4:3: parameters: the design has more points than fit in 64 bits");
    }

    @Test
    void item11_aDamagedCheckpointIsBadInputWithWhatToDo() throws IOException {
        Path s = Sweeps.grid(cwd);
        Files.createDirectories(cwd.resolve("out"));
        Files.writeString(cwd.resolve("out/.checkpoint"), "spec_sha256=x\nruns_bytes=banana\n");
        badInput(Cli.run(cwd, "sweep", s.toString(), "--out", "out", "--resume", "--quiet"),
                ".checkpoint is damaged", "run the sweep again");
    }

    @Test
    void item12_controlCharactersAndNulAreLocated() throws IOException {
        Files.writeString(cwd.resolve("c.yaml"), "name: x\u0001y\norganisations:\n  count: 3\n");
        badInput(Cli.run(cwd, "validate", "c.yaml"), "c.yaml:1:8: the control character U+0001 is not allowed");
        Files.writeString(cwd.resolve("n.yaml"), "name: x\norganisations:\n  count: 3\u0000\n");
        badInput(Cli.run(cwd, "validate", "n.yaml"), "n.yaml:3:11: a NUL character (U+0000) is not allowed");
    }

    @Test
    void item12_aFileThatIsNotUtf8IsLocatedAtItsFirstBadByte() throws IOException {
        Files.write(cwd.resolve("latin1.yaml"), "name: x\norganisations:\n  - name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        badInput(Cli.run(cwd, "validate", "latin1.yaml"), "latin1.yaml:3:14: byte 0xE9 is not UTF-8 text");
    }

    @Test
    void item12_complexKeysAreLocated() throws IOException {
        Files.writeString(cwd.resolve("k.yaml"), "name: x\n? [a, b]\n: 1\norganisations:\n  count: 3\n");
        badInput(Cli.run(cwd, "validate", "k.yaml"), "k.yaml:2:3: a list or mapping used as a key");
        Files.writeString(cwd.resolve("f.yaml"), "name: x\norganisations:\n  count: 3\n{a: 1}: 2\n");
        badInput(Cli.run(cwd, "validate", "f.yaml"), "f.yaml:4:1: a list or mapping used as a key");
    }

    @Test
    void item12_yamlVersion2IsLocatedAndSaidInWords() throws IOException {
        Files.writeString(cwd.resolve("v.yaml"), "%YAML 2.0\n---\nname: x\norganisations:\n  count: 3\n");
        Cli.Result r = Cli.run(cwd, "validate", "v.yaml");
        badInput(r, "v.yaml:1:1: YAML version 2.0 is not supported");
        assertThat(r.err()).doesNotContain("Version{");
    }

    @Test
    void item12_sweepFilesGetTheSameLocatedYamlErrors() throws IOException {
        sweep("s.yaml", "design: grid\u0000\nparameters:\n  trust.loss_rate: [0.1]\n");
        badInput(Cli.run(cwd, "sweep", "s.yaml", "--dry-run"), "s.yaml:2:13: a NUL character");
    }

    @Test
    void item14_aMorrisParameterThatDoesNotVaryIsRefused() throws IOException {
        sweep("m.yaml", "design: {type: morris, trajectories: 4}\nparameters:\n  trust.loss_rate: {min: 0.1, max: 0.1}\n"
                + "  trust.gain_rate: [0.05]\n  energy.initial: {min: 0.2, max: 0.8}\n");
        Cli.Result r = Cli.run(cwd, "sweep", "m.yaml", "--dry-run");
        badInput(r, "m.yaml:4:20: parameters.trust.loss_rate: does not vary", "m.yaml:5:20: parameters.trust.gain_rate: does not vary");
    }

    @Test
    void item8_twoKeysForTheSameValueAreRefused() throws IOException {
        Sweeps.write(cwd.resolve("s.yaml"), "scenario: " + Cli.HOME.resolve("scenarios/default.yaml") + "\ndesign: grid\nparameters:\n"
                + "  organisations.1.loyalty: [0.2, 0.4]\n  organisations.Municipality.loyalty: [0.6, 0.8]\n");
        badInput(Cli.run(cwd, "sweep", "s.yaml", "--dry-run"),
                "s.yaml:5:3: parameters.organisations.Municipality.loyalty: sets the same value as `organisations.1.loyalty`");
    }

    @Test
    void item8_aKeyInsideAnotherVariedKeyIsRefused() throws IOException {
        sweep("s.yaml", "design: grid\nparameters:\n  trust: [{loss_rate: 0.1}, {loss_rate: 0.2}]\n  trust.loss_rate: [0.1]\n");
        Cli.Result r = Cli.run(cwd, "sweep", "s.yaml", "--dry-run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("internal error", "Exception");
    }

    @Test
    void item16_runRefusesAFileThatValidateRefusesWhateverTheFlags() throws IOException {
        Files.writeString(cwd.resolve("bad.yaml"), "name: x\nsteps: 0\norganisations:\n  count: 3\n");
        Cli.Result validate = Cli.run(cwd, "validate", "bad.yaml");
        Cli.Result run = Cli.run(cwd, "run", "bad.yaml", "--steps", "20", "--quiet", "--out", "r");
        badInput(validate, "bad.yaml:2:8: steps: 0 is out of range");
        badInput(run, "bad.yaml:2:8: steps: 0 is out of range");
        assertThat(cwd.resolve("r")).doesNotExist();
    }

    @Test
    void item13_aPartnerNamedLikeAFormulaIsDefusedInEveryCsv() throws IOException {
        Files.writeString(cwd.resolve("f.yaml"), "name: x\nsteps: 5\norganisations:\n  - name: \"=cmd|' /C calc'!A0\"\n"
                + "  - name: \"+1\"\n  - name: \"@SUM(A1)\"\n  - name: \"-2+3\"\n");
        Cli.Result r = Cli.run(cwd, "run", "f.yaml", "--out", "r", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        for (String csv : List.of("organisations.csv", "relations.csv")) {
            String text = Files.readString(cwd.resolve("r").resolve(csv));
            assertThat(text).as(csv).contains("'=cmd|' /C calc'!A0", "'@SUM(A1)", "'-2+3")
                    .doesNotContainPattern("(^|,|\")=cmd").doesNotContainPattern("(^|,|\")@SUM");
        }
        assertThat(Files.readString(cwd.resolve("r/organisations.csv"))).containsPattern(",-?0\\.\\d+|,0,");
    }
}
