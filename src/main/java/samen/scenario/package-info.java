/**
 * Scenario files: YAML text to a validated, immutable {@link samen.scenario.Scenario}.
 *
 * <p>One declarative description of the format ({@code ScenarioFormat}: key, type, range,
 * default, one-line doc per field) drives everything else here: validation and defaults
 * ({@link samen.scenario.ScenarioLoader}), the canonical form and its hash
 * ({@link samen.scenario.Scenario#toCanonicalYaml()}), the JSON Schema editors use
 * ({@link samen.scenario.ScenarioSchema}) and the commented starter file
 * ({@link samen.scenario.ScenarioTemplate}). Change a range or a default there and all four follow.
 *
 * <p>Loading is safe by construction: the YAML is parsed into snakeyaml-engine's node tree under
 * size, alias and nesting limits, tags are refused, and no object is ever constructed from the
 * text. Every mistake a student can make is reported as a located {@link samen.scenario.Problem}
 * ({@code file:line:column: key.path: what is wrong; allowed: what is allowed}), all of them at
 * once, in a {@link samen.scenario.ScenarioException}. Each message is a
 * {@link samen.scenario.Message}: a key of {@code messages.properties} (English) and
 * {@code messages_nl.properties} (Dutch, in the words of the seeds) with its arguments, put into
 * words in the language of the command's {@code --lang} only when it is shown.
 */
package samen.scenario;
