package samen.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import samen.model.Condition;
import samen.model.EventKind;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.OutcomeRules;
import samen.model.Verdict;
import samen.model.config.ModelConfig;

/**
 * One run of the model. {@code Simulation.create(config, seed).run(steps, listeners)} is all a
 * caller needs; the model is exposed for callers that drive it themselves (the GUI).
 */
public final class Simulation {

    /** A condition below this level counts as neglected in the run's summary. */
    public static final double NEGLECTED = 0.35;

    private final Collaboration model;

    private Simulation(Collaboration model) {
        this.model = model;
    }

    public static Simulation create(ModelConfig config, long seed) {
        Collaboration model = new Collaboration(seed, config);
        model.start();
        return new Simulation(model);
    }

    public Collaboration model() {
        return model;
    }

    /** Runs up to {@code steps} steps, fewer if the collaboration breaks up, and sums it up. */
    public RunResult run(int steps, List<StepListener> listeners) {
        observe(listeners);
        while (!done(steps)) step(listeners);
        return finish();
    }

    /**
     * Shows the model as it is to the listeners: call once before the first {@link #step} (step 0).
     * With {@link #step}, {@link #done} and {@link #finish}, for callers that act between steps
     * (a workshop).
     */
    public void observe(List<StepListener> listeners) {
        for (StepListener l : listeners) l.afterStep(model);
    }

    /** One step, then the listeners. */
    public void step(List<StepListener> listeners) {
        model.schedule.step(model);
        observe(listeners);
    }

    /** True once {@code steps} steps ran or the collaboration ended. */
    public boolean done(int steps) {
        return model.step() >= steps || model.ended();
    }

    /** Ends the run and sums it up. */
    public RunResult finish() {
        model.finish();
        return result(model);
    }

    /** What a model that has run amounts to (the GUI sums up a run it played itself). */
    public static RunResult result(Collaboration model) {
        Verdict verdict = OutcomeRules.classify(model);
        List<PartnerResult> partners = model.organisations().stream()
                .map(o -> new PartnerResult(o.name(), o.power(), o.cumulativePayoff(), o.alternativeValue(),
                        o.relativeGain(), o.surplusRate(), o.active(), !o.pending()))
                .toList();
        Condition weakest = model.weakestCondition();
        return new RunResult(verdict.outcome(), verdict.explanation(), verdict.rule(), model.phaseReached(),
                model.phaseReachedStep(), model.step(), weakest, dynamic(model, weakest), partners, metrics(model));
    }

    /** Seed 003's monitor in one sentence: the weakest condition and, when it is low, its dynamic. */
    static String dynamic(Collaboration model, Condition weakest) {
        double level = model.condition(weakest);
        if (level >= NEGLECTED) {
            return String.format(Locale.ROOT, "No condition is neglected; the weakest is %s (%.2f).", weakest.key(), level);
        }
        return String.format(Locale.ROOT, "%s is neglected (%.2f): %s.",
                weakest.key().substring(0, 1).toUpperCase(Locale.ROOT) + weakest.key().substring(1), level,
                weakest.neglectDynamic());
    }

    private static Map<String, Double> metrics(Collaboration model) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_trust", model.meanTrust());
        m.put("mean_vigilance", model.meanVigilance());
        m.put("energy", model.energy());
        m.put("cumulative_value", model.cumulativeValue());
        m.put("total_payoff", model.organisations().stream().mapToDouble(Organisation::cumulativePayoff).sum());
        m.put("min_relative_gain", model.organisations().stream().mapToDouble(Organisation::relativeGain).min().orElse(0));
        m.put("max_relative_gain", model.organisations().stream().mapToDouble(Organisation::relativeGain).max().orElse(0));
        m.put("min_surplus_rate", model.activeOrganisations().stream().mapToDouble(Organisation::surplusRate).min().orElse(0));
        m.put("max_surplus_rate", model.activeOrganisations().stream().mapToDouble(Organisation::surplusRate).max().orElse(0));
        m.put("exits", (double) model.organisations().stream().filter(Organisation::exited).count());
        m.put("voice_acts", (double) model.events().stream().filter(e -> e.kind() == EventKind.VOICE).count());
        m.put("fallbacks", (double) model.fallbacks());
        m.put("active_partners", (double) model.activeCount());
        m.put("peak_commitment", model.peakCommitment());
        m.put("final_commitment", model.recentCommitment());
        for (Condition c : Condition.values()) m.put(c.key(), model.condition(c));
        m.put("mutual_understanding", model.mutualUnderstanding());
        m.put("reopened_agreements", (double) model.reopenedAgreements());
        m.put("factions", model.factions());
        m.put("enemy_pairs", (double) model.enemyPairs());
        m.put("controllers", (double) model.controllers());
        m.put("interventions_applied", (double) model.interventionsApplied());
        m.put("interventions_refused", (double) model.interventionsRefused());
        m.put("interventions_failed", (double) model.interventionsFailed());
        m.put("opportunistic_acts_total", (double) model.events().stream().filter(e -> e.kind() == EventKind.OPPORTUNISM).count());
        m.put("turnovers", (double) model.events().stream().filter(e -> e.kind() == EventKind.TURNOVER).count());
        m.put("shocks", (double) model.events().stream().filter(e -> e.kind() == EventKind.SHOCK).count());
        return m;
    }
}
