/**
 * The {@code samen} command line (picocli): {@code run}, {@code validate}, {@code new}, {@code gui},
 * {@code chart} and {@code report}, one class each. Commands are thin: they parse arguments, call
 * the scenario loader, the engine and the output
 * writers, and report. No model logic lives here.
 *
 * <p>Exit codes by meaning: 0 success; 2 bad input (an invalid scenario, an unknown option, an
 * output that exists without {@code --force}, a missing file), reported on stderr one line per
 * problem; 1 anything else, reported as one "internal error" line, with the stack trace only when
 * the environment variable {@code SAMEN_DEBUG=1} is set. {@link samen.cli.Main#execute} runs the
 * command line in-process for tests.
 *
 * <p>Uses every other package; no package uses this one.
 */
package samen.cli;
