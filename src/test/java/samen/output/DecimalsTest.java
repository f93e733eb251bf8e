package samen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void keepsSixDecimalsWithoutTrailingZeros() {
        assertThat(Decimals.format(0.1)).isEqualTo("0.1");
        assertThat(Decimals.format(2.0)).isEqualTo("2");
        assertThat(Decimals.format(1.0 / 3)).isEqualTo("0.333333");
        assertThat(Decimals.format(2.0 / 3)).isEqualTo("0.666667");
        assertThat(Decimals.format(-1.25)).isEqualTo("-1.25");
        assertThat(Decimals.format(123456.0)).isEqualTo("123456");
    }

    @Test
    void roundsHalfEvenOnTheExactBinaryValue() {
        // 0.0000005 is stored as slightly less than 5e-7, 0.0000025 as slightly more than 2.5e-6.
        assertThat(Decimals.format(0.0000005)).isEqualTo("0");
        assertThat(Decimals.format(0.0000025)).isEqualTo("0.000003");
        // 2^-7 = 0.0078125 and 3 * 2^-7 = 0.0234375 are exact halves at the sixth decimal: to even.
        assertThat(Decimals.format(0.0078125)).isEqualTo("0.007812");
        assertThat(Decimals.format(0.0234375)).isEqualTo("0.023438");
        assertThat(Decimals.format(1.0000005)).isEqualTo("1.000001");
        assertThat(Decimals.format(0.0000015)).isEqualTo("0.000002");
    }

    @Test
    void neverWritesExponentsOrNegativeZero() {
        assertThat(Decimals.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(Decimals.format(1e-7)).isEqualTo("0");
        assertThat(Decimals.format(-1e-7)).isEqualTo("0");
        assertThat(Decimals.format(-0.0)).isEqualTo("0");
        assertThat(Decimals.format(0.0)).isEqualTo("0");
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> Decimals.format(Double.NaN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Decimals.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Decimals.format(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalStateException.class);
    }
}
