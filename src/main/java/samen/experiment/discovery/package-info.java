/**
 * Scenario discovery on a finished sweep: which combinations of parameter values lead to an outcome
 * of interest. {@link samen.experiment.discovery.Prim} (the Patient Rule Induction Method of Friedman
 * and Fisher 1999, as the EMA Workbench uses it: peeling, pasting, the coverage-density trajectory
 * and quasi-p-values of the box limits) over the varied parameters of {@code runs.csv}, read by
 * {@link samen.experiment.discovery.DiscoveryData}.
 *
 * <p>Uses experiment and output; never cli or chart.
 */
package samen.experiment.discovery;
