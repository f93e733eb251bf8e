package samen.engine;

import java.util.List;
import java.util.Map;
import samen.model.Condition;
import samen.model.Outcome;
import samen.model.Phase;

/**
 * What a finished run amounts to.
 *
 * @param outcome          exactly one outcome, see docs/MODEL.md
 * @param explanation      one sentence on why it ended so, for people
 * @param rule             the outcome rule that decided, with the numbers it compared
 * @param phaseReached     the furthest phase the collaboration reached
 * @param phaseReachedStep the step at which it first reached that phase (0 if it started there)
 * @param stepsRun         steps actually run (fewer than asked when the collaboration broke up)
 * @param weakestCondition the condition at the lowest level at the end (seed 003's monitor)
 * @param dynamic          one sentence on the weakest condition and the dynamic it is showing
 * @param partners         every partner, in scenario order
 * @param metrics          final collaboration-level metrics by name, in a fixed order
 */
public record RunResult(Outcome outcome, String explanation, String rule, Phase phaseReached, long phaseReachedStep,
                        long stepsRun, Condition weakestCondition, String dynamic,
                        List<PartnerResult> partners, Map<String, Double> metrics) {
    public RunResult {
        partners = List.copyOf(partners);
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
