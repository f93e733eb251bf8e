package samen.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import samen.model.Condition;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;
import samen.output.EventRecord;
import samen.output.NeglectWatch;
import samen.output.RunFacts;

/**
 * What a run directory holds, read from its files: the time series, the partners' final standing,
 * the final trust network, the events (when the run recorded them) and the scenario. Charts of a
 * run draw only from this, so they work for any run directory samen wrote.
 *
 * @param dir          the run directory
 * @param provenance   the comment line of {@code timeseries.csv}: version, scenario, hash, seed
 * @param steps        the step of each row of {@code timeseries.csv}
 * @param phases       the phase key of each row
 * @param series       every numeric column of {@code timeseries.csv} by name, in file order
 * @param partners     the partners in scenario order, from {@code summary.json}
 * @param relations    the ordered pairs of {@code relations.csv}; empty above {@link #NETWORK_PARTNERS} partners
 * @param events       the rows of {@code events.csv}, empty when there is none
 * @param summary      {@code summary.json} as read
 * @param scenarioYaml {@code scenario.yaml}, or "" when missing
 */
public record RunData(Path dir, String provenance, double[] steps, List<String> phases, Map<String, double[]> series,
                      List<Partner> partners, List<Relation> relations, List<EventRecord> events,
                      JsonNode summary, String scenarioYaml) {

    /**
     * Above this many partners the trust network is not drawn and relations.csv not read: its
     * ties (n × (n - 1)) would be a tangle on the page and, at 1,000 partners, a million rows in
     * memory and a report of 300 MB. relations.csv keeps every pair for analysis.
     */
    public static final int NETWORK_PARTNERS = 60;

    /** Files that make a directory a run directory. */
    public static final List<String> MARKERS = List.of("summary.json", "timeseries.csv");

    /** The five condition columns, drawn when the run has them (runs of samen before 0.2 do not). */
    public static final List<String> CONDITIONS = Arrays.stream(Condition.values()).map(Condition::key).toList();

    /** Columns every timeseries.csv has; the rest are drawn when present. */
    private static final String[] REQUIRED = {"step", "phase", "mean_trust", "mean_vigilance", "energy", "value_created"};

    /** One partner at the end of the run. */
    public record Partner(String name, double power, double cumulativePayoff, double alternativeValue,
                          double relativeGain, double surplusRate, String standing, boolean active) {
    }

    /** How {@code from} sees {@code to} at the end of the run. */
    public record Relation(String from, String to, double trust, double vigilance, String quadrant) {
    }

    public static boolean isRunDirectory(Path dir) {
        return MARKERS.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    /**
     * Reads a run directory.
     *
     * @param display how messages name the directory
     * @throws ScenarioException when a file is missing or malformed (located)
     */
    public static RunData read(Path dir, String display) throws IOException, ScenarioException {
        Table ts = Table.read(dir.resolve("timeseries.csv"), display + "/timeseries.csv")
                .require(REQUIRED);
        // Numeric columns by name; text columns (phase, weakest_condition) are left out, but a
        // column the charts draw must hold numbers, and a cell that does not is reported.
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String column : ts.header()) {
            boolean drawn = List.of(REQUIRED).contains(column) || CONDITIONS.contains(column);
            if (column.equals("phase")) continue;
            if (drawn) {
                series.put(column, ts.numbers(column));
            } else {
                ts.numbersIfAll(column).ifPresent(values -> series.put(column, values));
            }
        }
        JsonNode summary = Json.read(dir.resolve("summary.json"), display + "/summary.json");
        List<Partner> partners = new ArrayList<>();
        for (JsonNode p : summary.path("partners")) {
            partners.add(new Partner(p.path("name").asText(), p.path("power").asDouble(),
                    p.path("cumulative_payoff").asDouble(), p.path("alternative_value").asDouble(),
                    p.path("relative_gain").asDouble(), p.path("surplus_rate").asDouble(p.path("relative_gain").asDouble()),
                    p.path("outcome_for_partner").asText(),
                    p.path("active").asBoolean(true)));
        }
        if (partners.isEmpty()) {
            throw new ScenarioException(List.of(new Problem(display + "/summary.json", 0, 0, "partners",
                    "no partners; allowed: a summary.json written by samen run")));
        }
        List<Relation> relations = new ArrayList<>();
        if (partners.size() <= NETWORK_PARTNERS) {
            Table rel = Table.read(dir.resolve("relations.csv"), display + "/relations.csv")
                    .require("from", "to", "trust", "vigilance", "quadrant");
            double[] trust = rel.numbers("trust");
            double[] vigilance = rel.numbers("vigilance");
            for (int i = 0; i < rel.size(); i++) {
                relations.add(new Relation(rel.text(i, "from"), rel.text(i, "to"), trust[i], vigilance[i], rel.text(i, "quadrant")));
            }
        }
        List<EventRecord> events = new ArrayList<>();
        var ev = Table.readIfPresent(dir.resolve("events.csv"), display + "/events.csv");
        if (ev.isPresent()) {
            Table t = ev.get().require("step", "kind", "name", "subject", "detail");
            double[] step = t.numbers("step");
            for (int i = 0; i < t.size(); i++) {
                events.add(new EventRecord((long) step[i], t.text(i, "kind"), t.text(i, "name"), t.text(i, "subject"), t.text(i, "detail")));
            }
        }
        Path yaml = dir.resolve("scenario.yaml");
        String scenario;
        try {
            scenario = Files.isRegularFile(yaml) ? Files.readString(yaml, StandardCharsets.UTF_8) : "";
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(List.of(new Problem(display + "/scenario.yaml", 0, 0, "",
                    "not UTF-8 text; allowed: a file samen wrote")));
        }
        return new RunData(dir, ts.comment(), series.get("step"), ts.texts("phase"), series, partners, relations, events, summary, scenario);
    }

    public double[] series(String column) {
        return series.get(column);
    }

    public boolean has(String column) {
        return series.containsKey(column);
    }

    /** The condition columns this run has (none before issue #3). */
    public List<String> conditions() {
        return CONDITIONS.stream().filter(this::has).toList();
    }

    public long lastStep() {
        return steps.length == 0 ? 0 : (long) steps[steps.length - 1];
    }

    public String scenarioName() {
        return summary.path("scenario").path("name").asText("");
    }

    public long seed() {
        return summary.path("seed").asLong();
    }

    public String version() {
        return summary.path("samen_version").asText("");
    }

    public String outcome() {
        return summary.path("outcome").asText("");
    }


    /** What the story of this run is told from: its events, its partners and its conditions step by step. */
    public RunFacts facts() {
        NeglectWatch neglect = new NeglectWatch();
        for (int i = 0; i < steps.length; i++) {
            Map<String, Double> levels = new LinkedHashMap<>();
            for (String condition : CONDITIONS) if (series.containsKey(condition)) levels.put(condition, series.get(condition)[i]);
            neglect.observe((long) steps[i], levels);
        }
        String weakest = summary.path("weakest_condition").asText();
        double level = summary.path("metrics").path(weakest).asDouble(neglect.level(weakest));
        return new RunFacts(outcome(), summary.path("steps_run").asLong(), events, weakest, level, neglect.neglectedSince(weakest));
    }
}
