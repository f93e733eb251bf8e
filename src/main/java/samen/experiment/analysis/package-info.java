/**
 * What a finished sweep says: outcome shares with Wilson 95% intervals and metric means with
 * t intervals, per point and per parameter value; Morris elementary effects (μ, μ*, σ) and Sobol
 * first-order and total indices (Saltelli 2010 and Jansen estimators) with bootstrap intervals.
 * Reads {@code runs.csv} as a stream; writes CSV files into {@code analysis/}.
 */
package samen.experiment.analysis;
