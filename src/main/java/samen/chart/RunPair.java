package samen.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import samen.output.CsvCells;
import samen.output.Decimals;
import samen.output.EventRecord;

/**
 * Two runs side by side ({@code samen compare RUN_A RUN_B}): how their summaries differ (outcome,
 * the rule that decided it, phase, every final metric, each partner's recent surplus rate), their
 * events aligned by step, and their time series overlaid ({@link ComparisonCharts}).
 *
 * @param a     run A as read
 * @param nameA how A is named to the reader (its directory as given)
 * @param b     run B
 * @param nameB how B is named
 */
public record RunPair(RunData a, String nameA, RunData b, String nameB) {

    /** The files {@link #write} writes. */
    public static final List<String> FILES = List.of("summary_difference.csv", "partners.csv", "events_side_by_side.csv");

    /** Event rows the text shows before it points to the CSV file. */
    static final int SHOWN_EVENTS = 40;

    /** One step at which A or B (or both) logged events; each event as {@code kind name (subject)}. */
    public record Step(long step, List<String> a, List<String> b) {
    }

    /** One partner in either run: its recent surplus rate and standing in each, NaN and "" where it is absent. */
    public record Partner(String name, double surplusA, double surplusB, String standingA, String standingB) {
    }

    /** The events of both runs by step, in step order. */
    public List<Step> events() {
        Map<Long, List<List<String>>> byStep = new TreeMap<>();
        for (EventRecord e : a.events()) byStep.computeIfAbsent(e.step(), s -> List.of(new ArrayList<>(), new ArrayList<>())).get(0).add(text(e));
        for (EventRecord e : b.events()) byStep.computeIfAbsent(e.step(), s -> List.of(new ArrayList<>(), new ArrayList<>())).get(1).add(text(e));
        List<Step> steps = new ArrayList<>();
        byStep.forEach((step, sides) -> steps.add(new Step(step, sides.get(0), sides.get(1))));
        return steps;
    }

    /** The partners of A, then those only B has, by name. */
    public List<Partner> partners() {
        Map<String, RunData.Partner> inA = byName(a);
        Map<String, RunData.Partner> inB = byName(b);
        Set<String> names = new LinkedHashSet<>(inA.keySet());
        names.addAll(inB.keySet());
        List<Partner> partners = new ArrayList<>();
        for (String n : names) {
            RunData.Partner pa = inA.get(n);
            RunData.Partner pb = inB.get(n);
            partners.add(new Partner(n, pa == null ? Double.NaN : pa.surplusRate(), pb == null ? Double.NaN : pb.surplusRate(),
                    pa == null ? "" : pa.standing(), pb == null ? "" : pb.standing()));
        }
        return partners;
    }

    /** Every final metric of A and B, by name, in A's order (then those only B has): A's value, B's value, NaN where absent. */
    public Map<String, double[]> metrics() {
        Map<String, double[]> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> m : a.summary().path("metrics").properties()) {
            if (m.getValue().isNumber()) metrics.put(m.getKey(), new double[] {m.getValue().asDouble(), Double.NaN});
        }
        for (Map.Entry<String, JsonNode> m : b.summary().path("metrics").properties()) {
            if (m.getValue().isNumber()) metrics.computeIfAbsent(m.getKey(), k -> new double[] {Double.NaN, Double.NaN})[1] = m.getValue().asDouble();
        }
        return metrics;
    }

    /** The comparison for people, in English (the report page has the Dutch). */
    public String text() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "A: %s (%s, seed %d)%nB: %s (%s, seed %d)%n%n", nameA, a.scenarioName(), a.seed(),
                nameB, b.scenarioName(), b.seed()));
        t.append(String.format(Locale.ROOT, "Outcome:        A %s, B %s%s%n", a.outcome(), b.outcome(),
                a.outcome().equals(b.outcome()) ? " (the same)" : ""));
        t.append("  rule A: ").append(rule(a)).append("\n  rule B: ").append(rule(b)).append('\n');
        t.append(String.format(Locale.ROOT, "Phase reached:  A %s, B %s%nSteps run:      A %s of %s, B %s of %s%n", phase(a), phase(b),
                a.summary().path("steps_run").asText(), a.summary().path("steps_requested").asText(),
                b.summary().path("steps_run").asText(), b.summary().path("steps_requested").asText()));
        t.append(String.format(Locale.ROOT, "%nRecent surplus rate per partner (what decides the outcome) and standing:%n  %-28s %-18s %-18s %s%n",
                "partner", "A", "B", "B - A"));
        for (Partner p : partners()) {
            t.append(String.format(Locale.ROOT, "  %-28s %-18s %-18s %s%n", p.name(), rate(p.surplusA(), p.standingA()),
                    rate(p.surplusB(), p.standingB()), signed(100 * (p.surplusB() - p.surplusA()), 1)));
        }
        t.append(String.format(Locale.ROOT, "%nFinal metrics:%n  %-26s %12s %12s %12s%n", "metric", "A", "B", "B - A"));
        for (Map.Entry<String, double[]> m : metrics().entrySet()) {
            double[] v = m.getValue();
            t.append(String.format(Locale.ROOT, "  %-26s %12s %12s %12s%n", m.getKey(), plain(v[0]), plain(v[1]), signed(v[1] - v[0], 4)));
        }
        List<Step> steps = events();
        t.append(String.format(Locale.ROOT, "%nEvents by step (A: %d, B: %d):%n  %5s  %-52s | %s%n", a.events().size(), b.events().size(),
                "step", "A", "B"));
        int shown = 0;
        for (Step s : steps) {
            for (int i = 0; i < Math.max(s.a().size(), s.b().size()); i++) {
                if (shown++ == SHOWN_EVENTS) break;
                t.append(String.format(Locale.ROOT, "  %5s  %-52s | %s%n", i == 0 ? String.valueOf(s.step()) : "",
                        i < s.a().size() ? s.a().get(i) : "", i < s.b().size() ? s.b().get(i) : ""));
            }
        }
        long lines = steps.stream().mapToLong(s -> Math.max(s.a().size(), s.b().size())).sum();
        if (lines > SHOWN_EVENTS) t.append(String.format(Locale.ROOT, "  ... %d more lines in events_side_by_side.csv%n", lines - SHOWN_EVENTS));
        return t.toString();
    }

    /** Writes {@link #FILES} into {@code dir}. */
    public void write(Path dir) throws IOException {
        String comment = "samen compare: A=" + nameA + " (seed " + a.seed() + ") B=" + nameB + " (seed " + b.seed() + ")";
        try (CSVPrinter p = printer(dir.resolve(FILES.get(0)), comment, "item", "a", "b", "difference")) {
            p.printRecord("outcome", a.outcome(), b.outcome(), "");
            p.printRecord("rule", CsvCells.safe(rule(a)), CsvCells.safe(rule(b)), "");
            p.printRecord("phase_reached", a.summary().path("phase_reached").asText(), b.summary().path("phase_reached").asText(), "");
            long stepsA = a.summary().path("steps_run").asLong();
            long stepsB = b.summary().path("steps_run").asLong();
            p.printRecord("steps_run", stepsA, stepsB, stepsB - stepsA);
            for (Map.Entry<String, double[]> m : metrics().entrySet()) {
                double[] v = m.getValue();
                p.printRecord(m.getKey(), n(v[0]), n(v[1]), n(v[1] - v[0]));
            }
        }
        try (CSVPrinter p = printer(dir.resolve(FILES.get(1)), comment, "partner", "surplus_rate_a", "surplus_rate_b", "difference",
                "standing_a", "standing_b")) {
            for (Partner x : partners()) {
                p.printRecord(CsvCells.safe(x.name()), n(x.surplusA()), n(x.surplusB()), n(x.surplusB() - x.surplusA()), x.standingA(), x.standingB());
            }
        }
        try (CSVPrinter p = printer(dir.resolve(FILES.get(2)), comment, "step", "a", "b")) {
            for (Step s : events()) p.printRecord(s.step(), CsvCells.safe(String.join("; ", s.a())), CsvCells.safe(String.join("; ", s.b())));
        }
    }

    /** The line under every chart title: both runs, scenario and seed. */
    String provenance(Labels labels) {
        return labels.get("provenance.compare.runs", nameA, a.scenarioName(), String.valueOf(a.seed()), nameB, b.scenarioName(),
                String.valueOf(b.seed()));
    }

    static String rule(RunData run) {
        return run.summary().path("rule").asText(run.outcome());
    }

    private static String phase(RunData run) {
        return run.summary().path("phase_reached").asText() + " (step " + run.summary().path("phase_reached_step").asText() + ")";
    }

    static String text(EventRecord e) {
        return e.kind() + " " + e.name() + (e.subject().isEmpty() ? "" : " (" + e.subject() + ")");
    }

    private static Map<String, RunData.Partner> byName(RunData run) {
        Map<String, RunData.Partner> map = new LinkedHashMap<>();
        for (RunData.Partner p : run.partners()) map.put(p.name(), p);
        return map;
    }

    private static String rate(double rate, String standing) {
        return Double.isNaN(rate) ? "-" : signed(100 * rate, 1) + "% (" + standing + ")";
    }

    private static String plain(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.4f", x);
    }

    private static String signed(double x, int decimals) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%+." + decimals + "f", x);
    }

    private static String n(double x) {
        return Double.isNaN(x) ? "" : Decimals.format(x);
    }

    private static CSVPrinter printer(Path file, String comment, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#')
                .setHeaderComments(comment).setHeader(header).get());
    }
}
