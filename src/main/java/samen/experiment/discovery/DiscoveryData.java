package samen.experiment.discovery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import samen.experiment.Parameter;
import samen.experiment.SweepColumns;
import samen.experiment.SweepException;
import samen.experiment.SweepJson;
import samen.experiment.SweepRunner;

/**
 * The runs of a finished sweep as PRIM takes them: per varied parameter its value in every run
 * (numbers as numbers; a parameter with a value that is no number, such as
 * {@code power.distribution}, as categories in the order the sweep lists them) and per run whether
 * it is of interest. Runs that failed ({@code outcome=error}) are left out.
 *
 * @param names      the parameters' key paths
 * @param categories per parameter its categories, or an empty list for a numeric parameter
 */
public record DiscoveryData(List<String> names, List<List<String>> categories, double[][] x, boolean[] y, int skipped,
                            long masterSeed) {

    /**
     * @throws SweepException when the directory is no finished sweep, varies nothing, or the condition
     *                        names a column it does not have
     */
    public static DiscoveryData read(Path dir, Condition condition) throws SweepException, IOException {
        SweepJson.Description sweep = SweepJson.read(dir);
        List<Parameter> parameters = sweep.parameters();
        if (parameters.isEmpty()) throw new SweepException(dir + " varies no parameter: there is nothing to discover");
        List<String> names = parameters.stream().map(Parameter::key).toList();
        List<List<String>> categories = new ArrayList<>();
        for (Parameter p : parameters) {
            boolean numeric = !(p instanceof Parameter.Levels levels) || levels.values().stream().allMatch(DiscoveryData::isNumber);
            categories.add(numeric ? List.of() : ((Parameter.Levels) p).values());
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> interest = new ArrayList<>();
        int skipped = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(dir.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains(condition.column())) {
                List<String> metrics = header.subList(header.indexOf(SweepColumns.PHASE_REACHED) + 1, header.indexOf(SweepColumns.ERROR));
                throw new SweepException("--where " + condition.text() + ": " + condition.column() + " is not a metric of this sweep; "
                        + "allowed: " + String.join(", ", metrics));
            }
            for (CSVRecord row : parser) {
                if (row.get(SweepColumns.OUTCOME).equals(SweepColumns.ERROR_OUTCOME)) {
                    skipped++;
                    continue;
                }
                double[] values = new double[names.size()];
                for (int d = 0; d < names.size(); d++) {
                    String cell = row.get(names.get(d));
                    values[d] = categories.get(d).isEmpty() ? Double.parseDouble(cell) : categories.get(d).indexOf(cell);
                }
                rows.add(values);
                interest.add(condition.test(row.get(condition.column())));
            }
        }
        double[][] x = new double[names.size()][rows.size()];
        boolean[] y = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int d = 0; d < names.size(); d++) x[d][r] = rows.get(r)[d];
            y[r] = interest.get(r);
        }
        return new DiscoveryData(names, categories, x, y, skipped, sweep.masterSeed());
    }

    /** Per parameter its number of categories, 0 for a numeric one, as {@link Prim} takes them. */
    public int[] categoryCounts() {
        return categories.stream().mapToInt(List::size).toArray();
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
