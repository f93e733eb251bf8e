package samen.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;

/**
 * One CSV file that samen wrote, read whole: the {@code # samen ...} provenance comment, the header
 * and the rows as text. Numbers are parsed on request, and a cell that is not one is reported with
 * its file, line and column, as a scenario problem is.
 */
final class Table {

    private final String source;
    private final String comment;
    private final List<String> header;
    private final List<CSVRecord> rows;

    private Table(String source, String comment, List<String> header, List<CSVRecord> rows) {
        this.source = source;
        this.comment = comment;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads {@code file}; {@code source} is how messages name it.
     *
     * @throws ScenarioException when it is not a CSV file with a header
     */
    static Table read(Path file, String source) throws IOException, ScenarioException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<CSVRecord> rows = parser.getRecords();
            String comment = parser.getHeaderComment();
            return new Table(source, comment == null ? "" : comment.strip(), List.copyOf(parser.getHeaderNames()), rows);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ScenarioException(List.of(new Problem(source, 0, 0, "",
                    "not a CSV file with a header (" + reason(e) + "); allowed: a file samen wrote")));
        }
    }

    /** Reads {@code file} if it exists. */
    static Optional<Table> readIfPresent(Path file, String source) throws IOException, ScenarioException {
        return Files.isRegularFile(file) ? Optional.of(read(file, source)) : Optional.empty();
    }

    String source() {
        return source;
    }

    /** The provenance line without its {@code #}, or "" when the file has none. */
    String comment() {
        return comment;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** Fails unless every one of {@code columns} is there. */
    Table require(String... columns) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        for (String column : columns) {
            if (!has(column)) {
                problems.add(new Problem(source, headerLine(), 1, column,
                        "missing column; allowed: a file with the columns " + String.join(", ", columns)));
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return this;
    }

    String text(int row, String column) {
        CSVRecord r = rows.get(row);
        return r.isSet(column) ? r.get(column) : "";
    }

    List<String> texts(String column) {
        List<String> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) values.add(text(i, column));
        return values;
    }

    /**
     * The numbers in {@code column}; an empty cell is NaN (a run that failed has no metrics).
     *
     * @throws ScenarioException naming the first cell that is not a number
     */
    double[] numbers(String column) throws ScenarioException {
        double[] values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) values[i] = number(i, column);
        return values;
    }

    /** The numbers in {@code column}, or empty when a cell is not a number (a text column). */
    Optional<double[]> numbersIfAll(String column) {
        try {
            return Optional.of(numbers(column));
        } catch (ScenarioException e) {
            return Optional.empty();
        }
    }

    double number(int row, String column) throws ScenarioException {
        String cell = text(row, column).strip();
        if (cell.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            CSVRecord r = rows.get(row);
            throw new ScenarioException(List.of(new Problem(source, (int) r.getRecordNumber() + headerLine(),
                    column(r, header.indexOf(column)), column, "'" + cell + "' is not a number; allowed: a number")));
        }
    }

    /** The header is on line 2 under a provenance comment, else on line 1. */
    private int headerLine() {
        return comment.isEmpty() ? 1 : 2;
    }

    /** 1-based character column of field {@code index}, counting the fields before it as written. */
    private static int column(CSVRecord r, int index) {
        int column = 1;
        for (int i = 0; i < index; i++) column += r.get(i).length() + 1;
        return column;
    }

    /** What went wrong, in words: the innermost cause, without its Java class name. */
    static String reason(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null) inner = inner.getCause();
        if (inner instanceof java.nio.charset.CharacterCodingException) return "not UTF-8 text";
        String message = inner.getMessage() == null ? "" : inner.getMessage();
        return message.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }
}
