package samen.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inputs a sweep directory keeps beside its results, so a reviewer needs nothing else: the sweep
 * file ({@code sweep.yaml}, a verbatim copy; for the quick form an equivalent sweep file) and the base
 * scenario ({@code base_scenario.yaml}, the text the sweep read, which {@code samen run --from}
 * runs again); for a points design also its points ({@code points.csv}).
 */
final class SweepInputs {

    static final String SWEEP_FILE = "sweep.yaml";
    static final String BASE_SCENARIO = "base_scenario.yaml";
    static final String POINTS = "points.csv";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.+-]+");

    private SweepInputs() {
    }

    /** Writes both files into {@code dir}, each via a temporary file and a rename. */
    static void write(Path dir, SweepSpec spec, String baseText) throws IOException {
        write(dir.resolve(SWEEP_FILE), spec.text());
        write(dir.resolve(BASE_SCENARIO), baseText);
        if (spec.design().type() == DesignSpec.Type.POINTS) {
            write(dir.resolve(POINTS), PointsCsv.text(spec.keys(), spec.design().rows()));
        }
    }

    /** Copies both files (those present) from one sweep directory into another. */
    static void copy(Path from, Path to) throws IOException {
        for (String name : List.of(SWEEP_FILE, BASE_SCENARIO, POINTS)) {
            if (Files.isRegularFile(from.resolve(name))) Files.copy(from.resolve(name), to.resolve(name));
        }
    }

    /**
     * A sweep file that describes the sweep, with its base scenario the copy beside it: what the
     * quick form keeps, so {@code samen sweep DIR/sweep.yaml --out OTHER} runs the same sweep again.
     */
    static String asSweepFile(String name, long masterSeed, int replications, DesignSpec design, List<Parameter> parameters) {
        StringBuilder y = new StringBuilder("# The sweep as a sweep file; `samen sweep THIS_FILE --out DIR` runs it again.\n");
        y.append("name: ").append(scalar(name)).append('\n');
        y.append("scenario: ").append(BASE_SCENARIO).append('\n');
        y.append("master_seed: ").append(masterSeed).append('\n');
        y.append("replications: ").append(replications).append('\n');
        y.append("design: ").append(switch (design.type()) {
            case GRID -> "grid";
            case LHS, SOBOL -> "{type: " + design.type().key() + ", samples: " + design.samples() + "}";
            case MORRIS -> "{type: morris, trajectories: " + design.trajectories() + ", levels: " + design.levels() + "}";
            case POINTS -> "{type: points, file: " + POINTS + "}";
        }).append('\n');
        if (design.type() == DesignSpec.Type.POINTS) return y.toString(); // the parameters are the CSV's header
        y.append(parameters.isEmpty() ? "parameters: {}\n" : "parameters:\n");
        for (Parameter p : parameters) {
            y.append("  ").append(p.key()).append(": ");
            if (p instanceof Parameter.Levels levels) {
                y.append('[').append(String.join(", ", levels.values().stream().map(SweepInputs::scalar).toList())).append(']');
            } else if (p instanceof Parameter.Range range) {
                String min = range.min().toPlainString();
                String max = range.max().toPlainString();
                y.append("{min: ").append(range.whole() ? min : decimal(min)).append(", max: ")
                        .append(range.whole() ? max : decimal(max)).append('}');
            }
            y.append('\n');
        }
        return y.toString();
    }

    /** A number written with a decimal point, so a continuous range stays continuous when read back. */
    private static String decimal(String number) {
        return number.contains(".") ? number : number + ".0";
    }

    private static String scalar(String value) {
        if (PLAIN.matcher(value).matches()) return value;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
