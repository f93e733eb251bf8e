package samen.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import samen.model.Event;
import samen.model.EventKind;

/** Each time-series feature on hand-made runs, edges included: no event, an event at step 0, a window past the end. */
class FeatureTest {

    private static final Feature.Happening REOPEN = new Feature.Happening("agreement_reopened", "");
    private static final Feature.Happening EXECUTE = new Feature.Happening("phase_change", "execute");

    private static Feature.Trace run(double[] trust, Event... events) {
        return new Feature.Trace(Map.of("mean_trust", trust), List.of(events));
    }

    private static Event event(long step, EventKind kind, String name) {
        return new Event(step, kind, name, "", "");
    }

    /** Trust 0.6 up to step 4, 0.4 from step 5 (the row of the event's step is the first to show it). */
    private static final double[] STEP_DOWN = {0.6, 0.6, 0.6, 0.6, 0.6, 0.4, 0.4, 0.4, 0.4, 0.4};

    @Test
    void changeAfterTheFirstEventIsTheMeanAfterLessTheMeanBefore() {
        Feature.Trace r = run(STEP_DOWN, event(2, EventKind.SHOCK, "x"), event(5, EventKind.AGREEMENT_REOPENED, "agree"),
                event(8, EventKind.AGREEMENT_REOPENED, "shape"));
        assertThat(new Feature.ChangeAfter(REOPEN, "mean_trust", 3).of(r)).isCloseTo(-0.2, within(1e-12));
        assertThat(new Feature.FallsAfter(new Feature.ChangeAfter(REOPEN, "mean_trust", 3)).of(r)).isEqualTo(1);
        double[] up = {0.1, 0.1, 0.2, 0.3, 0.4};
        Feature.Trace rising = run(up, event(2, EventKind.AGREEMENT_REOPENED, "agree"));
        // before: steps 0 and 1 (0.1); after: steps 2 and 3 (0.25)
        assertThat(new Feature.ChangeAfter(REOPEN, "mean_trust", 2).of(rising)).isCloseTo(0.15, within(1e-12));
        assertThat(new Feature.FallsAfter(new Feature.ChangeAfter(REOPEN, "mean_trust", 2)).of(rising)).isZero();
    }

    @Test
    void aWindowPastEitherEndIsCutShortWhereTheRunIs() {
        Feature.Trace r = run(STEP_DOWN, event(8, EventKind.AGREEMENT_REOPENED, "agree"));
        // before: steps 0..7 (five of 0.6, three of 0.4); after: steps 8 and 9 (0.4)
        double before = (5 * 0.6 + 3 * 0.4) / 8;
        assertThat(new Feature.ChangeAfter(REOPEN, "mean_trust", 50).of(r)).isCloseTo(0.4 - before, within(1e-12));
        Feature.Trace atLast = run(STEP_DOWN, event(9, EventKind.AGREEMENT_REOPENED, "agree"));
        assertThat(new Feature.ChangeAfter(REOPEN, "mean_trust", 1).of(atLast)).isCloseTo(0, within(1e-12));
    }

    @Test
    void aRunWithoutTheEventOrWithNothingBeforeItHasNoValue() {
        Feature.ChangeAfter change = new Feature.ChangeAfter(REOPEN, "mean_trust", 3);
        assertThat(change.of(run(STEP_DOWN))).isNaN();
        assertThat(change.of(run(STEP_DOWN, event(0, EventKind.AGREEMENT_REOPENED, "agree")))).as("at step 0").isNaN();
        assertThat(new Feature.FallsAfter(change).of(run(STEP_DOWN))).isNaN();
        assertThat(new Feature.FirstStep(REOPEN).of(run(STEP_DOWN))).isNaN();
        assertThat(new Feature.Happens(REOPEN).of(run(STEP_DOWN))).isZero();
    }

    @Test
    void firstStepAndHappensMatchTheKindAndTheNameWhenGiven() {
        Feature.Trace r = run(STEP_DOWN, event(0, EventKind.PHASE_CHANGE, "share"), event(3, EventKind.PHASE_CHANGE, "agree"),
                event(6, EventKind.PHASE_CHANGE, "execute"), event(7, EventKind.PHASE_CHANGE, "execute"));
        assertThat(new Feature.FirstStep(EXECUTE).of(r)).isEqualTo(6);
        assertThat(new Feature.FirstStep(new Feature.Happening("phase_change", "")).of(r)).as("at step 0 counts").isZero();
        assertThat(new Feature.Happens(EXECUTE).of(r)).isEqualTo(1);
        assertThat(new Feature.Happens(new Feature.Happening("leave", "exit")).of(r)).isZero();
        assertThat(new Feature.FirstStep(new Feature.Happening("phase_change", "shape")).of(r)).isNaN();
    }

    @Test
    void slopeIsTheLeastSquaresSlopeOverItsStepsCutShortAtTheEnd() {
        double[] line = new double[10];
        for (int s = 0; s < line.length; s++) line[s] = 0.5 - 0.01 * s + (s == 4 ? 0.3 : 0);
        assertThat(new Feature.Slope("mean_trust", 5, 100).of(run(line))).as("steps 5..9").isCloseTo(-0.01, within(1e-12));
        assertThat(new Feature.Slope("mean_trust", 0, 3).of(run(line))).isCloseTo(-0.01, within(1e-12));
        assertThat(new Feature.Slope("mean_trust", 9, 20).of(run(line))).as("one step").isNaN();
        assertThat(new Feature.Slope("mean_trust", 12, 20).of(run(line))).as("past the end").isNaN();
    }

    @Property(tries = 200)
    void aLevelSeriesNeitherChangesNorTrends(@ForAll @DoubleRange(min = 0, max = 1) double level,
                                             @ForAll @IntRange(min = 2, max = 60) int steps,
                                             @ForAll @IntRange(min = 1, max = 80) int at,
                                             @ForAll @IntRange(min = 1, max = 30) int window) {
        double[] flat = new double[steps];
        java.util.Arrays.fill(flat, level);
        Feature.Trace r = run(flat, event(at, EventKind.AGREEMENT_REOPENED, "agree"));
        double change = new Feature.ChangeAfter(REOPEN, "mean_trust", window).of(r);
        if (at < steps) assertThat(change).isCloseTo(0, within(1e-12));
        else assertThat(change).as("an event after the last row").isNaN();
        if (at < steps) assertThat(new Feature.FallsAfter(new Feature.ChangeAfter(REOPEN, "mean_trust", window)).of(r)).isZero();
        assertThat(new Feature.Slope("mean_trust", 0, steps).of(r)).isCloseTo(0, within(1e-12));
    }

    @Property(tries = 200)
    void aShiftOfTheSeriesShiftsTheMeanChangeByNothingAndScalingScalesIt(@ForAll @IntRange(min = 1, max = 19) int at,
                                                                         @ForAll @DoubleRange(min = 0.1, max = 3) double scale) {
        double[] x = new double[20];
        for (int s = 0; s < x.length; s++) x[s] = Math.sin(s * 0.7) + 0.05 * s;
        double[] y = new double[20];
        for (int s = 0; s < y.length; s++) y[s] = scale * x[s] + 7;
        Feature.ChangeAfter change = new Feature.ChangeAfter(REOPEN, "mean_trust", 4);
        Event e = event(at, EventKind.AGREEMENT_REOPENED, "agree");
        assertThat(change.of(run(y, e))).isCloseTo(scale * change.of(run(x, e)), within(1e-9));
        Feature.Slope slope = new Feature.Slope("mean_trust", 0, 19);
        assertThat(slope.of(run(y))).isCloseTo(scale * slope.of(run(x)), within(1e-9));
    }
}
