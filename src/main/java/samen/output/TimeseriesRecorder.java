package samen.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import samen.engine.StepListener;
import samen.model.Collaboration;

/** Streams {@code timeseries.csv}: one row of collaboration-level state per step, step 0 included. */
public final class TimeseriesRecorder implements StepListener, Closeable {

    /** The columns, in file order. */
    public static final List<String> HEADER = List.of(
            "step", "phase", "phase_progress", "energy", "mean_trust", "mean_vigilance",
            "value_created", "cumulative_value", "total_contribution", "active_partners",
            "opportunistic_acts", "fallbacks");

    private final CsvTable table;

    public TimeseriesRecorder(Path file, Provenance provenance) throws IOException {
        this.table = new CsvTable(file, provenance, HEADER);
    }

    @Override
    public void afterStep(Collaboration m) {
        table.row(
                CsvTable.cell(m.step()),
                m.phase().key(),
                CsvTable.cell(m.phaseProgress()),
                CsvTable.cell(m.energy()),
                CsvTable.cell(m.meanTrust()),
                CsvTable.cell(m.meanVigilance()),
                CsvTable.cell(m.valueCreated()),
                CsvTable.cell(m.cumulativeValue()),
                CsvTable.cell(m.totalContribution()),
                CsvTable.cell(m.activeCount()),
                CsvTable.cell(m.opportunisticActs()),
                CsvTable.cell(m.fallbacks()));
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
