package samen.engine;

/**
 * One partner at the end of a run.
 *
 * @param name             the organisation's name
 * @param power            its actual share of power
 * @param cumulativePayoff what the collaboration gave it beyond its stand-alone alternative,
 *                         summed over the run (negative: it would have done better alone)
 * @param alternativeValue what its stand-alone alternative was worth over the same steps
 * @param relativeGain     cumulativePayoff / alternativeValue
 * @param surplusRate      its recent surplus per unit of what it puts at stake, the basis of its
 *                         standing and of the outcome (see {@code Organisation#surplusRate})
 * @param active           false when it left the collaboration, or never came to the table
 * @param joined           false for a partner that never came to the table (a candidate success did not
 *                         draw, or a newcomer due after the run stopped): neither at the table nor gone
 */
public record PartnerResult(String name, double power, double cumulativePayoff, double alternativeValue,
                            double relativeGain, double surplusRate, boolean active, boolean joined) {
}
