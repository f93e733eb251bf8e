package samen.output;

import java.util.Arrays;
import java.util.stream.Stream;
import samen.model.Condition;
import samen.model.Indicator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import samen.engine.StepListener;
import samen.model.Collaboration;

/** Streams {@code timeseries.csv}: one row of collaboration-level state per step, step 0 included. */
public final class TimeseriesRecorder implements StepListener, Closeable {

    private static final List<Column<Collaboration>> STATE = List.of(
            Column.whole("step", Collaboration::step),
            Column.text("phase", m -> m.phase().key()),
            Column.number("phase_progress", Collaboration::phaseProgress),
            Column.number("energy", Collaboration::energy),
            Column.number("mean_trust", Collaboration::meanTrust),
            Column.number("mean_vigilance", Collaboration::meanVigilance),
            Column.number("mutual_understanding", Collaboration::mutualUnderstanding),
            Column.number("value_created", Collaboration::valueCreated),
            Column.number("cumulative_value", Collaboration::cumulativeValue),
            Column.number("total_contribution", Collaboration::totalContribution),
            Column.whole("active_partners", Collaboration::activeCount),
            Column.whole("opportunistic_acts", Collaboration::opportunisticActs),
            Column.whole("fallbacks", Collaboration::fallbacks),
            Column.whole("reopened_agreements", Collaboration::reopenedAgreements),
            Column.whole("controllers", Collaboration::controllers),
            Column.whole("enemy_pairs", Collaboration::enemyPairs),
            Column.number("factions", Collaboration::factions),
            Column.text("weakest_condition", m -> m.weakestCondition().key()));

    /** The state, then the five conditions, then their indicators (seed 003, Table 1). */
    private static final List<Column<Collaboration>> COLUMNS = Stream.of(
            STATE.stream(),
            Arrays.stream(Condition.values()).map(c -> Column.<Collaboration>number(c.key(), m -> m.condition(c))),
            Arrays.stream(Indicator.values()).map(i -> Column.<Collaboration>number(i.key(), i::valueIn)))
            .flatMap(s -> s).toList();

    /** The columns, in file order. */
    public static final List<String> HEADER = Column.names(COLUMNS);

    private final CsvTable table;

    public TimeseriesRecorder(Path file, Provenance provenance) throws IOException {
        this.table = new CsvTable(file, provenance, HEADER);
    }

    @Override
    public void afterStep(Collaboration m) {
        table.row(Column.cells(COLUMNS, m));
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
