/**
 * Calibration: which parameter values reproduce observed patterns. {@link
 * samen.experiment.calibration.CalibrationFile} reads the file (a sweep file plus targets and a
 * method); {@link samen.experiment.calibration.Calibration} runs the method and writes what it found:
 * {@link samen.experiment.calibration.Abc} rejection over one sweep of the prior draws, or a search
 * that asks the model for batches of points ({@link samen.experiment.calibration.BatchModel}), each
 * batch a sweep ({@link samen.experiment.calibration.Evaluator}, so parallel, deterministic for the
 * master seed and resumable after a kill): {@link samen.experiment.calibration.AbcSmc} (approximate
 * Bayesian computation by sequential Monte Carlo) or {@link samen.experiment.calibration.Nsga2}
 * (NSGA-II from the MOEA Framework, one objective per target). A search run again replays the
 * batches already run, so a resumed search ends as an uninterrupted one. A target is an outcome
 * share, a final metric, or a time-series {@link samen.experiment.calibration.Feature} of each run
 * (read by {@link samen.experiment.calibration.FeatureSpec}), which {@link
 * samen.experiment.calibration.FeatureProbe} measures as the run goes into a column of the batch's
 * runs.csv.
 *
 * <p>Uses experiment, scenario and output; never cli or chart.
 */
package samen.experiment.calibration;
