package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import samen.chart.ChartFiles;
import samen.chart.Labels;
import samen.chart.ResponseCurve;
import samen.chart.ResponseCurveCharts;
import samen.experiment.facts.FactsTable;
import samen.experiment.facts.OatCsv;
import samen.experiment.facts.OatCurves;
import samen.model.Outcome;
import samen.output.OutputDirectory;
import samen.scenario.ScenarioLoader;

/** {@code samen facts --oat}: runs the response curves, writes oat.csv and the charts, prints each curve's largest jump. */
final class OatReport {

    private final Main main;
    private final String lang;

    OatReport(Main main, String lang) {
        this.main = main;
        this.lang = lang;
    }

    int write(ScenarioLoader.Prepared base, Path file, Path target, boolean force, int reps, int threads, String comment)
            throws Exception {
        List<OatCurves.Curve> curves = OatCurves.run(base, OatCurves.main(), reps, threads);
        List<String> leftOut = OatCurves.historyLeftOut(base, OatCurves.main());
        Environment env = main.env();
        try (OutputDirectory dir = OutputDirectory.create(target, force)) {
            OatCsv.write(dir.dir(), comment + FactsCommand.historyComment(leftOut), curves);
            Path charts = Files.createDirectory(dir.dir().resolve("charts"));
            ChartFiles.write(ResponseCurveCharts.all(curves.stream().map(OatReport::curve).toList(), Labels.forLanguage(lang),
                    comment), charts, ChartFiles.Format.PNG, comment);
            dir.commit();
        }
        var out = main.out();
        out.printf("samen facts --oat: %s, %d values per parameter, seeds 0..%d%n%n", env.display(file), OatCurves.VALUES, reps - 1);
        out.printf("%-40s  %9s  %-22s  %s%n", "parameter", "max jump", "between", "cliff (> " + OatCurves.CLIFF + ")");
        for (OatCurves.Curve c : curves) {
            int at = c.jumpAt();
            out.printf(Locale.ROOT, "%-40s  %9.3f  %-22s  %s%n", c.parameter().name(), c.maxJump(),
                    c.parameter().values().get(at) + " and " + c.parameter().values().get(at + 1), c.cliff() ? "CLIFF" : "");
        }
        long cliffs = curves.stream().filter(OatCurves.Curve::cliff).count();
        out.printf("%n%d of %d curves have a cliff.%n%sResults: %s/%s and %s/charts/%n", cliffs, curves.size(),
                new FactsTable(lang).historyNote(leftOut), env.display(target), OatCsv.FILE, env.display(target));
        return 0;
    }

    private static ResponseCurve curve(OatCurves.Curve c) {
        Map<String, double[]> shares = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            double[] s = new double[c.failure().length];
            for (int v = 0; v < s.length; v++) s[v] = c.share(v, o);
            shares.put(o.key(), s);
        }
        return new ResponseCurve(c.parameter().name(), c.parameter().values(), shares, c.failure(), c.reps());
    }
}
