/**
 * Writes what a run produced, for people and for analysis, without the model knowing: recorders
 * are {@link samen.engine.StepListener}s that read the model after every step (as Mesa's
 * DataCollector does).
 *
 * <p>A run directory holds {@code timeseries.csv}, {@code organisations.csv} (long format, one row
 * per organisation per step), {@code relations.csv} (final trust and vigilance per ordered pair),
 * {@code summary.json} and {@code scenario.yaml} (the resolved scenario, so
 * {@code samen run DIR/scenario.yaml --seed S} reproduces the run). Every file carries the samen
 * version, the scenario's name and SHA-256, and the seed; CSV files do so in a first comment line
 * starting with {@code #}, which pandas skips with {@code pd.read_csv(path, comment="#")}.
 *
 * <p>Files are byte-reproducible: numbers go through {@link samen.output.Decimals}, line endings are
 * LF, text is UTF-8. A run directory appears complete or not at all ({@link
 * samen.output.OutputDirectory}), lists what samen wrote in it ({@link samen.output.Manifest}, so
 * {@code --force} deletes nothing else), and single files are replaced whole through temporary names
 * that are never followed through a link ({@link samen.output.AtomicFile}). docs/RELIABILITY.md
 * states these promises and their tests.
 *
 * <p>It also says what a run means to people: {@link samen.output.RunStory} tells why a run ended
 * as it did from its event log ({@link samen.output.EventRecord}) and final state
 * ({@link samen.output.RunFacts}), and {@link samen.output.Vocabulary} holds the one English and
 * Dutch vocabulary that the summary, report, charts and GUI share.
 *
 * <p>Uses model, engine and scenario; never cli.
 */
package samen.output;
