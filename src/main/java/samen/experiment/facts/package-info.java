/**
 * Stylised facts of the literature on alliances and collaborative governance, as data, and the
 * one-at-a-time response curves of the main parameters. A {@link samen.experiment.facts.Fact}
 * names its source, varies one factor of the base scenario over ordered levels through
 * {@code --set} overrides, and says which way a response (the {@link samen.experiment.facts.Failure}
 * share, the win-win share or a run metric) should move; {@link samen.experiment.facts.FactsRun}
 * runs every level's seeds 0..N-1 in-process and in parallel (results do not depend on the thread
 * count), tests the trend with {@code samen.experiment.stats} and corrects the family with Holm.
 * {@link samen.experiment.facts.OatCurves} sweeps each main parameter over 11 values of its allowed
 * range. No printing: the CLI reports.
 */
package samen.experiment.facts;
