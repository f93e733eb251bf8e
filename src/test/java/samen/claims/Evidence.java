package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import samen.experiment.stats.Direction;
import samen.experiment.stats.Holm;
import samen.experiment.stats.ZTest;

/**
 * The statistical claims of one test class, gathered before any is asserted so that each is judged
 * after Holm's correction over the class's family: a claim holds when its one-sided p-value in the
 * expected direction, Holm-adjusted over every claim of the class, is below {@link #ALPHA}. The
 * family is the test class (one seed text, one set of runs); across classes the families are
 * independent sets of runs, each with its own error rate, as docs/VALIDATION.md explains.
 */
final class Evidence {

    static final double ALPHA = 0.01;

    private record Claim(String name, String detail, double p) {
    }

    private final List<Claim> claims = new ArrayList<>();

    /** Adds a claim: {@code test} should show an effect in {@code direction}. */
    void add(String name, String detail, ZTest test, Direction direction) {
        add(name, String.format(java.util.Locale.ROOT, "%s; %s z=%.2f", detail, test.name(), test.z()), test.p(direction));
    }

    void add(String name, String detail, double p) {
        if (claims.stream().anyMatch(c -> c.name().equals(name))) throw new IllegalArgumentException("claim " + name + " added twice");
        claims.add(new Claim(name, detail, p));
    }

    /** Asserts that claim {@code name} holds after Holm over the whole family. */
    void assertHolds(String name) {
        assertThat(adjusted(name)).as(describe(name)).isLessThan(ALPHA);
    }

    /**
     * Asserts that claim {@code name}, a known gap of the model, still does not hold: when a better
     * model makes it hold, this fails and says to hold it with {@link #assertHolds} again.
     */
    void assertStillOpen(String name) {
        assertThat(adjusted(name)).as("%s; it holds now: assert it again and take it out of docs/VALIDATION.md §4",
                describe(name)).isGreaterThanOrEqualTo(ALPHA);
    }

    private double adjusted(String name) {
        return Holm.adjust(claims.stream().mapToDouble(Claim::p).toArray())[index(name)];
    }

    private String describe(String name) {
        Claim c = claims.get(index(name));
        return String.format(java.util.Locale.ROOT, "%s: %s; p=%.3g, Holm p=%.3g over %d claims", name, c.detail(), c.p(),
                adjusted(name), claims.size());
    }

    private int index(String name) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).name().equals(name)) return i;
        }
        throw new IllegalArgumentException("no claim " + name);
    }
}
