package samen.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;

/**
 * What a sweep directory holds (issue #4's contract): one row per run in {@code runs.csv} with the
 * values of the varied parameters, the outcome and the final metrics; the design in
 * {@code sweep.json}; and, once {@code samen analyze} ran, the sensitivity indices in
 * {@code analysis/morris.csv} and {@code analysis/sobol.csv}.
 *
 * @param dir        the sweep directory
 * @param provenance the comment line of {@code runs.csv}
 * @param sweep      {@code sweep.json} as read
 * @param parameters the values each varied parameter took, by key path, in column order (text,
 *                   since a parameter may be a choice such as {@code power.distribution})
 * @param outcomes   the outcome of each run ({@code error} for a run that failed)
 * @param metrics    every final metric by name, in column order (NaN for a failed run)
 * @param morris     rows of {@code analysis/morris.csv}, empty when absent
 * @param sobol      rows of {@code analysis/sobol.csv}, empty when absent
 * @param remarks    rows of {@code analysis/notes.csv}, empty when absent
 */
public record SweepData(Path dir, String provenance, JsonNode sweep, Map<String, List<String>> parameters,
                        List<String> outcomes, Map<String, double[]> metrics, List<Morris> morris, List<Sobol> sobol,
                        List<Remark> remarks) {

    /** Files that make a directory a sweep directory. */
    public static final List<String> MARKERS = List.of("sweep.json", "runs.csv");

    /** One parameter's elementary effects on one metric. */
    public record Morris(String metric, String parameter, double muStar, double sigma, double muStarLow, double muStarHigh) {
    }

    /** One parameter's Sobol indices for one metric, with 95% intervals. */
    public record Sobol(String metric, String parameter, double s1, double s1Low, double s1High,
                       double st, double stLow, double stHigh) {
    }

    /** A row of {@code analysis/notes.csv}: an output that never varies, or a warning about the sample. */
    public record Remark(String kind, String subject, String text) {
    }

    public static boolean isSweepDirectory(Path dir) {
        return MARKERS.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    public static SweepData read(Path dir, String display) throws IOException, ScenarioException {
        JsonNode sweep = Json.read(dir.resolve("sweep.json"), display + "/sweep.json");
        Table runs = Table.read(dir.resolve("runs.csv"), display + "/runs.csv")
                .require("run_id", "point_id", "replication", "seed", "outcome", "phase_reached", "error");
        List<String> header = runs.header();
        int seed = header.indexOf("seed");
        int outcome = header.indexOf("outcome");
        int phase = header.indexOf("phase_reached");
        int error = header.indexOf("error");
        if (!(seed < outcome && outcome < phase && phase < error)) {
            throw new ScenarioException(List.of(new Problem(display + "/runs.csv", 2, 1, "",
                    "columns out of order; allowed: run_id,point_id,replication,seed,<parameters>,outcome,"
                            + "phase_reached,<metrics>,error")));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String p : header.subList(seed + 1, outcome)) parameters.put(p, runs.texts(p));
        Map<String, double[]> metrics = new LinkedHashMap<>();
        for (String m : header.subList(phase + 1, error)) metrics.put(m, runs.numbers(m));
        List<Morris> morris = new ArrayList<>();
        Optional<Table> m = Table.readIfPresent(dir.resolve("analysis/morris.csv"), display + "/analysis/morris.csv");
        if (m.isPresent()) {
            Table t = m.get().require("metric", "parameter", "mu_star", "sigma", "mu_star_ci_low", "mu_star_ci_high");
            for (int i = 0; i < t.size(); i++) {
                morris.add(new Morris(t.text(i, "metric"), t.text(i, "parameter"), t.number(i, "mu_star"),
                        t.number(i, "sigma"), t.number(i, "mu_star_ci_low"), t.number(i, "mu_star_ci_high")));
            }
        }
        List<Sobol> sobol = new ArrayList<>();
        Optional<Table> s = Table.readIfPresent(dir.resolve("analysis/sobol.csv"), display + "/analysis/sobol.csv");
        if (s.isPresent()) {
            Table t = s.get().require("metric", "parameter", "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high");
            for (int i = 0; i < t.size(); i++) {
                sobol.add(new Sobol(t.text(i, "metric"), t.text(i, "parameter"), t.number(i, "s1"),
                        t.number(i, "s1_ci_low"), t.number(i, "s1_ci_high"), t.number(i, "st"),
                        t.number(i, "st_ci_low"), t.number(i, "st_ci_high")));
            }
        }
        List<Remark> remarks = new ArrayList<>();
        Optional<Table> n = Table.readIfPresent(dir.resolve("analysis/notes.csv"), display + "/analysis/notes.csv");
        if (n.isPresent()) {
            Table t = n.get().require("kind", "subject", "note");
            for (int i = 0; i < t.size(); i++) remarks.add(new Remark(t.text(i, "kind"), t.text(i, "subject"), t.text(i, "note")));
        }
        return new SweepData(dir, runs.comment(), sweep, parameters, runs.texts("outcome"), metrics, morris, sobol, remarks);
    }

    public int runs() {
        return outcomes.size();
    }

    public String name() {
        return sweep.path("name").asText(dir.getFileName().toString());
    }

    public String design() {
        return sweep.path("design").path("type").asText("");
    }

    public String masterSeed() {
        return sweep.path("master_seed").asText("");
    }

    public String version() {
        return sweep.path("version").asText("");
    }

}
