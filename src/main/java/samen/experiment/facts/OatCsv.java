package samen.experiment.facts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import samen.model.Outcome;
import samen.output.Decimals;

/**
 * {@code oat.csv}: one row per parameter value: the runs, each outcome's share, the failure share
 * and the change from the previous value; the largest jump of each curve is marked, and flagged as a
 * cliff above {@link OatCurves#CLIFF}. Complete or absent ({@link CsvFile}).
 */
public final class OatCsv {

    public static final String FILE = "oat.csv";

    private OatCsv() {
    }

    public static Path write(Path dir, String comment, List<OatCurves.Curve> curves) throws IOException {
        List<String> header = new ArrayList<>(List.of("parameter", "key", "value", "runs"));
        for (Outcome o : Outcome.values()) header.add(o.key());
        header.addAll(List.of("failure_share", "jump", "max_jump", "cliff"));
        List<List<String>> rows = new ArrayList<>();
        for (OatCurves.Curve c : curves) {
            int jumpAt = c.jumpAt();
            for (int v = 0; v < c.failure().length; v++) {
                List<String> row = new ArrayList<>(List.of(c.parameter().name(), c.parameter().key(),
                        c.parameter().values().get(v), Integer.toString(c.reps())));
                for (Outcome o : Outcome.values()) row.add(Decimals.format(c.share(v, o)));
                row.add(Decimals.format(c.failure()[v]));
                row.add(v == 0 ? "" : Decimals.format(c.failure()[v] - c.failure()[v - 1]));
                boolean largest = v == jumpAt + 1;
                row.add(largest ? Decimals.format(c.maxJump()) : "");
                row.add(largest && c.cliff() ? "yes" : "");
                rows.add(row);
            }
        }
        return CsvFile.write(dir, FILE, comment, header, rows);
    }
}
