package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer's comparison through the jar: an archetype against its remedy, then one run of each. */
class CompareIT {

    @TempDir
    Path cwd;

    @Test
    void anArchetypeAgainstItsRemedyThenTwoOfTheirRuns() throws Exception {
        String archetype = "scenarios/archetypes/sham-collaboration.yaml";
        String remedy = "scenarios/archetypes/sham-collaboration-remedy.yaml";
        SamenJar.Outcome r = SamenJar.start(cwd, SamenJar.command(cwd, List.of(), "compare", archetype, remedy, "--reps", "20", "-q"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("A: sham-collaboration, 20 runs", "B: sham-collaboration-remedy, 20 runs",
                "Both ran the same seeds", "Chi-square test", "compare/sham-collaboration-vs-sham-collaboration-remedy/");
        Path dir = cwd.resolve("compare/sham-collaboration-vs-sham-collaboration-remedy");
        for (String file : List.of("outcome_shares.csv", "metrics.csv", "test.csv", "outcome-shares.png", "outcome-shares.svg",
                "report.html", "sweep-a/runs.csv", "sweep-b/sweep.json")) {
            assertThat(dir.resolve(file)).as(file).isNotEmptyFile();
        }

        for (String[] run : List.of(new String[] {archetype, "a"}, new String[] {remedy, "b"})) {
            SamenJar.Outcome one = SamenJar.start(cwd, SamenJar.command(cwd, List.of(), "run", run[0], "--out", run[1], "-q"));
            assertThat(one.exit()).as(one.err()).isZero();
        }
        SamenJar.Outcome runs = SamenJar.start(cwd, SamenJar.command(cwd, List.of(), "compare", "a", "b"));
        assertThat(runs.exit()).as(runs.err()).isZero();
        assertThat(runs.out()).contains("Outcome:", "rule A: ", "Events by step");
        assertThat(Files.readString(cwd.resolve("compare/a-vs-b/report.html"))).contains("overlay-metrics", "Events by step");

        SamenJar.Outcome mixed = SamenJar.start(cwd, SamenJar.command(cwd, List.of(), "compare", "a", archetype));
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).contains("A (a) is a run directory and B (" + archetype + ") is a scenario file")
                .doesNotContain("Exception", "\tat ");
    }
}
