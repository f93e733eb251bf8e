/**
 * Experiments at research scale: a sweep file or {@code --vary} options become an immutable
 * {@link samen.experiment.SweepSpec}; a {@link samen.experiment.Design} (grid, Latin hypercube,
 * Morris, Saltelli/Sobol) turns it into points; the {@link samen.experiment.SweepRunner} runs every
 * point's replications on a thread pool and streams one row per run to {@code runs.csv}, in run id
 * order, through a bounded reorder window, with fsync'd checkpoints so a killed sweep resumes to
 * the same bytes. Run seeds come from the master seed and the run id only
 * ({@link samen.experiment.RunSeeds}), so threads, shards and resumes never change a row. A
 * {@link samen.experiment.RunProbe} adds columns measured on each run as it goes (a calibration's
 * time-series targets).
 * {@link samen.experiment.Merge} joins shards. Analysis lives in {@code samen.experiment.analysis},
 * the benchmark in {@code samen.experiment.bench}, trend tests and Holm in
 * {@code samen.experiment.stats}, stylised facts and response curves in
 * {@code samen.experiment.facts}. No printing: the CLI reports.
 */
package samen.experiment;
