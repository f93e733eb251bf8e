package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void withinATenthOfTheStakeIsEven() {
        assertThat(Standing.of(0.10)).isEqualTo(Standing.EVEN);
        assertThat(Standing.of(-0.10)).isEqualTo(Standing.EVEN);
        assertThat(Standing.of(0.1001)).isEqualTo(Standing.GAIN);
        assertThat(Standing.of(-0.1001)).isEqualTo(Standing.LOSS);
        assertThat(Standing.GAIN.key()).isEqualTo("gain");
    }
}
