package samen.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sweep, checked and immutable: which scenario, which parameters over which design, how many
 * replications of each point and the master seed every run's seed derives from. Read one with
 * {@link SweepFile} or build the quick form with {@link QuickSweep}.
 *
 * @param scenarioFile  the base scenario, absolute
 * @param scenarioLabel the base scenario as the sweep names it (relative to the sweep file)
 * @param text          the sweep file's text, which the sweep directory keeps a copy of
 */
public record SweepSpec(String name, Path scenarioFile, String scenarioLabel, long masterSeed, int replications,
                        DesignSpec design, List<Parameter> parameters, String text) {

    public SweepSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(design, "design");
        parameters = List.copyOf(parameters);
        if (replications < 1) throw new IllegalArgumentException("replications < 1");
        Objects.requireNonNull(text, "text");
    }

    /** A sweep without a file of its own (the quick form): its text is an equivalent sweep file. */
    public SweepSpec(String name, Path scenarioFile, String scenarioLabel, long masterSeed, int replications,
                     DesignSpec design, List<Parameter> parameters) {
        this(name, scenarioFile, scenarioLabel, masterSeed, replications, design, parameters,
                SweepInputs.asSweepFile(name, masterSeed, replications, design, parameters));
    }

    public Design newDesign() {
        return Design.of(design, parameters, masterSeed);
    }

    /**
     * The sweep's name as a directory name: letters, digits, spaces, dots, dashes and underscores
     * kept, anything else (a slash, {@code ..}) turned into a dash, leading dots and dashes dropped,
     * so {@code name: ../../escaped} stays inside {@code sweeps/}.
     */
    public String directoryName() {
        String safe = name.replaceAll("[^\\p{L}\\p{N} ._-]+", "-").replaceAll("^[.\\- ]+", "").strip();
        if (safe.length() > 80) safe = safe.substring(0, 80).strip();
        return safe.isEmpty() ? "sweep" : safe;
    }

    public List<String> keys() {
        return parameters.stream().map(Parameter::key).toList();
    }
}
