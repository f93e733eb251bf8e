package samen.experiment.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import samen.model.Outcome;
import samen.output.Decimals;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * One-at-a-time response curves (issue #10, item 4): each main parameter set to 11 values over its
 * allowed range (from the scenario schema; evenly spaced, or doubling for rates, see
 * {@link Parameter#ofSchemaRate}), everything else as in the base
 * scenario, seeds 0..reps-1 at each value. A curve's largest jump in the failure share between
 * neighbouring values shows a cliff; jumps above {@link #CLIFF} are flagged.
 */
public final class OatCurves {

    /** A jump in the failure share between neighbouring values above this is a cliff. */
    public static final double CLIFF = 0.30;
    private static final MathContext THREE_DIGITS = new MathContext(3);
    /** Values per parameter. */
    public static final int VALUES = 11;

    /**
     * A parameter to vary.
     *
     * @param name   how charts and files name it: the key, or a description
     * @param key    the {@code --set} key that takes the value
     * @param base   overrides applied first (e.g. the power distribution that makes the key matter)
     * @param values the values, as {@code --set} takes them
     * @param along  further keys that take the same value (e.g. every history line's trust beside
     *               {@code trust.initial}); those of every history line only on a base with a history
     */
    public record Parameter(String name, String key, List<String> base, List<String> values, List<String> along) {
        public Parameter {
            base = List.copyOf(base);
            values = List.copyOf(values);
            along = List.copyOf(along);
        }

        public Parameter(String name, String key, List<String> base, List<String> values) {
            this(name, key, base, values, List.of());
        }

        /** The {@code --set} overrides that give this parameter {@code value}. */
        List<String> overrides(String value) {
            List<String> overrides = new ArrayList<>(List.of(key + "=" + value));
            for (String k : along) overrides.add(k + "=" + value);
            return overrides;
        }

        /** {@value #VALUES} evenly spaced values over the key's allowed range in the schema. */
        static Parameter ofSchema(String key, String... base) {
            SchemaRange range = SchemaRange.of(key);
            List<String> values = new ArrayList<>();
            BigDecimal min = BigDecimal.valueOf(range.min());
            BigDecimal step = BigDecimal.valueOf(range.max()).subtract(min).divide(BigDecimal.valueOf(VALUES - 1));
            for (int i = 0; i < VALUES; i++) values.add(Decimals.format(min.add(step.multiply(BigDecimal.valueOf(i))).doubleValue()));
            return new Parameter(key, key, List.of(base), values);
        }

        /**
         * A rate (per step) over its allowed range [0, max] on a doubling grid: 0, then max / 2^9,
         * max / 2^8, ... max, to three significant digits. A rate whose default is a hundredth of its
         * maximum would otherwise get ten of its eleven values at twenty times the default or more,
         * and all its response between the first two; users think of rates as halved or doubled.
         */
        static Parameter ofSchemaRate(String key) {
            SchemaRange range = SchemaRange.of(key);
            if (range.min() != 0) throw new IllegalArgumentException(key + ": a rate's range starts at 0");
            List<String> values = new ArrayList<>();
            values.add(Decimals.format(0));
            for (int i = VALUES - 2; i >= 0; i--) {
                values.add(Decimals.format(new BigDecimal(Math.scalb(range.max(), -i)).round(THREE_DIGITS).doubleValue()));
            }
            return new Parameter(key, key, List.of(), values);
        }
    }

    /**
     * One parameter's curve.
     *
     * @param outcomes per value, the runs ending in each outcome (indexed by {@link Outcome#ordinal()})
     * @param failure  per value, the failure share
     */
    public record Curve(Parameter parameter, int reps, long[][] outcomes, double[] failure) {

        /** The largest absolute change of the failure share between neighbouring values. */
        public double maxJump() {
            return failure.length < 2 ? 0 : Math.abs(failure[jumpAt() + 1] - failure[jumpAt()]);
        }

        /** The index i of the value where the largest jump starts (between i and i + 1). */
        public int jumpAt() {
            int at = 0;
            for (int i = 1; i + 1 < failure.length; i++) {
                if (Math.abs(failure[i + 1] - failure[i]) > Math.abs(failure[at + 1] - failure[at])) at = i;
            }
            return at;
        }

        public boolean cliff() {
            return maxJump() > CLIFF;
        }

        public double share(int value, Outcome outcome) {
            return (double) outcomes[value][outcome.ordinal()] / reps;
        }
    }

    private OatCurves() {
    }

    /**
     * The main parameters of issue #10: trust (initial, gain and loss rates, transparency), energy
     * gain and drain, every partner's loyalty, constituency pressure, autonomy, opportunism and
     * turnover, the number of (similar) partners and the dominant partner's share of power. The
     * number of partners runs from 2 to 12, not over the schema's 2 to 10000, which no collaboration
     * of organisations reaches.
     */
    public static List<Parameter> main() {
        List<String> counts = new ArrayList<>();
        for (int n = 2; n < 2 + VALUES; n++) counts.add(Integer.toString(n));
        return List.of(
                // The trust every pair starts with: with a history on every pair (the default's),
                // trust.initial alone is only what a new representative brings.
                with(Parameter.ofSchema("trust.initial"), Level.EVERY_HISTORY_LINE + "trust"),
                Parameter.ofSchemaRate("trust.gain_rate"),
                Parameter.ofSchemaRate("trust.loss_rate"),
                Parameter.ofSchema("trust.transparency"),
                Parameter.ofSchemaRate("collaboration.energy_gain"),
                Parameter.ofSchemaRate("collaboration.energy_drain"),
                Parameter.ofSchema("organisations.*.loyalty"),
                Parameter.ofSchema("organisations.*.constituency_pressure"),
                Parameter.ofSchema("organisations.*.autonomy"),
                Parameter.ofSchema("organisations.*.opportunism"),
                Parameter.ofSchemaRate("organisations.*.turnover"),
                new Parameter("number of similar partners", "organisations.count", List.of(StylisedFacts.SIMILAR_PARTNERS), counts),
                Parameter.ofSchema("power.dominant_share", "power.distribution=dominant"));
    }

    private static Parameter with(Parameter p, String along) {
        return new Parameter(p.name(), p.key(), p.base(), p.values(), List.of(along));
    }

    /** The names of the parameters some of whose values leave out part of the base scenario's history (see {@link Batch#leavesOutHistory}). */
    public static List<String> historyLeftOut(ScenarioLoader.Prepared base, List<Parameter> parameters) {
        return parameters.stream()
                .filter(p -> Batch.leavesOutHistory(base, p.base(), p.values().stream().map(p::overrides).toList()))
                .map(Parameter::name).toList();
    }

    /** Every parameter's curve, all runs in one parallel batch. */
    public static List<Curve> run(ScenarioLoader.Prepared base, List<Parameter> parameters, int reps, int threads)
            throws ScenarioException {
        List<Scenario> cells = new ArrayList<>();
        for (Parameter p : parameters) {
            for (String value : p.values()) cells.add(Batch.cell(base, p.base(), p.overrides(value)));
        }
        List<Sample> samples = Batch.run(cells, reps, threads);
        List<Curve> curves = new ArrayList<>();
        int at = 0;
        for (Parameter p : parameters) {
            int n = p.values().size();
            long[][] outcomes = new long[n][];
            double[] failure = new double[n];
            for (int v = 0; v < n; v++) {
                Sample s = samples.get(at + v);
                outcomes[v] = new long[Outcome.values().length];
                for (Outcome o : Outcome.values()) outcomes[v][o.ordinal()] = s.count(java.util.EnumSet.of(o));
                failure[v] = s.share(Failure.FAMILY);
            }
            curves.add(new Curve(p, reps, outcomes, failure));
            at += n;
        }
        return curves;
    }
}
