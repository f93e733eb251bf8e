package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import samen.experiment.stats.Direction;
import samen.experiment.stats.Holm;
import samen.experiment.stats.ZTest;

/** The suite-wide family of claims: no claim class left out, and the correction over all of them. */
class ClaimSuiteTest {

    /** Every class of this package that holds claims ({@link Evidence}) is one of the suite's families. */
    @Test
    void everyClassWithClaimsIsInTheSuite() throws Exception {
        Path dir = Path.of(ClaimSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("samen/claims");
        List<Class<?>> withClaims = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = f.getFileName().toString();
                Class<?> c = Class.forName("samen.claims." + name.substring(0, name.length() - ".class".length()));
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == Evidence.class) withClaims.add(c);
                }
            }
        }
        assertThat(withClaims).hasSizeGreaterThanOrEqualTo(9);
        assertThat(ClaimSuite.FAMILIES.keySet()).containsExactlyInAnyOrderElementsOf(withClaims);
    }

    /**
     * Holm over the suite: a claim's adjusted p-value grows with the number of claims it is judged
     * with, so a p of 0.004 holds alone and not among five claims as weak as itself.
     */
    @Test
    void aClaimIsJudgedOverEveryClaimItIsGatheredWith() {
        Evidence alone = new Evidence();
        alone.add("weak", "alone", 0.004);
        alone.judge(Holm.adjust(0.004), 1);
        alone.assertHolds("weak");

        Evidence among = new Evidence();
        double[] p = {0.004, 0.004, 0.004, 0.004, 0.004};
        for (int i = 0; i < p.length; i++) among.add("weak " + i, "among five", p[i]);
        among.judge(Holm.adjust(p), p.length);
        among.assertStillOpen("weak 0");
    }

    @Test
    void claimsCannotBeJudgedBeforeTheSuiteIsGatheredNorAddedAfter() {
        Evidence e = new Evidence();
        e.add("effect", "a strong one", new ZTest("z", 5), Direction.UP);
        assertThatThrownBy(() -> e.assertHolds("effect")).isInstanceOf(IllegalStateException.class);
        e.judge(new double[] {1e-6}, 1);
        assertThatThrownBy(() -> e.add("late", "after judging", 0.5)).isInstanceOf(IllegalStateException.class);
    }
}
