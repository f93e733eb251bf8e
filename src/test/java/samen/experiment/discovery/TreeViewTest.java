package samen.experiment.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree views on PrimTest's synthetic data, whose true box is x1 > 0.6, x2 < 0.4, x3 not c; x4 is noise. */
class TreeViewTest {

    static final DiscoveryData DATA = new DiscoveryData(List.of("x1", "x2", "x3", "x4"),
            List.of(List.of(), List.of(), List.of("a", "b", "c"), List.of()), PrimTest.X, PrimTest.Y, 0, 7);

    @Test
    void theNoiseParameterScoresLowestAndTheBoxParametersClearlyAboveIt() {
        List<TreeView.Score> scores = TreeView.scores(DATA, 11);
        assertThat(scores).extracting(TreeView.Score::parameter).containsExactlyInAnyOrder("x1", "x2", "x3", "x4");
        TreeView.Score noise = scores.stream().filter(s -> s.parameter().equals("x4")).findFirst().orElseThrow();
        assertThat(scores.get(scores.size() - 1)).isEqualTo(noise);
        for (TreeView.Score s : scores) {
            assertThat(s.low()).isLessThanOrEqualTo(s.drop());
            assertThat(s.high()).isGreaterThanOrEqualTo(s.drop());
            if (s != noise) assertThat(s.low()).as(s.parameter()).isGreaterThan(noise.high());
        }
        assertThat(TreeView.scores(DATA, 11)).as("deterministic for a seed").isEqualTo(scores);
    }

    @Test
    void theTreesDensestLeafIsTheTrueBox() {
        List<TreeView.Rule> rules = TreeView.rules(DATA, 3, 11);
        assertThat(rules.stream().mapToInt(TreeView.Rule::runs).sum()).as("the leaves part the runs").isEqualTo(PrimTest.N);
        TreeView.Rule best = rules.stream().filter(r -> r.runs() >= PrimTest.N / 20)
                .max(Comparator.comparingDouble(TreeView.Rule::share)).orElseThrow();
        assertThat(best.share()).isGreaterThan(0.9);
        assertThat(best.conditions()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("x1");
            assertThat(c.above()).isTrue();
            assertThat(c.at()).isCloseTo(0.6, within(0.03));
        }).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("x2");
            assertThat(c.above()).isFalse();
            assertThat(c.at()).isCloseTo(0.4, within(0.03));
        });
        assertThat(best.text()).contains("x3 != c");
    }
}
