package samen.experiment;

import java.util.ArrayList;
import java.util.List;
import samen.output.Version;

/** The columns and the provenance line of the files of a sweep. */
public final class SweepColumns {

    /** The outcome of a run that threw. */
    public static final String ERROR_OUTCOME = "error";
    public static final String RUN_ID = "run_id";
    public static final String POINT_ID = "point_id";
    public static final String REPLICATION = "replication";
    public static final String SEED = "seed";
    public static final String OUTCOME = "outcome";
    public static final String PHASE_REACHED = "phase_reached";
    public static final String ERROR = "error";

    private SweepColumns() {
    }

    /** run_id, point_id, replication, seed, the parameters, outcome, phase_reached, the metrics, error. */
    public static List<String> runs(List<String> keys, List<String> metrics) {
        List<String> header = new ArrayList<>(List.of(RUN_ID, POINT_ID, REPLICATION, SEED));
        header.addAll(keys);
        header.add(OUTCOME);
        header.add(PHASE_REACHED);
        header.addAll(metrics);
        header.add(ERROR);
        return header;
    }

    static int count(List<String> keys, List<String> metrics) {
        return keys.size() + metrics.size() + 7;
    }

    /** The columns of {@code organisation_finals.csv}: one row per run and partner, as summary.json's partners. */
    public static List<String> organisations() {
        return List.of(RUN_ID, "organisation", "active", "power", "cumulative_payoff", "alternative_value", "relative_gain",
                "surplus_rate", "standing", "joined");
    }

    /** The columns of {@code event_counts.csv}: one row per run and kind of event that happened in it. */
    public static List<String> events() {
        return List.of(RUN_ID, "kind", "name", "count");
    }


    /** {@code # samen 0.1.0 sweep=name base_scenario_sha256=... master_seed=42}, with its LF. */
    public static String provenance(String sweepName, String baseHash, long masterSeed) {
        return "# samen " + Version.get() + " sweep=" + sweepName.replaceAll("\\s+", "_")
                + " base_scenario_sha256=" + baseHash + " master_seed=" + masterSeed + "\n";
    }
}
