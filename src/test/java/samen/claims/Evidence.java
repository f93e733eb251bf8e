package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Contrast;
import samen.experiment.stats.Direction;
import samen.experiment.stats.ZTest;
import samen.model.Outcome;

/**
 * The statistical claims of one test class, gathered before any is asserted so that each is judged
 * after Holm's correction over every claim of the suite ({@link ClaimSuite}): a claim holds when its
 * one-sided p-value in the expected direction, Holm-adjusted over the whole suite, is below
 * {@link #ALPHA}.
 */
final class Evidence {

    static final double ALPHA = 0.01;
    /** {@code -Dclaims.report=true} prints every asserted claim with its numbers (for docs/VALIDATION.md §3). */
    static final String REPORT = "claims.report";

    private record Claim(String name, String detail, double p) {
    }

    private final List<Claim> claims = new ArrayList<>();
    /** Holm-adjusted over the suite, in the order of {@link #claims}; null until {@link ClaimSuite} judges. */
    private double[] adjusted;
    private int family;

    /** Adds a claim: {@code test} should show an effect in {@code direction}. */
    void add(String name, String detail, ZTest test, Direction direction) {
        add(name, String.format(Locale.ROOT, "%s; %s z=%.2f", detail, test.name(), test.z()), test.p(direction));
    }

    /**
     * Adds the claim that {@code response} moves in {@code direction} over {@code levels}, in the
     * order given: its trend test, with the response at every level as the detail.
     */
    void trend(String name, List<Sample> levels, Response response, Direction direction) {
        String detail = levels.stream().map(s -> String.format(Locale.ROOT, "%.3f", response.of(s)))
                .collect(Collectors.joining(" ", "by level: ", ""));
        add(name, detail, response.trend(levels), direction);
    }

    /**
     * Adds the claim that the share of {@code a}'s runs ending in {@code outcomes} differs from
     * {@code b}'s in {@code direction} (a against b, a two-proportion z-test), with both shares as
     * the detail.
     */
    void share(String name, Set<Outcome> outcomes, String aLabel, Sample a, String bLabel, Sample b, Direction direction) {
        long inA = a.count(outcomes);
        long inB = b.count(outcomes);
        add(name, String.format(Locale.ROOT, "share %s %.3f, %s %.3f", aLabel, (double) inA / a.runs(), bLabel,
                (double) inB / b.runs()), Contrast.proportions(inA, a.runs(), inB, b.runs()), direction);
    }

    /**
     * Adds the claim that {@code metric} in {@code a}'s runs differs from {@code b}'s in
     * {@code direction} (a against b, Mann-Whitney), runs where it is undefined (NaN) left out, with
     * both means as the detail.
     */
    void metric(String name, String metric, String aLabel, Sample a, String bLabel, Sample b, Direction direction) {
        double[] inA = defined(a.metric(metric));
        double[] inB = defined(b.metric(metric));
        add(name, String.format(Locale.ROOT, "mean %s %s %.3f, %s %.3f", metric, aLabel, Arrays.stream(inA).average().orElse(Double.NaN),
                bLabel, Arrays.stream(inB).average().orElse(Double.NaN)), Contrast.mannWhitney(inA, inB), direction);
    }

    /** {@code values} without the NaNs (runs where a reading was undefined). */
    static double[] defined(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    void add(String name, String detail, double p) {
        if (adjusted != null) throw new IllegalStateException("claim " + name + " added after the suite was judged");
        if (claims.stream().anyMatch(c -> c.name().equals(name))) throw new IllegalArgumentException("claim " + name + " added twice");
        claims.add(new Claim(name, detail, p));
    }

    /** The raw p-values, in the order the claims were added. */
    List<Double> pValues() {
        return claims.stream().map(Claim::p).toList();
    }

    /** Takes the suite's Holm-adjusted p-values of these claims, in the order added, over a family of {@code size}. */
    void judge(double[] adjusted, int size) {
        if (adjusted.length != claims.size()) throw new IllegalArgumentException(adjusted.length + " p-values for " + claims.size() + " claims");
        this.adjusted = adjusted.clone();
        this.family = size;
    }

    /** Asserts that claim {@code name} holds after Holm over the whole suite. */
    void assertHolds(String name) {
        Judged j = judge(name);
        assertThat(j.adjusted()).as("%s", j).isLessThan(ALPHA);
    }

    /**
     * Asserts that claim {@code name}, a known gap of the model, still does not hold: when a better
     * model makes it hold, this fails and says to hold it with {@link #assertHolds} again.
     */
    void assertStillOpen(String name) {
        Judged j = judge(name);
        assertThat(j.adjusted()).as("%s; it holds now: assert it again and take it out of docs/VALIDATION.md §4", j)
                .isGreaterThanOrEqualTo(ALPHA);
    }

    /** A claim with its Holm-adjusted p-value over the suite; printed with {@code -Dclaims.report=true}. */
    private record Judged(Claim claim, double adjusted, int family) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s; p=%.3g, Holm p=%.3g over the suite's %d claims", claim.name(), claim.detail(),
                    claim.p(), adjusted, family);
        }
    }

    private Judged judge(String name) {
        if (adjusted == null) throw new IllegalStateException("claims judged before ClaimSuite gathered them all");
        for (int i = 0; i < claims.size(); i++) {
            if (!claims.get(i).name().equals(name)) continue;
            Judged j = new Judged(claims.get(i), adjusted[i], family);
            if (Boolean.getBoolean(REPORT)) System.out.println("claim | " + j);
            return j;
        }
        throw new IllegalArgumentException("no claim " + name);
    }
}
