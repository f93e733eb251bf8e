package samen.experiment.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.stats.Band;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;
import samen.experiment.stats.Holm;
import samen.experiment.stats.Trend;
import samen.model.Outcome;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The facts machinery: verdicts computed right on constructed samples, and every fact of the list
 * run to a verdict on the default scenario with few seeds, the same for any thread count. Whether
 * the facts hold is {@code StylisedFactsClaimsTest}'s question.
 */
class FactsTest {

    private static final Path DEFAULT = Path.of(System.getProperty("samen.home", "")).resolve("scenarios/default.yaml");

    /** A sample of {@code n} runs, the first {@code failures} of them break-ups, the rest win-win, with metric x = values. */
    private static Sample sample(int n, int failures, double... x) {
        Outcome[] outcomes = new Outcome[n];
        for (int i = 0; i < n; i++) outcomes[i] = i < failures ? Outcome.BREAKUP : Outcome.WIN_WIN;
        return new Sample(outcomes, Map.of("x", x.length == n ? x : new double[n]));
    }

    private static List<Level> levels(int k) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < k; i++) levels.add(Level.of("trust.initial", Integer.toString(i)));
        return levels;
    }

    @Test
    void aTrendFactIsCochranArmitageOnItsCountsInTheExpectedDirection() {
        int[] failures = {2, 5, 9, 14, 18};
        List<Sample> samples = Arrays.stream(failures).mapToObj(f -> sample(20, f)).toList();
        Fact.Trend up = new Fact.Trend("t", "s", List.of(), "f", levels(5), Response.FAILURE, Direction.UP);
        Evaluation e = up.evaluate(samples);
        double z = Trend.cochranArmitage(new long[] {20, 20, 20, 20, 20}, new long[] {2, 5, 9, 14, 18},
                new double[] {1, 2, 3, 4, 5}).z();
        assertThat(e.z()).isEqualTo(z).isGreaterThan(5);
        assertThat(e.from()).isEqualTo(0.1);
        assertThat(e.to()).isEqualTo(0.9);
        assertThat(e.effect()).isEqualTo("0.100 at 0 -> 0.900 at 4");
        assertThat(e.cells()).isEqualTo("0=0.1; 1=0.25; 2=0.45; 3=0.7; 4=0.9");
        assertThat(e.p()).isLessThan(1e-6);
        Fact.Trend down = new Fact.Trend("t", "s", List.of(), "f", levels(5), Response.FAILURE, Direction.DOWN);
        assertThat(down.evaluate(samples).p()).isGreaterThan(0.999999);
        Fact.Trend winWin = new Fact.Trend("t", "s", List.of(), "f", levels(5), Response.WIN_WIN, Direction.DOWN);
        assertThat(winWin.evaluate(samples).z()).isCloseTo(-z, within(1e-12));
    }

    @Test
    void aMetricTrendIsJonckheereTerpstra() {
        List<Sample> samples = new ArrayList<>();
        for (int level = 0; level < 5; level++) samples.add(sample(4, 0, level, level + 0.5, level + 1, level + 2));
        Fact.Trend f = new Fact.Trend("t", "s", List.of(), "f", levels(5), new Response.Metric("x"), Direction.UP);
        double[][] groups = samples.stream().map(s -> s.metric("x")).toArray(double[][]::new);
        assertThat(f.evaluate(samples).z()).isEqualTo(Trend.jonckheereTerpstra(groups).z()).isPositive();
    }

    @Test
    void aTrendNeedsFiveLevels() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Fact.Trend("t", "s", List.of(), "f", levels(4),
                Response.FAILURE, Direction.UP)).hasMessageContaining("at least five levels");
    }

    @Test
    void anInteractionIsTheDifferenceOfDifferences() {
        Fact.Interaction f = new Fact.Interaction("i", "s", List.of(), "a", Level.of("a", "0"), Level.of("a", "1"), "b",
                Level.of("b", "0"), Level.of("b", "1"), Response.FAILURE, Direction.DOWN);
        assertThat(f.cells()).containsExactly(List.of("a=0", "b=0"), List.of("a=1", "b=0"), List.of("a=0", "b=1"), List.of("a=1", "b=1"));
        // a lowers failure by 0.1 when b is low, by 0.5 when b is high: the difference of differences is -0.4
        List<Sample> samples = List.of(sample(100, 60), sample(100, 50), sample(100, 60), sample(100, 10));
        Evaluation e = f.evaluate(samples);
        assertThat(e.from()).isCloseTo(-0.1, within(1e-12));
        assertThat(e.to()).isCloseTo(-0.5, within(1e-12));
        assertThat(e.z()).isEqualTo(Contrast.linear(new long[] {60, 50, 60, 10}, new long[] {100, 100, 100, 100},
                new double[] {1, -1, -1, 1}, 0).z()).isNegative();
        assertThat(e.p()).isLessThan(1e-4);
    }

    @Test
    void aBaseRateIsCheckedByItsWilsonIntervalOutsideTheHolmFamily() {
        Fact.BaseRate f = new Fact.BaseRate("b", "s", List.of(), Response.FAILURE, new Band(0.3, 0.6));
        Evaluation inside = f.evaluate(List.of(sample(200, 90)));
        assertThat(inside.p()).isNaN();
        assertThat(inside.effect()).startsWith("0.450 (95% Wilson 0.38");
        assertThat(f.holds(inside, Double.NaN)).isTrue();
        Evaluation edge = f.evaluate(List.of(sample(200, 66))); // 0.33, but the interval reaches below 0.30
        assertThat(f.holds(edge, Double.NaN)).isFalse();
        assertThat(f.holds(f.evaluate(List.of(sample(200, 20))), Double.NaN)).isFalse();
    }

    @Test
    void theFailureFamilyIsEveryOutcomeButWinWinAndCompromise() {
        assertThat(Failure.FAMILY).hasSize(Outcome.values().length - 2).doesNotContain(Outcome.WIN_WIN, Outcome.COMPROMISE);
    }

    @Test
    void everyFactRunsToAVerdictWhateverTheThreadCount(@TempDir Path dir) throws ScenarioException, IOException {
        ScenarioLoader.Prepared base = ScenarioLoader.prepare(ScenarioLoader.readText(DEFAULT, "default.yaml"), "default.yaml");
        List<Fact> facts = StylisedFacts.all();
        assertThat(facts).extracting(Fact::key).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(9);
        List<FactsRun.Result> two = FactsRun.run(base, facts, 6, 2);
        List<FactsRun.Result> tests = two.stream().filter(r -> !(r.fact() instanceof Fact.BaseRate)).toList();
        assertThat(two).hasSize(facts.size());
        assertThat(tests).hasSize(facts.size() - 1).allSatisfy(r -> {
            assertThat(r.evaluation().p()).isBetween(0.0, 1.0);
            assertThat(r.adjustedP()).isBetween(r.evaluation().p(), 1.0);
        });
        assertThat(tests.stream().mapToDouble(FactsRun.Result::adjustedP).toArray())
                .containsExactly(Holm.adjust(tests.stream().mapToDouble(r -> r.evaluation().p()).toArray()));
        List<FactsRun.Result> one = FactsRun.run(base, facts, 6, 1);
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        FactsCsv.write(a, "test", two);
        FactsCsv.write(b, "test", one);
        assertThat(Files.readString(a.resolve(FactsCsv.FILE))).isEqualTo(Files.readString(b.resolve(FactsCsv.FILE)))
                .startsWith("# test\nfact,source,factor,response,expected,effect,from,to,statistic,z,p,p_holm,verdict,cells\n");
        assertThat(Files.readAllLines(a.resolve(FactsCsv.FILE))).hasSize(facts.size() + 2);
        assertThat(dir.resolve("a").toFile().list()).containsExactly(FactsCsv.FILE); // the temporary file was renamed
    }

    @Test
    void theStartingTrustSetsEveryHistoryLineOnABaseWithAHistoryAndTrustInitialAlone() throws ScenarioException {
        ScenarioLoader.Prepared withHistory = ScenarioLoader.prepare(ScenarioLoader.readText(DEFAULT, "default.yaml"), "default.yaml");
        Path team = DEFAULT.resolveSibling("base-team.yaml");
        ScenarioLoader.Prepared without = ScenarioLoader.prepare(ScenarioLoader.readText(team, "base-team.yaml"), "base-team.yaml");
        assertThat(without.has(Level.HISTORY)).isFalse();
        List<String> trust = Level.startingTrust("0.45").overrides();

        var carried = Batch.cell(withHistory, List.of(), trust).model();
        assertThat(carried.trust().initial()).isEqualTo(0.45);
        assertThat(carried.history()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.trust()).isEqualTo(0.45);
            assertThat(h.vigilance()).isEqualTo(0.5); // the history's vigilance is kept
        });
        var plain = Batch.cell(without, List.of(), trust).model();
        assertThat(plain.trust().initial()).isEqualTo(0.45);
        assertThat(plain.history()).isEmpty();
    }

    @Test
    void aHistoryOfConflictSetsEveryPairsStartingTrustAndVigilance() throws ScenarioException {
        ScenarioLoader.Prepared withHistory = ScenarioLoader.prepare(ScenarioLoader.readText(DEFAULT, "default.yaml"), "default.yaml");
        List<String> conflict = Level.startingHistory("hostile", "0.1", "0.9").overrides();

        var carried = Batch.cell(withHistory, List.of(), conflict).model();
        assertThat(carried.trust().initial()).isEqualTo(0.1);
        assertThat(carried.trust().vigilanceInitial()).isEqualTo(0.9);
        assertThat(carried.history()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.trust()).isEqualTo(0.1);
            assertThat(h.vigilance()).isEqualTo(0.9);
        });
    }

    @Test
    void responseCurvesSpanTheSchemaRangeOfEachMainParameter() throws ScenarioException {
        assertThat(SchemaRange.of("trust.gain_rate")).isEqualTo(new SchemaRange(0, 1));
        assertThat(SchemaRange.of("power.dominant_share")).isEqualTo(new SchemaRange(0.05, 0.95));
        assertThat(SchemaRange.of("organisations.*.turnover")).isEqualTo(new SchemaRange(0, 1));
        List<OatCurves.Parameter> parameters = OatCurves.main();
        assertThat(parameters).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(p -> assertThat(p.values()).hasSize(OatCurves.VALUES));
        assertThat(parameters.get(parameters.size() - 1).values()).startsWith("0.05").endsWith("0.95").contains("0.5");
        // Rates double from max / 2^9 to max, after the range's 0.
        assertThat(parameters).filteredOn(p -> p.key().equals("trust.gain_rate")).singleElement()
                .satisfies(p -> assertThat(p.values()).startsWith("0", "0.00195", "0.00391").endsWith("0.5", "1"));
        // Initial trust is what every pair starts with, the default's history lines included.
        ScenarioLoader.Prepared carried = ScenarioLoader.prepare(ScenarioLoader.readText(DEFAULT, "default.yaml"), "default.yaml");
        OatCurves.Parameter trust = parameters.stream().filter(p -> p.key().equals("trust.initial")).findFirst().orElseThrow();
        assertThat(Batch.cell(carried, trust.base(), trust.overrides("0.7")).model().history())
                .isNotEmpty().allSatisfy(h -> assertThat(h.trust()).isEqualTo(0.7));

        ScenarioLoader.Prepared base = ScenarioLoader.prepare(ScenarioLoader.readText(DEFAULT, "default.yaml"), "default.yaml");
        List<OatCurves.Curve> curves = OatCurves.run(base, parameters, 2, 2);
        assertThat(curves).hasSameSizeAs(parameters).allSatisfy(c -> {
            for (int v = 0; v < OatCurves.VALUES; v++) {
                assertThat(Arrays.stream(c.outcomes()[v]).sum()).isEqualTo(2);
                double failure = 0;
                for (Outcome o : Failure.FAMILY) failure += c.share(v, o);
                assertThat(c.failure()[v]).isCloseTo(failure, within(1e-12));
            }
            int at = c.jumpAt();
            assertThat(c.maxJump()).isEqualTo(Math.abs(c.failure()[at + 1] - c.failure()[at]));
            for (int v = 1; v < OatCurves.VALUES; v++) {
                assertThat(Math.abs(c.failure()[v] - c.failure()[v - 1])).isLessThanOrEqualTo(c.maxJump());
            }
            assertThat(c.cliff()).isEqualTo(c.maxJump() > OatCurves.CLIFF);
        });
    }
}
