/**
 * Charts of runs and sweeps, drawn from the files the CLI writes (never from a live model), so
 * they serve old and new results alike: a run directory ({@code timeseries.csv},
 * {@code organisations.csv}, {@code relations.csv}, {@code summary.json}, {@code events.csv} when
 * present, and a workshop session's {@code decisions.csv} for the report's debrief) or a sweep directory ({@code runs.csv}, {@code sweep.json}, {@code analysis/*.csv}); and
 * the one-at-a-time response curves of {@code samen facts --oat}, handed over as
 * {@link samen.chart.ResponseCurve} values.
 *
 * <p>Every chart is our own JFreeChart 1.5 code (MASON 18's chart package needs JFreeChart 1.0),
 * written as PNG ({@code ChartUtils}) or SVG (JFreeSVG); {@link samen.chart.Report} puts the SVGs
 * into one self-contained HTML file. {@link samen.chart.Palette} holds the one colour per outcome,
 * quadrant and condition that every chart and the GUI use; {@link samen.chart.Labels} the English
 * and Dutch words.
 *
 * <p>Uses model (for the order and Dutch names of phases, outcomes, quadrants), scenario (located
 * problems for malformed files) and output (version); never cli or gui.
 */
package samen.chart;
