package samen.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {

    static final Parameter.Range X = new Parameter.Range("trust.initial", new BigDecimal("0"), new BigDecimal("1"), false);
    static final Parameter.Range Y = new Parameter.Range("collaboration.phase_duration", new BigDecimal("6"), new BigDecimal("18"), true);
    static final Parameter.Levels Z = new Parameter.Levels("power.distribution", List.of("equal", "dominant", "skewed"));

    @Test
    void aGridVisitsEveryCombinationOnceFirstParameterSlowest() {
        Design grid = Design.of(DesignSpec.grid(), List.of(Z, new Parameter.Levels("trust.loss_rate", List.of("0.1", "0.2"))), 1);
        assertThat(grid.points()).isEqualTo(6);
        assertThat(grid.values(0)).containsExactly("equal", "0.1");
        assertThat(grid.values(1)).containsExactly("equal", "0.2");
        assertThat(grid.values(5)).containsExactly("skewed", "0.2");
    }

    @Test
    void aLatinHypercubeHitsEveryStratumOfEveryParameterOnce() {
        int n = 50;
        Design lhs = Design.of(new DesignSpec(DesignSpec.Type.LHS, n, 0, 0), List.of(X, X), 9);
        Set<Integer> first = new HashSet<>();
        Set<Integer> second = new HashSet<>();
        for (int i = 0; i < n; i++) {
            List<String> v = lhs.values(i);
            first.add((int) Math.floor(Double.parseDouble(v.get(0)) * n));
            second.add((int) Math.floor(Double.parseDouble(v.get(1)) * n));
        }
        assertThat(first).hasSize(n);
        assertThat(second).hasSize(n);
        assertThat(Design.of(new DesignSpec(DesignSpec.Type.LHS, n, 0, 0), List.of(X, X), 9).values(17)).isEqualTo(lhs.values(17));
    }

    @Test
    void morrisTrajectoriesMoveOneParameterAtATimeByDelta() {
        MorrisDesign morris = (MorrisDesign) Design.of(new DesignSpec(DesignSpec.Type.MORRIS, 0, 10, 4), List.of(X, Y, Z), 5);
        assertThat(morris.points()).isEqualTo(40);
        assertThat(morris.delta()).isEqualTo(4 / 6.0);
        for (long id = 0; id < morris.points(); id++) {
            double[] x = morris.unit(id);
            for (double u : x) assertThat(u).isBetween(0.0, 1.0 + 1e-12);
            if (id % 4 == 0) {
                assertThat(morris.changed(id)).isEqualTo(-1);
                continue;
            }
            double[] before = morris.unit(id - 1);
            int changed = morris.changed(id);
            for (int i = 0; i < 3; i++) {
                assertThat(x[i] - before[i]).isCloseTo(i == changed ? morris.step(id) : 0, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void saltelliBlocksAreAThenBThenAWithOneColumnOfB() {
        SaltelliDesign sobol = (SaltelliDesign) Design.of(new DesignSpec(DesignSpec.Type.SOBOL, 8, 0, 0), List.of(X, X, X), 1);
        assertThat(sobol.points()).isEqualTo(8 * 5);
        double[] a = sobol.unit(5);
        double[] b = sobol.unit(6);
        double[] ab2 = sobol.unit(5 + 2 + 1);
        assertThat(ab2).containsExactly(a[0], b[1], a[2]);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void wholeRangesAndChoicesAreSampledInEqualSlices() {
        assertThat(Y.fromUnit(0)).isEqualTo("6");
        assertThat(Y.fromUnit(1)).isEqualTo("18");
        assertThat(Y.fromUnit(0.5)).isEqualTo("12");
        assertThat(Z.fromUnit(0.34)).isEqualTo("dominant");
        assertThat(X.fromUnit(1 / 3.0)).isEqualTo("0.333333");
    }
}
