package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import samen.experiment.facts.Failure;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;

/**
 * Seed 004's archetypal problems (issue #10, item 5), every archetype in scenarios/archetypes with
 * its remedy twin, {@value #SEEDS} seeds each, one failure family for all ({@link Failure#FAMILY}:
 * every outcome but win-win and compromise): the archetype fails in at least 70% of its runs, and
 * its remedy at least halves that share, with the remedy's lower failure share significant at
 * alpha 0.01 (two-proportion z, the 2x2 chi-square, one-sided) after Holm over every claim of the suite
 * ({@link ClaimSuite}).
 */
class ArchetypeClaimsTest {

    static final int SEEDS = 300;
    static final double FAILS_AT_LEAST = 0.70;
    static final Path DIR = Path.of("scenarios/archetypes");

    private static Evidence evidence;
    private static final java.util.Map<String, Sample[]> RUNS = new java.util.HashMap<>();

    /** Every archetype that has a remedy twin ({@code NAME.yaml} and {@code NAME-remedy.yaml}). */
    static Stream<String> archetypes() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("-remedy.yaml"))
                    .map(f -> f.substring(0, f.length() - "-remedy.yaml".length()))
                    .filter(n -> Files.isRegularFile(DIR.resolve(n + ".yaml"))).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(ArchetypeClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) throws IOException {
        evidence = e;
        List<String> names = archetypes().toList();
        List<Runs.Cell> cells = new ArrayList<>();
        for (String n : names) {
            cells.add(Runs.Cell.of(DIR.resolve(n + ".yaml").toString()));
            cells.add(Runs.Cell.of(DIR.resolve(n + "-remedy.yaml").toString()));
        }
        List<Sample> samples = Runs.of(SEEDS, cells);
        for (int i = 0; i < names.size(); i++) {
            Sample archetype = samples.get(2 * i);
            Sample remedy = samples.get(2 * i + 1);
            RUNS.put(names.get(i), new Sample[] {archetype, remedy});
            evidence.add(names.get(i), String.format(java.util.Locale.ROOT, "failure %.3f with the remedy vs %.3f without",
                    remedy.share(Failure.FAMILY), archetype.share(Failure.FAMILY)),
                    Contrast.proportions(remedy.count(Failure.FAMILY), SEEDS, archetype.count(Failure.FAMILY), SEEDS),
                    Direction.DOWN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void archetypeFailsAndItsRemedyAtLeastHalvesTheFailure(String name) {
        double archetype = failsOftenEnough(name);
        double remedy = RUNS.get(name)[1].share(Failure.FAMILY);
        assertThat(remedy).as("%s remedy fails in %.3f of runs, the archetype in %.3f", name, remedy, archetype)
                .isLessThanOrEqualTo(archetype / 2);
        evidence.assertHolds(name);
    }

    private static double failsOftenEnough(String name) {
        double archetype = RUNS.get(name)[0].share(Failure.FAMILY);
        assertThat(archetype).as("%s fails in %.3f of %d runs", name, archetype, SEEDS).isGreaterThanOrEqualTo(FAILS_AT_LEAST);
        return archetype;
    }
}
