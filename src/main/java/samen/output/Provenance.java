package samen.output;

import java.util.Objects;
import samen.scenario.Scenario;

/**
 * What every output file says about where it came from: enough to reproduce it.
 *
 * @param samenVersion the samen version that wrote it
 * @param scenarioName the scenario's name
 * @param scenarioHash SHA-256 of the resolved scenario
 * @param scenarioFile the scenario file as the user named it
 * @param seed         the random seed of the run
 * @param invocation   the command that made it, when and on what software (summary.json only)
 */
public record Provenance(String samenVersion, String scenarioName, String scenarioHash, String scenarioFile,
                         long seed, Invocation invocation) {

    public Provenance {
        Objects.requireNonNull(samenVersion, "samenVersion");
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioHash, "scenarioHash");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(invocation, "invocation");
    }

    /** Provenance of a run of {@code scenario} (with its own seed) by this samen version. */
    public static Provenance of(Scenario scenario, String scenarioFile, Invocation invocation) {
        return new Provenance(Version.get(), scenario.name(), scenario.hash(), scenarioFile, scenario.seed(), invocation);
    }

    /**
     * The first line of every CSV file, without the comment marker:
     * {@code samen 0.1.0 scenario=default scenario_sha256=ab12... seed=42}.
     */
    public String csvComment() {
        return "samen " + samenVersion + " scenario=" + scenarioName.replaceAll("\\s+", "_")
                + " scenario_sha256=" + scenarioHash + " seed=" + seed;
    }
}
