package samen.experiment.calibration;

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
import samen.experiment.DesignSpec;
import samen.experiment.Parameter;
import samen.experiment.Shard;
import samen.experiment.SweepColumns;
import samen.experiment.SweepException;
import samen.experiment.SweepRunner;
import samen.experiment.SweepSpec;
import samen.experiment.TimeseriesOptions;
import samen.output.Invocation;
import samen.scenario.ScenarioException;

/**
 * Evaluates a search's batches with the sweep engine: each batch is a sweep of its points (a points
 * design over the calibration's base scenario, replications and master seed) in
 * {@code DIR/evaluations/<batch>/}, so it runs in parallel, its rows do not depend on the thread
 * count, and a batch a kill interrupted resumes from its checkpoint. As every batch uses the same
 * master seed, replication r of every point runs on the same seed (common random numbers), so two
 * points differ by their parameters, not by their luck.
 */
final class Evaluator implements BatchModel {

    static final String DIR = "evaluations";

    private final CalibrationFile file;
    private final Path dir;
    private final int threads;
    private final boolean resume;
    private final Invocation invocation;
    private final SweepRunner.Progress progress;
    private final Counted counted;

    /** @param counted told of every run of every batch, those read back on a resume too */
    Evaluator(CalibrationFile file, Path dir, int threads, boolean resume, Invocation invocation, SweepRunner.Progress progress,
              Counted counted) {
        this.file = file;
        this.dir = dir;
        this.threads = threads;
        this.resume = resume;
        this.invocation = invocation;
        this.progress = progress;
        this.counted = counted;
    }

    @Override
    public double[][] evaluate(String batch, List<double[]> points)
            throws ScenarioException, SweepException, IOException, InterruptedException {
        List<List<String>> rows = points.stream().map(u -> values(file.sweep().parameters(), u)).toList();
        SweepSpec base = file.sweep();
        SweepSpec spec = new SweepSpec(base.name() + " " + batch, base.scenarioFile(), base.scenarioLabel(), base.masterSeed(),
                base.replications(), DesignSpec.points(rows), base.parameters());
        Path out = dir.resolve(DIR).resolve(batch);
        new SweepRunner(spec, options(file, threads, out, resume), progress, invocation).run();
        return summaries(out, batch, file.targets(), rows.size(), counted);
    }

    /** A calibration's sweep: no time series, and the time-series targets' features in runs.csv. */
    static SweepRunner.Options options(CalibrationFile file, int threads, Path out, boolean resume) {
        return new SweepRunner.Options(threads, out, resume, Shard.ALL, TimeseriesOptions.NONE, false, FeatureProbe.of(file.targets()));
    }

    /** The parameter values of a point of the unit cube, as the runs are given them. */
    static List<String> values(List<Parameter> parameters, double[] unit) {
        List<String> values = new ArrayList<>(unit.length);
        for (int p = 0; p < unit.length; p++) values.add(parameters.get(p).fromUnit(unit[p]));
        return values;
    }

    /**
     * Per target, per point: the share of its runs ending so, or the mean of the metric or feature over
     * its runs; a run without a feature's value (its cell is empty) is left out of that mean, and
     * {@code counted} told.
     */
    static double[][] summaries(Path sweep, String batch, List<Target> targets, int points, Counted counted) throws IOException {
        double[][] sum = new double[targets.size()][points];
        int[][] n = new int[targets.size()][points];
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(sweep.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                int point = Integer.parseInt(row.get(SweepColumns.POINT_ID));
                String outcome = row.get(SweepColumns.OUTCOME);
                if (outcome.equals(SweepColumns.ERROR_OUTCOME)) continue;
                boolean[] has = new boolean[targets.size()];
                for (int t = 0; t < targets.size(); t++) {
                    String s = targets.get(t).summary();
                    String cell = s.startsWith("share_") ? null : row.get(s);
                    if (cell != null && cell.isEmpty()) continue;
                    has[t] = true;
                    sum[t][point] += cell == null ? (outcome.equals(s.substring("share_".length())) ? 1 : 0) : Double.parseDouble(cell);
                    n[t][point]++;
                }
                counted.run(batch, points, point, has);
            }
        }
        for (int t = 0; t < targets.size(); t++) {
            for (int d = 0; d < points; d++) sum[t][d] = n[t][d] == 0 ? Double.NaN : sum[t][d] / n[t][d];
        }
        return sum;
    }
}
