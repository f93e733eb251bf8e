package samen.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * {@link Parameter#toUnit} inverts {@link Parameter#fromUnit}: a search that starts from a design's
 * points maps them into the unit cube and back to the very values the design gave, so its first
 * generation runs what the design says.
 */
class ParameterUnitProperties {

    @Property
    void aRangeValueComesBackFromItsUnitCoordinate(@ForAll @DoubleRange(min = -5, max = 5) @Scale(3) double min,
                                                   @ForAll @DoubleRange(min = 0.001, max = 10) @Scale(3) double width,
                                                   @ForAll @DoubleRange(min = 0, max = 1) double u) {
        Parameter.Range range = new Parameter.Range("x", BigDecimal.valueOf(min), BigDecimal.valueOf(min + width), false);
        String value = range.fromUnit(u);
        double back = range.toUnit(value);
        assertThat(back).isBetween(0.0, 1.0);
        assertThat(range.fromUnit(back)).isEqualTo(value);
    }

    @Property
    void aWholeNumberOrALevelLandsInTheMiddleOfItsSlice(@ForAll @IntRange(min = -20, max = 20) int min,
                                                       @ForAll @IntRange(min = 0, max = 30) int span,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double u) {
        Parameter.Range whole = new Parameter.Range("n", BigDecimal.valueOf(min), BigDecimal.valueOf(min + span), true);
        String value = whole.fromUnit(u);
        assertThat(whole.fromUnit(whole.toUnit(value))).isEqualTo(value);
        Parameter.Levels levels = new Parameter.Levels("l", List.of("a", "b", "c", "d", "e").subList(0, 1 + span % 5));
        String level = levels.fromUnit(u);
        assertThat(levels.fromUnit(levels.toUnit(level))).isEqualTo(level);
    }
}
