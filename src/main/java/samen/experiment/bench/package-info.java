/**
 * {@code samen bench}: throughput of default-scenario runs on 1 and 2 threads, cost per
 * organisation-step against a bare loop doing the same arithmetic on plain arrays, and how run time
 * grows with partners and steps. Every figure is a ratio or rate measured in the same process, never
 * asserted in a unit test. Results and their discussion: docs/PERFORMANCE.md.
 */
package samen.experiment.bench;
