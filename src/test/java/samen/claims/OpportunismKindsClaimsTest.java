package samen.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Collaboration;
import samen.model.DecisionPolicy;
import samen.model.Opportunism;
import samen.model.Organisation;
import samen.model.Phase;

/**
 * Seed 004, *Opportunistisch gedrag* after Wathne and Heide: four kinds of opportunism, each of
 * which hurts in its own way. The model draws the kind itself, so no scenario key sets it; here
 * every partner of the default scenario commits one kind in place of its own decision with
 * probability 0, 0.05, 0.1, 0.2 and 0.3 per step (where the model lets that kind occur: violation
 * and forced renegotiation need agreements, from {@code agree} on), through the decision policy a
 * workshop seat uses, and otherwise decides by its own rules. {@value Runs#SEEDS} seeds per rate;
 * each claim is a Jonckheere-Terpstra trend over the rates, one-sided, Holm over the class's claims
 * at alpha 0.01.
 */
class OpportunismKindsClaimsTest {

    static final double[] RATES = {0, 0.05, 0.1, 0.2, 0.3};

    private static final Evidence EVIDENCE = new Evidence();
    private static final Map<Opportunism, List<Sample>> BY_KIND = new EnumMap<>(Opportunism.class);

    /** Every partner commits {@code kind} with probability {@code rate} per step where the kind is possible. */
    record Forced(Opportunism kind, double rate) implements Observed.Treatment {
        @Override
        public void apply(Collaboration model, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            DecisionPolicy policy = (self, agents) -> possible(model.phase()) && random.nextDouble() < rate
                    ? new DecisionPolicy.Decision(agents.commitment(), kind, null) : agents;
            for (Organisation o : model.organisations()) o.decideBy(policy);
        }

        /** As {@code Organisation.chooseOpportunism}: breaking or reopening agreements needs agreements. */
        private boolean possible(Phase phase) {
            boolean agreed = phase.ordinal() >= Phase.AGREE.ordinal();
            return agreed || kind == Opportunism.EVASION || kind == Opportunism.REFUSAL_TO_ADAPT;
        }
    }

    @BeforeAll
    static void run() {
        List<Observed.Arm> arms = new ArrayList<>();
        for (Opportunism kind : Opportunism.values()) {
            for (double rate : RATES) arms.add(new Observed.Arm(Runs.Cell.of(Runs.DEFAULT), new Forced(kind, rate)));
        }
        List<Sample> samples = Observed.run(Runs.SEEDS, arms, List.of(Probes.CONTRIBUTION, Probes.STALE_PICTURES,
                Probes.BEFORE_EXECUTE, Probes.LARGEST_EQUITY));
        for (Opportunism kind : Opportunism.values()) {
            int from = kind.ordinal() * RATES.length;
            BY_KIND.put(kind, samples.subList(from, from + RATES.length));
            claim(kind, new Response.Metric("mean_trust"), Direction.DOWN);
        }
        claim(Opportunism.EVASION, new Response.Metric(Probes.CONTRIBUTION.name()), Direction.DOWN);
        claim(Opportunism.REFUSAL_TO_ADAPT, new Response.Metric(Probes.STALE_PICTURES.name()), Direction.UP);
        claim(Opportunism.REFUSAL_TO_ADAPT, new Response.Metric(Probes.BEFORE_EXECUTE.name()), Direction.UP);
        claim(Opportunism.VIOLATION, new Response.Metric(Probes.LARGEST_EQUITY.name()), Direction.UP);
        claim(Opportunism.FORCED_RENEGOTIATION, new Response.Metric("reopened_agreements"), Direction.UP);
    }

    private static void claim(Opportunism kind, Response response, Direction direction) {
        EVIDENCE.trend(name(kind, response.label()), BY_KIND.get(kind), response, direction);
    }

    private static String name(Opportunism kind, String response) {
        return kind.key() + ": " + response;
    }

    private static void holds(Opportunism kind, String metric) {
        EVIDENCE.assertHolds(name(kind, "mean " + metric));
    }

    /** Evasion (*ontduiking*): the evader brings half of what it meant to; seen, it costs trust. */
    @Test
    void evasionBringsLessAndCostsTrust() {
        holds(Opportunism.EVASION, Probes.CONTRIBUTION.name());
        holds(Opportunism.EVASION, "mean_trust");
    }

    /**
     * Refusal to adapt (*weigering zich aan te passen*): the refuser keeps its old picture of the
     * phase and holds the process back (it takes longer to get to execute); seen, it costs trust.
     */
    @Test
    void refusalToAdaptKeepsStalePicturesAndHoldsTheProcessBack() {
        holds(Opportunism.REFUSAL_TO_ADAPT, Probes.STALE_PICTURES.name());
        holds(Opportunism.REFUSAL_TO_ADAPT, Probes.BEFORE_EXECUTE.name());
        holds(Opportunism.REFUSAL_TO_ADAPT, "mean_trust");
    }

    /**
     * Violation (*overtreding*): breaking agreements to claim more of the pot through power, so
     * partners take more than their fair share; seen, it costs trust.
     */
    @Test
    void violationTakesMoreThanTheFairShareAndCostsTrust() {
        holds(Opportunism.VIOLATION, Probes.LARGEST_EQUITY.name());
        holds(Opportunism.VIOLATION, "mean_trust");
    }

    /** Forced renegotiation (*heronderhandeling*): what was agreed is reopened; seen, it costs trust. */
    @Test
    void forcedRenegotiationReopensAgreementsAndCostsTrust() {
        holds(Opportunism.FORCED_RENEGOTIATION, "reopened_agreements");
        holds(Opportunism.FORCED_RENEGOTIATION, "mean_trust");
    }
}
