package samen.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import samen.model.Circle;
import samen.model.Configs;

/** What a run may ask counts the pairs that meet: all of them in the core, contacts in the interaction network. */
class RunLimitsTest {

    @Test
    void theInteractionNetworkCountsOnlyThePairsThatMeet() {
        assertThat(RunLimits.exceeded(Configs.defaults().partners(1000).build(), 2000)).as("999,000 pairs × 2000 steps")
                .hasValueSatisfying(why -> assertThat(why).contains("meetings of pairs"));
        assertThat(RunLimits.exceeded(Configs.defaults().partners(1000).circles(Circle.CORE, Circle.RING).contacts(8).build(), 2000))
                .as("about 10,000 pairs × 2000 steps").isEmpty();
    }
}
