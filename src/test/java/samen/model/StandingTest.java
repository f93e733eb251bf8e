package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void withinTwoPercentOfTheAlternativeIsEven() {
        assertThat(Standing.of(0.02)).isEqualTo(Standing.EVEN);
        assertThat(Standing.of(-0.02)).isEqualTo(Standing.EVEN);
        assertThat(Standing.of(0.0201)).isEqualTo(Standing.GAIN);
        assertThat(Standing.of(-0.0201)).isEqualTo(Standing.LOSS);
        assertThat(Standing.GAIN.key()).isEqualTo("gain");
    }
}
