package samen.output;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One column of a recorded table: its name and how to read its cell from a row's source, as a
 * reporter of Mesa's DataCollector. A table is a list of columns, so adding a column is one line.
 *
 * @param numeric whether its cells are numbers (a calibration's time-series targets read only those)
 */
record Column<T>(String name, Function<T, String> cell, boolean numeric) {

    static <T> Column<T> number(String name, ToDoubleFunction<T> value) {
        return new Column<>(name, row -> Decimals.format(value.applyAsDouble(row)), true);
    }

    static <T> Column<T> whole(String name, ToLongFunction<T> value) {
        return new Column<>(name, row -> Long.toString(value.applyAsLong(row)), true);
    }

    static <T> Column<T> flag(String name, Predicate<T> value) {
        return new Column<>(name, row -> Boolean.toString(value.test(row)), false);
    }

    static <T> Column<T> text(String name, Function<T, String> value) {
        return new Column<>(name, value, false);
    }

    static <T> List<String> names(List<Column<T>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    static <T> String[] cells(List<Column<T>> columns, T row) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = columns.get(i).cell().apply(row);
        return cells;
    }
}
