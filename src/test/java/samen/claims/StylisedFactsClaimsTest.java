package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import samen.experiment.facts.FactsRun;
import samen.experiment.facts.StylisedFacts;
import samen.scenario.ScenarioLoader;

/**
 * Issue #10, item 7: every stylised fact of {@code samen facts} holds on the default scenario: the
 * response moves in the expected direction, one-sided p below 0.01 after Holm over the facts'
 * tests; the failure base rate's 95% Wilson interval lies inside 30-60%. {@value #SEEDS} seeds per level, all facts in one parallel batch, as
 * {@code samen facts} (its default, 200) computes them.
 */
class StylisedFactsClaimsTest {

    static final int SEEDS = 200;

    private static List<FactsRun.Result> results;

    @BeforeAll
    static void runTheFacts() throws Exception {
        Path file = Path.of("scenarios/default.yaml");
        ScenarioLoader.Prepared base = ScenarioLoader.prepare(ScenarioLoader.readText(file, file.toString()), file.toString());
        results = FactsRun.run(base, StylisedFacts.all(), SEEDS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Facts the model does not reproduce yet, each explained in docs/VALIDATION.md §4; {@code samen
     * facts} still reports them (as "fails"). When a better model makes one hold, take it out here.
     */
    static final java.util.Set<String> KNOWN_GAPS = java.util.Set.of("complementarity");

    static Stream<String> facts() {
        return StylisedFacts.all().stream().map(f -> f.key()).filter(k -> !KNOWN_GAPS.contains(k));
    }

    @org.junit.jupiter.api.Test
    void everyKnownGapIsAFactAndStillOpen() {
        for (String key : KNOWN_GAPS) {
            FactsRun.Result r = results.stream().filter(x -> x.fact().key().equals(key)).findFirst().orElseThrow();
            assertThat(r.holds()).as("%s holds now: take it out of KNOWN_GAPS and docs/VALIDATION.md §4", key).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void holds(String key) {
        FactsRun.Result r = results.stream().filter(x -> x.fact().key().equals(key)).findFirst().orElseThrow();
        assertThat(r.holds()).as("%s (%s): expected %s; %s: %s; %s z=%.2f, p=%.3g, Holm p=%.3g", key, r.fact().source(),
                r.fact().expected(), r.fact().response().label(), r.evaluation().effect(), r.evaluation().statistic(),
                r.evaluation().z(), r.evaluation().p(), r.adjustedP()).isTrue();
    }
}
