package samen.output;

import java.util.Arrays;
import java.util.stream.Stream;
import samen.model.Condition;
import samen.model.Indicator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
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

    /** The columns that hold numbers, other than {@code step}: what a time-series feature can follow. */
    public static final List<String> NUMBERS = COLUMNS.stream().filter(c -> c.numeric() && !c.name().equals("step"))
            .map(Column::name).toList();

    private final CsvTable table;

    public TimeseriesRecorder(Path file, Provenance provenance) throws IOException {
        this.table = new CsvTable(file, provenance, HEADER);
    }

    @Override
    public void afterStep(Collaboration m) {
        table.row(cells(m));
    }

    /** One row's cells, in {@link #HEADER} order (sweeps write them into their own long-format file). */
    public static String[] cells(Collaboration m) {
        return Column.cells(COLUMNS, m);
    }

    /**
     * Reads one numeric column's value as the file holds it (rounded to {@link Decimals#SCALE}
     * decimals), so what is computed from it matches what is computed from {@code timeseries.csv}.
     *
     * @throws IllegalArgumentException for a name not in {@link #NUMBERS}
     */
    public static ToDoubleFunction<Collaboration> number(String column) {
        if (!NUMBERS.contains(column)) throw new IllegalArgumentException(column + " is not a numeric column of timeseries.csv");
        Function<Collaboration, String> cell = COLUMNS.get(HEADER.indexOf(column)).cell();
        return m -> Double.parseDouble(cell.apply(m));
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
