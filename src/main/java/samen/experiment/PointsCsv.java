package samen.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import samen.scenario.Problem;

/**
 * A design given as a list of points: a CSV file whose header names scenario key paths and whose
 * every row is one point ({@code design: {type: points, file: points.csv}} in a sweep file, or
 * {@code samen sweep --scenario FILE --points points.csv}). Lines starting with {@code #} are
 * comments. Every value is checked against the base scenario, located at its line in the file.
 */
final class PointsCsv {

    static final int MAX_POINTS = 1_000_000;

    /** The parameters (each with the distinct values its column takes) and the design, or the problems. */
    record Read(List<Parameter> parameters, DesignSpec design, List<Problem> problems) {
    }

    private PointsCsv() {
    }

    static Read read(Path file, ParameterCheck check) {
        String source = file.toString();
        List<Problem> problems = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> keys = List.of();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSVParser.parse(in, format)) {
            for (CSVRecord record : csv) {
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (cells.size() == 1 && cells.get(0).isEmpty()) continue; // a blank line
                if (keys.isEmpty()) {
                    keys = cells;
                    Set<String> seen = new HashSet<>();
                    for (String key : keys) {
                        if (key.isEmpty() || key.equals("seed") || !seen.add(key)) {
                            problems.add(new Problem(source, (int) csv.getCurrentLineNumber(), 1, key, "a header of scenario key "
                                    + "paths, each once (not seed); allowed: e.g. power.distribution,trust.loss_rate"));
                        }
                    }
                    continue;
                }
                if (cells.size() != keys.size() || cells.stream().anyMatch(String::isEmpty)) {
                    problems.add(new Problem(source, (int) csv.getCurrentLineNumber(), 1, "", "a row of " + cells.size()
                            + " values; allowed: " + keys.size() + " non-empty values, one per column of the header"));
                    continue;
                }
                if (rows.size() == MAX_POINTS) {
                    problems.add(new Problem(source, (int) csv.getCurrentLineNumber(), 1, "", "more than " + MAX_POINTS
                            + " points; allowed: at most " + MAX_POINTS + " (or a sweep file with a sampling design)"));
                    break;
                }
                rows.add(cells);
                lines.add((int) csv.getCurrentLineNumber());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem(source, 0, 0, "", "cannot read it as CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new Problem(source, 1, 1, "", "no points; allowed: a header of key paths, then one row per point"));
        }
        if (!problems.isEmpty()) return new Read(List.of(), null, problems);
        List<Parameter> parameters = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            int column = c;
            List<String> values = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(r -> r.get(column)).toList()));
            List<Integer> firstLine = values.stream().map(v -> lines.get(indexOf(rows, column, v))).toList();
            problems.addAll(check.check(keys.get(c), values, (k, onKey, i, message) ->
                    new Problem(source, onKey ? 1 : firstLine.get(i), 1, k, message)));
            parameters.add(new Parameter.Levels(keys.get(c), values));
        }
        return new Read(parameters, DesignSpec.points(rows), problems);
    }

    private static int indexOf(List<List<String>> rows, int column, String value) {
        for (int r = 0; r < rows.size(); r++) if (rows.get(r).get(column).equals(value)) return r;
        throw new IllegalArgumentException(value);
    }

    /** The points as a CSV file again, for the sweep directory. */
    static String text(List<String> keys, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        CsvLine.append(csv, keys.toArray(String[]::new));
        for (List<String> row : rows) CsvLine.append(csv, row.toArray(String[]::new));
        return csv.toString();
    }
}
