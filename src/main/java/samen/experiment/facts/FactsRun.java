package samen.experiment.facts;

import java.util.ArrayList;
import java.util.List;
import samen.experiment.stats.Holm;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * Runs a family of facts on one base scenario: every cell of every fact with seeds 0..reps-1, all
 * in one parallel batch; then each fact's p-value, Holm-adjusted over the family, and its verdict
 * at {@link #ALPHA}.
 */
public final class FactsRun {

    /** A fact holds when its Holm-adjusted p-value is below this. */
    public static final double ALPHA = 0.01;

    /** One fact's verdict. */
    public record Result(Fact fact, Evaluation evaluation, double adjustedP) {
        public boolean holds() {
            return adjustedP < ALPHA;
        }
    }

    private FactsRun() {
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
        double[] adjusted = Holm.adjust(evaluations.stream().mapToDouble(Evaluation::p).toArray());
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) results.add(new Result(facts.get(i), evaluations.get(i), adjusted[i]));
        return results;
    }
}
