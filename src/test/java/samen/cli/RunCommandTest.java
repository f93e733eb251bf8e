package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.output.Manifest;
import samen.output.Version;

class RunCommandTest {

    private static final List<String> FILES =
            List.of(".samen-manifest", "events.csv", "organisations.csv", "relations.csv", "scenario.yaml", "summary.json",
                    "timeseries.csv");

    @TempDir
    Path cwd;

    @Test
    void theSummaryTellsWhyInOneLanguageWithItsNumberFormat() throws IOException {
        Cli.Result en = Cli.run(cwd, "run", "scenarios/archetypes/double-loyalties.yaml", "--out", "en");
        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out()).contains("Outcome: ", "Why:\n  - ").doesNotContain("-0.0%", "(s) ", "Uitkomst");
        Cli.Result nl = Cli.run(cwd, "run", "scenarios/archetypes/double-loyalties.yaml", "--out", "nl", "--lang", "nl");
        assertThat(nl.exit()).as(nl.err()).isZero();
        assertThat(nl.out()).contains("Uitkomst: ", "Waarom:\n  - ", "macht")
                .doesNotContain("Outcome", "Why", "better off", "-0,0%");
        // Dutch decimals throughout the screen summary: a number with a decimal point would be English
        assertThat(nl.out().lines().filter(l -> !l.contains(".csv") && !l.contains(".json") && !l.contains(".yaml")))
                .noneMatch(l -> l.matches(".*\\d\\.\\d.*"));
        // the files are the same whatever the language
        assertThat(withoutProvenance(cwd.resolve("nl/summary.json"))).isEqualTo(withoutProvenance(cwd.resolve("en/summary.json")));
        assertThat(Files.readString(cwd.resolve("nl/events.csv"))).isEqualTo(Files.readString(cwd.resolve("en/events.csv")));

        Cli.Result bad = Cli.run(cwd, "run", "--lang", "fr", "--out", "fr");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("samen: --lang: 'fr' is not a language of samen; allowed: en or nl\n");
    }

    @Test
    void aPartnerThatNeverCameToTheTableIsNotReportedAsLeft() throws IOException {
        // A candidate whose own road (an alternative of 5 per unit) always beats what the collaboration yields.
        Files.writeString(cwd.resolve("c.yaml"), "name: x\nsteps: 40\norganisations:\n  - {name: A}\n  - {name: B}\n"
                + "  - {name: Newcomer, joins: sought, alternative: 5}\n");
        Cli.Result en = Cli.run(cwd, "run", "c.yaml", "--out", "en");
        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out().lines().filter(l -> l.contains("Newcomer"))).singleElement().asString()
                .matches("  Newcomer +\\S+  never joined").doesNotContain("left", "%");
        Cli.Result nl = Cli.run(cwd, "run", "c.yaml", "--out", "nl", "--lang", "nl");
        assertThat(nl.out().lines().filter(l -> l.contains("Newcomer"))).singleElement().asString().endsWith("nooit aangesloten");
        String summary = Files.readString(cwd.resolve("en/summary.json"));
        assertThat(summary).containsPattern("\"name\": \"A\"[^}]*\"active\": true,\\s*\"joined\": true")
                .containsPattern("\"name\": \"Newcomer\"[^}]*\"active\": false,\\s*\"joined\": false");

        Cli.Result sweep = Cli.run(cwd, "sweep", "--scenario", "c.yaml", "--reps", "2", "--out", "s", "--quiet");
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        assertThat(Files.readAllLines(cwd.resolve("s/organisation_finals.csv")).stream().filter(l -> l.contains("Newcomer")))
                .hasSize(2).allMatch(l -> l.startsWith(l.split(",")[0] + ",Newcomer,false,") && l.endsWith(",false"));
        assertThat(Files.readAllLines(cwd.resolve("s/organisation_finals.csv")).stream().filter(l -> l.contains(",A,")))
                .hasSize(2).allMatch(l -> l.endsWith(",true"));
    }

    @Test
    void writesEveryRunFileWithProvenance() throws IOException {
        Cli.Result r = Cli.run(cwd, "run", "--seed", "42", "--steps", "60");

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        Path dir = onlyRunDirectory();
        assertThat(dir.getFileName().toString()).endsWith("-seed42");
        assertThat(entries(dir)).containsExactlyElementsOf(FILES);

        String provenance = "# samen " + Version.get() + " scenario=";
        List<String> timeseries = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertThat(timeseries.get(0)).startsWith(provenance).containsPattern("scenario_sha256=[0-9a-f]{64} seed=42$");
        assertThat(timeseries.get(1)).startsWith("step,phase,phase_progress,energy,mean_trust,mean_vigilance,mutual_understanding,value_created,"
                + "cumulative_value,total_contribution,active_partners,opportunistic_acts,fallbacks,reopened_agreements,controllers,"
                + "enemy_pairs,factions,weakest_condition,ambition,interests,relation,organisation,process,ambition_shared,")
                .endsWith(",process_phasing,process_balance,process_direction,process_yield");
        assertThat(timeseries.get(2)).startsWith("0,");
        assertThat(timeseries).hasSizeLessThanOrEqualTo(2 + 61);

        List<String> organisations = Files.readAllLines(dir.resolve("organisations.csv"));
        assertThat(organisations.get(0)).isEqualTo(timeseries.get(0));
        assertThat(organisations.get(1)).isEqualTo("step,organisation,active,power,perceived_power,loyalty,trust_given,"
                + "trust_received,vigilance,contribution,taken,payoff,cumulative_payoff,interests_served,opportunistic,conduct,"
                + "leadership,phase_picture,controlling,capacity,relative_gain,surplus_rate,discontent,voice,participation,withdrawal");

        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertThat(events.get(0)).isEqualTo(timeseries.get(0));
        assertThat(events.get(1)).isEqualTo("step,kind,name,subject,detail");
        assertThat(events).as("the default collaboration leaves explore within 60 steps")
                .anyMatch(line -> line.matches("\\d+,phase_change,share,,from explore"));

        List<String> relations = Files.readAllLines(dir.resolve("relations.csv"));
        assertThat(relations.get(0)).isEqualTo(timeseries.get(0));
        assertThat(relations.get(1)).isEqualTo("from,to,trust,vigilance,quadrant");
        assertThat(relations.get(2)).matches(".*,(unhindered_collaboration|calculated_connecting"
                + "|exploratory_exchange|watchful_contracting)");

        String summary = Files.readString(dir.resolve("summary.json"));
        assertThat(summary).startsWith("{\n  \"outcome\": \"").endsWith("}\n").doesNotContain("\r")
                .contains("\"seed\": 42,", "\"samen_version\": \"" + Version.get() + "\"",
                        "\"steps_requested\": 60,", "\"outcome_for_partner\": \"", "\"hash\": \"");

        JsonNode json = new ObjectMapper().readTree(summary);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("outcome", "explanation", "rule", "phase_reached", "phase_reached_step", "steps_run",
                "steps_requested", "weakest_condition", "dynamic", "story", "metrics", "partners", "scenario", "seed", "samen_version",
                "provenance");
        List<String> provenanceKeys = new ArrayList<>();
        json.get("provenance").fieldNames().forEachRemaining(provenanceKeys::add);
        assertThat(provenanceKeys).containsExactly("command", "date", "samen_version", "git_commit", "java", "mason", "os");
        assertThat(json.get("provenance").get("command").asText()).isEqualTo("samen run --seed 42 --steps 60");
        List<String> partnerKeys = new ArrayList<>();
        json.get("partners").get(0).fieldNames().forEachRemaining(partnerKeys::add);
        assertThat(partnerKeys).containsExactly("name", "power", "cumulative_payoff", "alternative_value",
                "relative_gain", "surplus_rate", "outcome_for_partner", "active", "joined");
        for (JsonNode cause : json.get("story")) {
            List<String> causeKeys = new ArrayList<>();
            cause.fieldNames().forEachRemaining(causeKeys::add);
            assertThat(causeKeys).containsExactly("cause", "name", "subjects", "count", "total", "first_step", "last_step", "text");
        }
        assertThat(json.get("scenario").get("hash").asText()).isEqualTo(timeseries.get(0).replaceAll(".*scenario_sha256=(\\S+).*", "$1"));
        assertThat(Files.readString(dir.resolve("scenario.yaml"))).contains("seed: 42", "steps: 60");

        assertThat(r.out()).contains("Outcome: ", "Phase reached: ", "partner", dir.getFileName().toString());
        for (String line : r.out().split("\n")) assertThat(line.length()).isLessThanOrEqualTo(80);
    }

    @Test
    void theSavedScenarioReproducesTheRun() throws IOException {
        assertThat(Cli.run(cwd, "run", "--seed", "5", "--steps", "40", "--out", "first", "-q").exit()).isZero();
        Cli.Result again = Cli.run(cwd, "run", "first/scenario.yaml", "--out", "second", "--quiet");
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).isEmpty();
        assertThat(again.exit()).isZero();
        assertThat(cwd.resolve("second/timeseries.csv")).hasSameBinaryContentAs(cwd.resolve("first/timeseries.csv"));
        assertThat(cwd.resolve("second/organisations.csv")).hasSameBinaryContentAs(cwd.resolve("first/organisations.csv"));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        assertThat(Cli.run(cwd, "run", "--seed", "11", "--steps", "80", "--out", "a", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "run", "--seed", "11", "--steps", "80", "--out", "b", "-q").exit()).isZero();
        for (String file : FILES) {
            if (file.equals("summary.json") || file.equals(Manifest.FILE)) continue;
            assertThat(cwd.resolve("b").resolve(file)).as(file).hasSameBinaryContentAs(cwd.resolve("a").resolve(file));
        }
        assertThat(withoutProvenance(cwd.resolve("b/summary.json"))).as("summary.json but its provenance (command, date)")
                .isEqualTo(withoutProvenance(cwd.resolve("a/summary.json")));
        // The manifest lists each file's checksum: all the same but summary.json's, whose provenance differs.
        assertThat(manifestWithoutSummary(cwd.resolve("b"))).isEqualTo(manifestWithoutSummary(cwd.resolve("a")));
    }

    private static List<String> manifestWithoutSummary(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve(Manifest.FILE)).stream().filter(l -> !l.contains("summary.json")).toList();
    }

    /** summary.json up to its provenance, the one part that says when and how it was made. */
    private static String withoutProvenance(Path summary) throws IOException {
        String text = Files.readString(summary);
        return text.substring(0, text.indexOf("\"provenance\": {"));
    }

    @Test
    void differentSeedsGiveDifferentTimeSeries() throws IOException {
        assertThat(Cli.run(cwd, "run", "--seed", "1", "--steps", "80", "--out", "a", "-q").exit()).isZero();
        assertThat(Cli.run(cwd, "run", "--seed", "2", "--steps", "80", "--out", "b", "-q").exit()).isZero();
        List<String> a = Files.readAllLines(cwd.resolve("a/timeseries.csv"));
        List<String> b = Files.readAllLines(cwd.resolve("b/timeseries.csv"));
        assertThat(a.subList(1, a.size())).isNotEqualTo(b.subList(1, b.size()));
    }

    @Test
    void anExistingOutputDirectoryNeedsForce() throws IOException {
        assertThat(Cli.run(cwd, "run", "--steps", "10", "--seed", "1", "--out", "out", "-q").exit()).isZero();
        String first = Files.readString(cwd.resolve("out/summary.json"));

        Cli.Result refused = Cli.run(cwd, "run", "--steps", "10", "--seed", "2", "--out", "out");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("samen: out already exists; use --force to replace it");
        assertThat(cwd.resolve("out/summary.json")).hasContent(first);
        assertThat(entries(cwd)).containsExactly("out");

        Cli.Result forced = Cli.run(cwd, "run", "--steps", "10", "--seed", "2", "--out", "out", "--force", "-q");
        assertThat(forced.exit()).isZero();
        assertThat(entries(cwd.resolve("out"))).containsExactlyElementsOf(FILES);
        assertThat(Files.readString(cwd.resolve("out/summary.json"))).contains("\"seed\": 2,");
        assertThat(entries(cwd)).containsExactly("out");
    }

    @Test
    void forceNeverReplacesADirectoryThatIsNotARun() throws IOException {
        Files.writeString(cwd.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run(cwd, "run", "--steps", "10", "--out", ".", "--force");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("has no .samen-manifest", "holds: notes.txt", "not replacing it").doesNotContain("Exception");
        assertThat(entries(cwd)).containsExactly("notes.txt");
    }

    @Test
    void aMissingScenarioIsBadInput() {
        Cli.Result r = Cli.run(cwd, "run", "nowhere.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("samen: scenario file not found: nowhere.yaml").doesNotContain("Exception");
    }

    @Test
    void anInvalidOverrideIsBadInput() {
        Cli.Result r = Cli.run(cwd, "run", "--set", "no.such.key=1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(cwd.resolve("runs")).doesNotExist();
    }

    @Test
    void unknownOptionsAreBadInputWithoutAStackTrace() {
        Cli.Result r = Cli.run(cwd, "run", "--sed", "4");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("samen: Unknown option: '--sed'").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void otherFailuresAreOneLineUnlessDebugging() {
        // A directory nobody can create files in, even root: a failure of the environment, not of the input.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        Cli.Result r = Cli.run(cwd, "run", "--steps", "5", "--out", "/proc/self/run");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("samen: internal error: ")
                .endsWith(" (run with SAMEN_DEBUG=1 for the stack trace)\n").doesNotContain("\tat ");
        assertThat(r.err().lines()).hasSize(1);

        Cli.Result debug = Cli.run(new Environment(cwd, Cli.HOME, true), "run", "--steps", "5", "--out", "/proc/self/run");
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.err()).startsWith("samen: internal error: ").contains("\tat ");
    }

    @Test
    void helpAndVersion() {
        Cli.Result help = Cli.run(cwd, "run", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: samen run", "--seed", "Examples:");
        Cli.Result version = Cli.run(cwd, "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).isEqualTo("samen " + Version.get());
        Cli.Result nothing = Cli.run(cwd);
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("Usage: samen", "run", "validate", "new");
    }

    private Path onlyRunDirectory() throws IOException {
        List<String> runs = entries(cwd.resolve("runs"));
        assertThat(runs).hasSize(1);
        return cwd.resolve("runs").resolve(runs.get(0));
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
