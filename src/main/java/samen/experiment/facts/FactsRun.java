package samen.experiment.facts;

import java.util.ArrayList;
import java.util.List;
import samen.experiment.stats.Holm;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * Runs a family of facts on one base scenario: every cell of every fact with seeds 0..reps-1, all
 * in one parallel batch; then each test's p-value, Holm-adjusted over the family of tests, and its
 * verdict at {@link #ALPHA} (a base rate is checked by its interval instead).
 */
public final class FactsRun {

    /** A fact holds when its Holm-adjusted p-value is below this. */
    public static final double ALPHA = 0.01;

    /** One fact's verdict; {@code adjustedP} is NaN for a check. */
    public record Result(Fact fact, Evaluation evaluation, double adjustedP) {
        public boolean holds() {
            return fact.holds(evaluation, adjustedP);
        }
    }

    private FactsRun() {
    }

    /** The keys of the facts some of whose levels leave out part of the base scenario's history (see {@link Batch#leavesOutHistory}). */
    public static List<String> historyLeftOut(ScenarioLoader.Prepared base, List<Fact> facts) {
        return facts.stream().filter(f -> Batch.leavesOutHistory(base, f.base(), f.cells())).map(Fact::key).toList();
    }

    /**
     * @throws ScenarioException when a fact's overrides do not fit the base scenario
     */
    public static List<Result> run(ScenarioLoader.Prepared base, List<Fact> facts, int reps, int threads)
            throws ScenarioException {
        List<Scenario> cells = new ArrayList<>();
        for (Fact fact : facts) {
            for (List<String> cell : fact.cells()) cells.add(Batch.cell(base, fact.base(), cell));
        }
        List<Sample> samples = Batch.run(cells, reps, threads);
        List<Evaluation> evaluations = new ArrayList<>();
        int at = 0;
        for (Fact fact : facts) {
            int n = fact.cells().size();
            evaluations.add(fact.evaluate(samples.subList(at, at + n)));
            at += n;
        }
        // Holm over the tests; a check (p NaN) stays outside the family.
        double[] tested = evaluations.stream().mapToDouble(Evaluation::p).filter(p -> !Double.isNaN(p)).toArray();
        double[] adjusted = Holm.adjust(tested);
        List<Result> results = new ArrayList<>();
        int t = 0;
        for (int i = 0; i < facts.size(); i++) {
            double p = evaluations.get(i).p();
            results.add(new Result(facts.get(i), evaluations.get(i), Double.isNaN(p) ? Double.NaN : adjusted[t++]));
        }
        return results;
    }
}
