package samen.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.experiment.Design;
import samen.experiment.DesignSpec;
import samen.experiment.MorrisDesign;
import samen.experiment.Parameter;

/**
 * The estimators against the Ishigami function f = sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1 on
 * [-pi, pi]^3, whose Sobol indices are known analytically (Ishigami and Homma 1990; Saltelli et
 * al. 2008): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437. The design's points go through
 * the parameters' texts, as a sweep's runs get them.
 */
class IshigamiTest {

    static final double A = 7;
    static final double B = 0.1;
    static final List<Parameter> PARAMETERS = List.of(range("x1"), range("x2"), range("x3"));

    static Parameter range(String key) {
        return new Parameter.Range(key, BigDecimal.valueOf(-Math.PI), BigDecimal.valueOf(Math.PI), false);
    }

    static double ishigami(double x1, double x2, double x3) {
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    static double[] outputs(Design design) {
        double[] y = new double[(int) design.points()];
        for (int p = 0; p < y.length; p++) {
            List<String> v = design.values(p);
            y[p] = ishigami(Double.parseDouble(v.get(0)), Double.parseDouble(v.get(1)), Double.parseDouble(v.get(2)));
        }
        return y;
    }

    @Test
    void sobolIndicesMatchTheAnalyticValues() {
        Design design = Design.of(new DesignSpec(DesignSpec.Type.SOBOL, 8192, 0, 0), PARAMETERS, 1);
        List<SobolIndices.Row> rows = SobolIndices.of(3, outputs(design), 7);
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Row r = rows.get(i);
            assertThat(r.s1()).as("S1 of x%d", i + 1).isCloseTo(s1[i], offset(0.03));
            assertThat(r.st()).as("ST of x%d", i + 1).isCloseTo(st[i], offset(0.03));
            assertThat(r.s1Low()).isLessThan(s1[i] + 0.01);
            assertThat(r.s1High()).isGreaterThan(s1[i] - 0.01);
            assertThat(r.stLow()).isLessThan(st[i] + 0.01);
            assertThat(r.stHigh()).isGreaterThan(st[i] - 0.01);
        }
    }

    /**
     * μ* is the mean |elementary effect| over the Morris grid: for parameter i, over its lower
     * levels (from which +Δ stays inside) and every level of the others, each equally likely. That
     * exact value, by enumeration of the grid, is what the estimate over random trajectories must approach.
     */
    @Test
    void morrisMuStarApproachesItsExactValueOnTheGrid() {
        int levels = 4;
        MorrisDesign design = (MorrisDesign) Design.of(new DesignSpec(DesignSpec.Type.MORRIS, 0, 2000, levels), PARAMETERS, 3);
        List<MorrisIndices.Row> rows = MorrisIndices.of(design, 3, outputs(design), 11);
        double delta = design.delta();
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            int count = 0;
            for (int base = 0; base < levels / 2; base++) {
                for (int a = 0; a < levels; a++) {
                    for (int b = 0; b < levels; b++) {
                        double[] x = new double[3];
                        int[] others = {a, b};
                        for (int j = 0, o = 0; j < 3; j++) x[j] = j == i ? base / (levels - 1.0) : others[o++] / (levels - 1.0);
                        double[] moved = x.clone();
                        moved[i] += delta;
                        sum += Math.abs(f(moved) - f(x)) / delta;
                        count++;
                    }
                }
            }
            double exact = sum / count;
            MorrisIndices.Row r = rows.get(i);
            assertThat(r.muStar()).as("mu* of x%d (exact %.3f)", i + 1, exact).isCloseTo(exact, offset(0.06 * exact + 1e-9));
            assertThat(r.muStarLow()).isLessThanOrEqualTo(r.muStar() + 1e-9);
            assertThat(r.muStarHigh()).isGreaterThanOrEqualTo(r.muStar() - 1e-9);
        }
        // x3 acts only through its interaction with x1: a large spread relative to its mean effect.
        assertThat(rows.get(2).sigma()).isGreaterThan(0);
        assertThat(rows.get(1).mu()).isCloseTo(0, offset(1.0)); // sin^2 is symmetric: effects cancel in mu
    }

    /** f on the unit cube, through the same range mapping a sweep uses (rounded to six decimals). */
    static double f(double[] unit) {
        double[] x = new double[3];
        for (int j = 0; j < 3; j++) x[j] = Double.parseDouble(PARAMETERS.get(j).fromUnit(unit[j]));
        return ishigami(x[0], x[1], x[2]);
    }

    @Test
    void aLinearFunctionHasExactEffectsAndNoSpread() {
        MorrisDesign design = (MorrisDesign) Design.of(new DesignSpec(DesignSpec.Type.MORRIS, 0, 30, 4), PARAMETERS, 5);
        double[] y = new double[(int) design.points()];
        for (int p = 0; p < y.length; p++) {
            double[] u = design.unit(p);
            y[p] = 3 * u[0] - 2 * u[1];
        }
        List<MorrisIndices.Row> rows = MorrisIndices.of(design, 3, y, 1);
        assertThat(rows.get(0).mu()).isCloseTo(3, offset(1e-9));
        assertThat(rows.get(1).muStar()).isCloseTo(2, offset(1e-9));
        assertThat(rows.get(1).sigma()).isCloseTo(0, offset(1e-9));
        assertThat(rows.get(2).muStar()).isCloseTo(0, offset(1e-9));
    }
}
