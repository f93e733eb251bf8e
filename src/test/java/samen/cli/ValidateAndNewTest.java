package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateAndNewTest {

    @TempDir
    Path cwd;

    @Test
    void theDefaultScenarioIsValid() {
        Cli.Result r = Cli.run(cwd, "validate", "scenarios/default.yaml");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("ok   scenarios/default\\.yaml  \\(.+, \\d+ organisations, [0-9a-f]{12}\\)\\n");
    }

    /** Each case edits the default scenario's text; the message must point at file:line:col. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "typo in a key     | (?m)^steps:    | stpes:",
            "wrong type        | (?m)^steps:.*$ | steps: many",
            "out of range      | (?m)^steps:.*$ | steps: -5",
            "bad YAML syntax   | (?m)^name:.*$  | 'name: [unclosed'",
    })
    void brokenFilesAreLocated(String what, String pattern, String replacement) throws IOException {
        String good = Files.readString(Cli.HOME.resolve("scenarios/default.yaml"));
        String bad = good.replaceFirst(pattern, replacement);
        assertThat(bad).as("the edit applies").isNotEqualTo(good);
        Files.writeString(cwd.resolve("broken.yaml"), bad);
        assertLocatedProblem(Cli.run(cwd, "validate", "broken.yaml"));
    }

    @Test
    void theWrongKindOfFileIsNamedAsSuch() {
        Cli.Result sweep = Cli.run(cwd, "sweep", Cli.HOME.resolve("scenarios/default.yaml").toString());
        assertThat(sweep.exit()).isEqualTo(2);
        assertThat(sweep.err().lines()).singleElement().asString()
                .contains("this is a scenario file, not a sweep", "samen sweep --scenario", "samen run");
        for (String command : new String[] {"run", "validate"}) {
            Cli.Result scenario = Cli.run(cwd, command, "scenarios/sweeps/power-x-trust.yaml");
            assertThat(scenario.exit()).isEqualTo(2);
            assertThat(scenario.err().lines()).singleElement().asString()
                    .contains("power-x-trust.yaml:", "this is a sweep file, not a scenario", "samen sweep");
        }
    }

    @Test
    void warningsDoNotMakeAFileInvalid() throws IOException {
        Files.writeString(cwd.resolve("late.yaml"), "name: late\nsteps: 20\norganisations: [{name: A}, {name: B}]\n"
                + "shocks:\n  - {at_step: 30, kind: budget_cut}\n");
        Cli.Result r = Cli.run(cwd, "validate", "late.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ok   late.yaml");
        assertThat(r.err()).isEqualTo("late.yaml:5:15: shocks.1.at_step: warning: the shock at step 30 is after the last step "
                + "(steps: 20), so it never happens; allowed: a step from 1 to 20 to see it, or more steps\n");
        Cli.Result run = Cli.run(cwd, "run", "late.yaml", "--quiet", "--steps", "40");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmptyFileIsLocated() throws IOException {
        Files.writeString(cwd.resolve("broken.yaml"), "");
        assertLocatedProblem(Cli.run(cwd, "validate", "broken.yaml"));
    }

    @Test
    void oneBadFileFailsTheLotButAllAreChecked() throws IOException {
        Files.writeString(cwd.resolve("broken.yaml"), "");
        Cli.Result r = Cli.run(cwd, "validate", "broken.yaml", "scenarios/default.yaml", "missing.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).startsWith("ok   scenarios/default.yaml");
        assertThat(r.err()).contains("broken.yaml:", "samen: scenario file not found: missing.yaml");
    }

    @Test
    void newWritesAScenarioThatValidates() throws IOException {
        Cli.Result created = Cli.run(cwd, "new", "Wijkzorg Noord");
        assertThat(created.err()).isEmpty();
        assertThat(created.exit()).isZero();
        assertThat(created.out()).contains("wijkzorg-noord.yaml", "edit it, then: samen run wijkzorg-noord.yaml");
        String text = Files.readString(cwd.resolve("wijkzorg-noord.yaml"));
        assertThat(text).contains("Wijkzorg Noord", "scenario.schema.json");

        Cli.Result validated = Cli.run(cwd, "validate", "wijkzorg-noord.yaml");
        assertThat(validated.err()).isEmpty();
        assertThat(validated.exit()).isZero();
        assertThat(validated.out()).startsWith("ok   wijkzorg-noord.yaml  (Wijkzorg Noord, ");
    }

    @Test
    void newTeachesWithVariedLeadershipAndWhatToTryFirst() throws IOException {
        assertThat(Cli.run(cwd, "new", "Les 1").exit()).isZero();
        String text = Files.readString(cwd.resolve("les-1.yaml"));
        assertThat(text).contains("# What to try first", "leadership: hierarchical", "power.distribution: dominant",
                "start_phase: agree");
        java.util.List<String> leaderships = text.lines().filter(l -> l.strip().startsWith("leadership:"))
                .map(l -> l.replaceFirst("#.*", "").strip()).toList();
        assertThat(leaderships).hasSize(3);
        assertThat(new java.util.HashSet<>(leaderships)).as("no two representatives lead alike").hasSize(3);
        Cli.Result run = Cli.run(cwd, "run", "les-1.yaml", "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void newRefusesANameThatWouldMakeAnInvalidFile() {
        Cli.Result r = Cli.run(cwd, "new", "x".repeat(81));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("samen: NAME: the name is 81 characters long; allowed: text of 1 to 80 characters\n");
        assertThat(cwd.resolve("x".repeat(81) + ".yaml")).doesNotExist();
        assertThat(Cli.run(cwd, "new", "Wijk: \"Noord\" #1 & [x]\nde tweede regel").exit()).isZero();
    }

    @Test
    void newRefusesToOverwriteWithoutForce() throws IOException {
        Files.writeString(cwd.resolve("mine.yaml"), "keep me\n");
        Cli.Result refused = Cli.run(cwd, "new", "Mine", "--out", "mine.yaml");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("samen: mine.yaml already exists; use --force to overwrite it");
        assertThat(cwd.resolve("mine.yaml")).hasContent("keep me");

        assertThat(Cli.run(cwd, "new", "Mine", "--out", "mine.yaml", "--force").exit()).isZero();
        assertThat(Files.readString(cwd.resolve("mine.yaml"))).contains("Mine");
    }

    @Test
    void theSchemaIsReferencedRelativeToTheNewFile() {
        Environment env = new Environment(cwd, Path.of("/opt/samen"), false);
        assertThat(NewCommand.schemaRef(Path.of("/opt/samen/scenarios/x.yaml"), env))
                .isEqualTo("../docs/scenario.schema.json");
        assertThat(NewCommand.schemaRef(Path.of("/home/ann/x.yaml"), env))
                .isEqualTo("../../opt/samen/docs/scenario.schema.json");
        assertThat(NewCommand.schemaRef(Path.of("/home/ann/x.yaml"), new Environment(cwd, null, false)))
                .isEqualTo(cwd.resolve("docs/scenario.schema.json").toString());
        assertThat(NewCommand.slug("  Zorg & Welzijn: Één!")).isEqualTo("zorg-welzijn-een");
    }

    private static void assertLocatedProblem(Cli.Result r) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("broken\\.yaml:\\d+:\\d+: ").doesNotContain("Exception", "\tat ");
    }
}
