/**
 * The statistics behind stylised facts and claim tests: dose-response trend tests over ordered
 * levels (Cochran-Armitage for a share, Jonckheere-Terpstra for a measurement), two-group
 * contrasts (two-proportion z, equal to the 2x2 chi-square; Mann-Whitney as Jonckheere-Terpstra of
 * two groups), linear contrasts of independent shares (a difference of differences for an
 * interaction), whether a share's interval lies in a band, Holm's step-down correction over a
 * family; Wilson intervals are {@link samen.experiment.analysis.Interval#share}. Every test yields
 * a {@link samen.experiment.stats.ZTest}, so a claim states its expected {@link
 * samen.experiment.stats.Direction} and reads the one-sided p-value in that direction. Pure
 * functions on counts and numbers: no runs, no files.
 */
package samen.experiment.stats;
