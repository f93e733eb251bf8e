package samen.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plain-text summary {@code samen analyze} prints; the CSV files hold everything. */
final class AnalysisTable {

    private AnalysisTable() {
    }

    static String render(SweepAnalysis.Result r) {
        return render(r, new StringBuilder()).toString().replace("NaN", "  -");
    }

    private static StringBuilder render(SweepAnalysis.Result r, StringBuilder out) {
        List<Integer> seen = new ArrayList<>();
        for (int o = 0; o < r.outcomes.size(); o++) if (r.all.outcomes[o] > 0) seen.add(o);

        out.append(String.format(Locale.ROOT, "%d runs, %s design.%n%nOutcomes of all runs (share, 95%% Wilson interval):%n",
                r.all.runs, r.design));
        for (int o : seen) {
            Interval s = r.all.share(o);
            out.append(String.format(Locale.ROOT, "  %-12s %6.1f%%  [%5.1f, %5.1f]%n", r.outcomes.get(o),
                    100 * s.estimate(), 100 * s.low(), 100 * s.high()));
        }
        for (Map.Entry<String, Map<String, Tally>> e : r.byValue.entrySet()) {
            out.append(String.format(Locale.ROOT, "%nBy %s (share of runs in %%):%n  %-18s %7s", e.getKey(), "value", "n"));
            for (int o : seen) out.append(String.format(Locale.ROOT, " %11s", r.outcomes.get(o)));
            out.append('\n');
            for (Map.Entry<String, Tally> v : e.getValue().entrySet()) {
                Tally t = v.getValue();
                out.append(String.format(Locale.ROOT, "  %-18s %7d", v.getKey(), t.runs));
                for (int o : seen) out.append(t.runs == 0 ? String.format("%11s", "-")
                        : String.format(Locale.ROOT, " %10.1f%%", 100.0 * t.outcomes[o] / t.runs));
                out.append('\n');
            }
        }
        out.append(String.format(Locale.ROOT, "%nMetrics of all runs (mean, 95%% interval within the values seen):%n"));
        for (int m = 0; m < r.metrics.size(); m++) {
            if (r.all.constant(m)) continue;
            Interval i = r.all.mean(m);
            out.append(String.format(Locale.ROOT, "  %-20s %12.4f  [%.4f, %.4f]%n", r.metrics.get(m), i.estimate(), i.low(), i.high()));
        }
        for (SweepAnalysis.Indices idx : r.morris) {
            out.append(String.format(Locale.ROOT, "%nMorris, %s: %-22s %10s %10s %10s  %s%n", idx.output(), "parameter", "mu*", "sigma", "mu", "mu* 95% interval"));
            for (int i = 0; i < idx.parameters().size(); i++) {
                double[] v = idx.rows().get(i);
                out.append(String.format(Locale.ROOT, "  %-30s %10.4f %10.4f %10.4f  [%.4f, %.4f]%n", idx.parameters().get(i), v[1], v[2], v[0], v[3], v[4]));
            }
        }
        for (SweepAnalysis.Indices idx : r.sobol) {
            out.append(String.format(Locale.ROOT, "%nSobol, %s: %-22s %8s %18s %8s %18s%n", idx.output(), "parameter", "S1", "95% interval", "ST", "95% interval"));
            for (int i = 0; i < idx.parameters().size(); i++) {
                double[] v = idx.rows().get(i);
                out.append(String.format(Locale.ROOT, "  %-30s %8.3f  [%6.3f, %6.3f] %8.3f  [%6.3f, %6.3f]%n", idx.parameters().get(i),
                        v[0], v[1], v[2], v[3], v[4], v[5]));
            }
        }
        List<String> constant = r.notes.stream().filter(n -> n.kind().equals(Note.CONSTANT)).map(Note::subject).toList();
        if (!constant.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nThe same in every run (left out of the indices and charts): %s%n",
                    String.join(", ", constant)));
        }
        List<Note> warnings = r.notes.stream().filter(n -> n.kind().equals(Note.WARNING)).toList();
        if (!warnings.isEmpty()) out.append(String.format(Locale.ROOT, "%nWarnings:%n"));
        for (Note w : warnings) out.append(String.format(Locale.ROOT, "  %s: %s%n", w.subject(), w.text()));
        return out;
    }
}
