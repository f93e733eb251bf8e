package samen.experiment.facts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import samen.model.Outcome;

/**
 * {@code robustness.csv}: one row per scenario and horizon ({@code steps}, then {@code 2 × steps}):
 * each outcome's share and the failure share, with the total-variation distance between the two
 * horizons and the share of runs a scaled band reclassifies on the first row. Complete or absent
 * ({@link CsvFile}).
 */
public final class RobustnessCsv {

    public static final String FILE = "robustness.csv";

    private RobustnessCsv() {
    }

    public static Path write(Path dir, String comment, List<Robustness.Result> results) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "steps", "runs"));
        for (Outcome o : Outcome.values()) header.add(o.key());
        header.addAll(List.of("failure_share", "distance", "reclassified", "holds"));
        List<List<String>> rows = new ArrayList<>();
        for (Robustness.Result r : results) {
            rows.add(row(r, r.atSteps(), r.steps(), true));
            rows.add(row(r, r.atTwice(), 2 * r.steps(), false));
        }
        return CsvFile.write(dir, FILE, comment, header, rows);
    }

    private static List<String> row(Robustness.Result r, long[] counts, int steps, boolean first) {
        List<String> row = new ArrayList<>(List.of(r.scenario(), Integer.toString(steps), Integer.toString(r.reps())));
        for (Outcome o : Outcome.values()) row.add(Numbers.decimal(r.share(counts, o)));
        row.add(Numbers.decimal(r.failure(counts)));
        row.add(first ? Numbers.decimal(r.distance()) : "");
        row.add(first ? Numbers.decimal(r.reclassifiedShare()) : "");
        row.add(first ? (r.holds() ? "yes" : "no") : "");
        return row;
    }
}
