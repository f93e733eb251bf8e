/**
 * Calibration: which parameter values reproduce observed patterns. {@link
 * samen.experiment.calibration.Calibration} runs a calibration file's prior draws as a sweep (so it is
 * parallel, deterministic for the master seed and resumable after a kill) and keeps the draws closest
 * to the targets ({@link samen.experiment.calibration.Abc}: approximate Bayesian computation by
 * rejection). A multi-objective search (NSGA-II) is not part of it yet.
 *
 * <p>Uses experiment, scenario and output; never cli or chart.
 */
package samen.experiment.calibration;
