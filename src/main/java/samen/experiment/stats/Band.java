package samen.experiment.stats;

import samen.experiment.analysis.Interval;

/**
 * A band a share should lie in, such as the 30-60% failure rate the literature reports for
 * alliances. A share is judged inside when its whole 95% Wilson interval is (an interval check:
 * equivalent to two one-sided tests at 0.025 each), so a small sample near an edge is not taken
 * as evidence.
 *
 * @param low  the band's lower end
 * @param high the band's upper end
 */
public record Band(double low, double high) {

    public Band {
        if (!(0 <= low && low < high && high <= 1)) throw new IllegalArgumentException("need 0 <= low < high <= 1");
    }

    /** Whether {@code interval} lies wholly inside the band. */
    public boolean contains(Interval interval) {
        return interval.low() >= low && interval.high() <= high;
    }
}
