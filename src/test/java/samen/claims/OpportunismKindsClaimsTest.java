package samen.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;
import samen.experiment.stats.Trend;
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
 * each consequence is a Jonckheere-Terpstra trend over the rates; what sets a kind apart is a
 * Mann-Whitney test of its own consequence against each other kind's at the rate 0.2, over
 * {@value #COMPARED_SEEDS} seeds (the suite's weakest claim is one of these comparisons, docs/VALIDATION.md §3). One-sided,
 * Holm over every claim of the suite
 * ({@link ClaimSuite}) at alpha 0.01.
 */
class OpportunismKindsClaimsTest {

    static final double[] RATES = {0, 0.05, 0.1, 0.2, 0.3};

    /** A kind's own consequence: the response it moves, and which way. */
    record Own(String metric, Direction direction) {
    }

    /** What sets each kind apart (the {@code Opportunism} javadoc: "each hurts in its own way"). */
    static final Map<Opportunism, Own> OWN = Map.of(
            Opportunism.EVASION, new Own(Probes.EFFORT.name(), Direction.DOWN),
            Opportunism.REFUSAL_TO_ADAPT, new Own(Probes.STALE_PICTURES.name(), Direction.UP),
            Opportunism.VIOLATION, new Own("mean_trust", Direction.DOWN),
            Opportunism.FORCED_RENEGOTIATION, new Own("reopened_agreements", Direction.UP));
    /** The rate at which the kinds are compared with each other: 0.2 per step. */
    static final int COMPARED_AT = 3;
    /**
     * Seeds for the comparisons between kinds, twice the trends': their effects can be small (violation's trust
     * against evasion's differs by 0.02), and at 200 seeds that one (raw p 0.0014) came above Holm's 0.01 once the
     * suite's family grew to 242 claims.
     */
    static final int COMPARED_SEEDS = 2 * Runs.SEEDS;

    private static Evidence evidence;
    private static final Map<Opportunism, List<Sample>> BY_KIND = new EnumMap<>(Opportunism.class);
    private static final Map<Opportunism, Sample> COMPARED = new EnumMap<>(Opportunism.class);

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
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(OpportunismKindsClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) {
        evidence = e;
        List<Observed.Arm> arms = new ArrayList<>();
        for (Opportunism kind : Opportunism.values()) {
            for (double rate : RATES) arms.add(new Observed.Arm(Runs.Cell.of(Runs.BASE), new Forced(kind, rate)));
        }
        for (When w : WHEN) arms.addAll(Observed.Arm.untreated(Runs.levels(TEMPTED, w.key(), w.levels())));
        List<Observed.Probe> probes = new ArrayList<>(List.of(Probes.EFFORT, Probes.STALE_PICTURES, Probes.BEFORE_EXECUTE,
                Probes.LARGEST_EQUITY));
        for (When w : WHEN) probes.add(Probes.shareOf(w.kind(), w.phase()));
        List<Sample> samples = Observed.run(Runs.SEEDS, arms, probes);
        for (Opportunism kind : Opportunism.values()) {
            int first = kind.ordinal() * RATES.length;
            BY_KIND.put(kind, samples.subList(first, first + RATES.length));
            claim(kind, new Response.Metric("mean_trust"), Direction.DOWN);
        }
        claim(Opportunism.EVASION, new Response.Metric(Probes.EFFORT.name()), Direction.DOWN);
        claim(Opportunism.REFUSAL_TO_ADAPT, new Response.Metric(Probes.STALE_PICTURES.name()), Direction.UP);
        claim(Opportunism.REFUSAL_TO_ADAPT, new Response.Metric(Probes.BEFORE_EXECUTE.name()), Direction.UP);
        claim(Opportunism.VIOLATION, new Response.Metric(Probes.LARGEST_EQUITY.name()), Direction.UP);
        claim(Opportunism.FORCED_RENEGOTIATION, new Response.Metric("reopened_agreements"), Direction.UP);
        List<Observed.Arm> compared = new ArrayList<>();
        for (Opportunism kind : Opportunism.values()) {
            compared.add(new Observed.Arm(Runs.Cell.of(Runs.BASE), new Forced(kind, RATES[COMPARED_AT])));
        }
        List<Sample> atRate = Observed.run(COMPARED_SEEDS, compared, probes);
        for (Opportunism kind : Opportunism.values()) COMPARED.put(kind, atRate.get(kind.ordinal()));
        for (Opportunism kind : Opportunism.values()) {
            for (Opportunism other : Opportunism.values()) if (other != kind) ownConsequence(kind, other);
        }
        int from = Opportunism.values().length * RATES.length;
        for (When w : WHEN) {
            List<Sample> levels = samples.subList(from, from + w.levels().length);
            String metric = Probes.shareOf(w.kind(), w.phase()).name();
            // A run that never had an act in the phase has no share there: it is left out of its level.
            double[][] shares = levels.stream().map(l -> Arrays.stream(l.metric(metric)).filter(v -> !Double.isNaN(v)).toArray())
                    .toArray(double[][]::new);
            String detail = Arrays.stream(shares).map(g -> String.format(Locale.ROOT, "%.3f (%d runs)",
                    Arrays.stream(g).average().orElse(Double.NaN), g.length)).collect(Collectors.joining(" ", "by level: ", ""));
            evidence.add(whenName(w), detail, Trend.jonckheereTerpstra(shares), w.direction());
            from += w.levels().length;
        }
    }

    /** Every partner tempted more than in the default, so that each run has acts of every kind to count. */
    static final List<String> TEMPTED = List.of("organisations.*.opportunism=0.3");

    /** When a kind comes easier: the key that makes it so, its levels, and which way the kind's share of the acts moves. */
    record When(Opportunism kind, Phase phase, String key, Direction direction, String... levels) {
    }

    static final List<When> WHEN = List.of(
            new When(Opportunism.VIOLATION, Phase.AGREE, "conditions.organisation.attention", Direction.DOWN,
                    "0", "0.25", "0.5", "0.75", "1"),
            new When(Opportunism.FORCED_RENEGOTIATION, Phase.EXECUTE, "conditions.interests.attention", Direction.DOWN,
                    "0", "0.25", "0.5", "0.75", "1"),
            new When(Opportunism.REFUSAL_TO_ADAPT, Phase.EXPLORE, "collaboration.shock_rate", Direction.UP,
                    "0", "0.02", "0.05", "0.1", "0.2"));

    private static String whenName(When w) {
        return w.kind().key() + ": share of the acts in " + w.phase().key() + " along " + w.key();
    }

    /** At the same rate, {@code kind} moves its own consequence further than {@code other} does (Mann-Whitney). */
    private static void ownConsequence(Opportunism kind, Opportunism other) {
        String metric = OWN.get(kind).metric();
        Sample mine = COMPARED.get(kind);
        Sample theirs = COMPARED.get(other);
        evidence.add(ownName(kind, other), String.format(Locale.ROOT, "mean %s at rate %.1f: %.3f under %s, %.3f under %s",
                metric, RATES[COMPARED_AT], mine.mean(metric), kind.key(), theirs.mean(metric), other.key()),
                Contrast.mannWhitney(mine.metric(metric), theirs.metric(metric)), OWN.get(kind).direction());
    }

    private static String ownName(Opportunism kind, Opportunism other) {
        return kind.key() + ": own consequence against " + other.key();
    }

    /** {@code kind}'s own consequence sets it apart from each of the other kinds but {@code except}. */
    private static void setApart(Opportunism kind, Opportunism... except) {
        List<Opportunism> skipped = List.of(except);
        for (Opportunism other : Opportunism.values()) {
            if (other != kind && !skipped.contains(other)) evidence.assertHolds(ownName(kind, other));
        }
    }

    private static void claim(Opportunism kind, Response response, Direction direction) {
        evidence.trend(name(kind, response.label()), BY_KIND.get(kind), response, direction);
    }

    private static String name(Opportunism kind, String response) {
        return kind.key() + ": " + response;
    }

    private static void holds(Opportunism kind, String metric) {
        evidence.assertHolds(name(kind, "mean " + metric));
    }

    /**
     * Evasion (*ontduiking*): the evader brings half of what it meant to, so the partners bring less
     * of what the phase asks, less than under refusal or violation at the same rate; seen, it costs
     * trust. Forced renegotiation at the same rate lowers effort more: every reopening undoes
     * progress that is redone without momentum (docs/MODEL.md §7.8), the energy drains and every
     * partner brings less, so on effort evasion is not set apart from it (held as still open).
     */
    @Test
    void evasionBringsLessAndCostsTrust() {
        holds(Opportunism.EVASION, Probes.EFFORT.name());
        holds(Opportunism.EVASION, "mean_trust");
        setApart(Opportunism.EVASION, Opportunism.FORCED_RENEGOTIATION);
        evidence.assertStillOpen(ownName(Opportunism.EVASION, Opportunism.FORCED_RENEGOTIATION));
    }

    /**
     * Refusal to adapt (*weigering zich aan te passen*): the refuser keeps its old picture of the
     * phase, the only kind that does, and holds the process back (it takes longer to get to
     * execute); seen, it costs trust.
     */
    @Test
    void refusalToAdaptKeepsStalePicturesAndHoldsTheProcessBack() {
        holds(Opportunism.REFUSAL_TO_ADAPT, Probes.STALE_PICTURES.name());
        holds(Opportunism.REFUSAL_TO_ADAPT, Probes.BEFORE_EXECUTE.name());
        holds(Opportunism.REFUSAL_TO_ADAPT, "mean_trust");
        setApart(Opportunism.REFUSAL_TO_ADAPT);
    }

    /**
     * Violation (*overtreding*): breaking agreements to claim more of the pot through power, so
     * partners take more than their fair share (as forced renegotiation does too); seen, it is the
     * worst betrayal and costs more trust than any other kind at the same rate.
     */
    @Test
    void violationTakesMoreThanTheFairShareAndCostsTrust() {
        holds(Opportunism.VIOLATION, Probes.LARGEST_EQUITY.name());
        holds(Opportunism.VIOLATION, "mean_trust");
        setApart(Opportunism.VIOLATION);
    }

    /**
     * Forced renegotiation (*heronderhandeling*): what was agreed is reopened, far more often than
     * under any other kind at the same rate; seen, it costs trust.
     */
    @Test
    void forcedRenegotiationReopensAgreementsAndCostsTrust() {
        holds(Opportunism.FORCED_RENEGOTIATION, "reopened_agreements");
        holds(Opportunism.FORCED_RENEGOTIATION, "mean_trust");
        setApart(Opportunism.FORCED_RENEGOTIATION);
    }

    /**
     * When each kind comes (seed 004 asks "hoe?" and "wanneer?"; the weights are the model's, see
     * docs/MODEL.md §7.2): violation comes easier in an under-organised collaboration, forced
     * renegotiation where interests were not talked through (counted in execute, where partners are
     * locked in enough to be held up), refusal to adapt where there is
     * change to refuse (shocks). With every partner's opportunism at 0.3, each kind's share of the
     * acts moves with its condition.
     */
    @Test
    void eachKindComesWhereItsConditionHolds() {
        for (When w : WHEN) evidence.assertHolds(whenName(w));
    }
}
