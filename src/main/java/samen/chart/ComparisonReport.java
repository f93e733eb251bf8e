package samen.chart;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import samen.output.OutcomeComparison;

/**
 * What {@code samen compare} draws and writes besides its CSV files: the charts (PNG and SVG) and
 * {@code report.html}, one self-contained page like {@link Report}'s, for two runs or for two sets
 * of runs (two sweeps, or two scenarios over the same seeds).
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** Writes the charts of two runs and their page into {@code dir}; returns the files written. */
    public static List<Path> write(RunPair pair, Path dir, Labels labels) throws IOException {
        List<NamedChart> charts = ComparisonCharts.runs(pair, labels);
        return write(charts, page(pair, charts, labels), dir, pair.provenance(labels));
    }

    /** Writes the chart of two sets of runs and their page into {@code dir}; returns the files written. */
    public static List<Path> write(OutcomeComparison c, Path dir, Labels labels) throws IOException {
        List<NamedChart> charts = ComparisonCharts.shares(c, labels);
        return write(charts, page(c, charts, labels), dir, "A=" + c.nameA() + " B=" + c.nameB());
    }

    private static List<Path> write(List<NamedChart> charts, String html, Path dir, String provenance) throws IOException {
        List<Path> files = new ArrayList<>(ChartFiles.write(charts, dir, ChartFiles.Format.BOTH, provenance));
        Path report = dir.resolve(Report.FILE);
        java.nio.file.Files.writeString(report, html, java.nio.charset.StandardCharsets.UTF_8);
        files.add(report);
        return files;
    }

    static String page(RunPair pair, List<NamedChart> charts, Labels l) {
        Report.Page page = new Report.Page(l, l.get("compare.title", pair.nameA(), pair.nameB()));
        RunData a = pair.a();
        RunData b = pair.b();
        page.rawTable(List.of("", escapeHtml4(l.get("compare.side", "A", pair.nameA())), escapeHtml4(l.get("compare.side", "B", pair.nameB()))),
                List.of(List.of(escapeHtml4(l.get("report.outcome")), Report.badge(a.outcome(), l), Report.badge(b.outcome(), l)),
                        escaped(l.get("compare.rule"), RunPair.rule(a), RunPair.rule(b)),
                        escaped(l.get("report.phase"), l.phase(a.summary().path("phase_reached").asText()),
                                l.phase(b.summary().path("phase_reached").asText())),
                        escaped(l.get("report.steps"), a.summary().path("steps_run").asText(), b.summary().path("steps_run").asText()),
                        escaped(l.get("report.scenario"), a.scenarioName(), b.scenarioName()),
                        escaped(l.get("report.seed"), String.valueOf(a.seed()), String.valueOf(b.seed()))));
        page.heading(l.get("report.partners"));
        List<List<String>> partners = new ArrayList<>();
        for (RunPair.Partner p : pair.partners()) {
            partners.add(List.of(p.name(), rate(p.surplusA(), p.standingA(), l), rate(p.surplusB(), p.standingB(), l),
                    Double.isNaN(p.surplusA() - p.surplusB()) ? "-" : l.words().signedPercent(p.surplusB() - p.surplusA(), 1)));
        }
        page.table(List.of(l.get("report.partner"), "A: " + l.get("report.surplus"), "B: " + l.get("report.surplus"), "B \u2212 A"), partners);
        page.heading(l.get("report.metrics"));
        List<List<String>> metrics = new ArrayList<>();
        for (Map.Entry<String, double[]> m : pair.metrics().entrySet()) {
            double[] v = m.getValue();
            metrics.add(List.of(m.getKey(), number(v[0], l), number(v[1], l), Double.isNaN(v[1] - v[0]) ? "-"
                    : (v[1] - v[0] > 0 ? "+" : "") + l.number(v[1] - v[0])));
        }
        page.table(List.of(l.get("report.metric"), "A", "B", "B \u2212 A"), metrics);
        page.charts(charts);
        page.heading(l.get("compare.events"));
        List<List<String>> events = new ArrayList<>();
        for (RunPair.Step s : pair.events()) events.add(List.of(String.valueOf(s.step()), String.join("; ", s.a()), String.join("; ", s.b())));
        page.table(List.of(l.get("compare.step"), "A", "B"), events);
        return page.end(pair.provenance(l));
    }

    static String page(OutcomeComparison c, List<NamedChart> charts, Labels l) {
        Report.Page page = new Report.Page(l, l.get("compare.title", c.nameA(), c.nameB()));
        page.table(List.of(), List.of(
                List.of(l.get("compare.side", "A", c.nameA()), l.get("compare.runs", c.runsA())),
                List.of(l.get("compare.side", "B", c.nameB()), l.get("compare.runs", c.runsB()))));
        if (c.sameSeeds()) page.html.append("<p>").append(escapeHtml4(l.get("compare.same_seeds.long"))).append("</p>\n");
        page.heading(l.get("report.shares"));
        List<List<String>> rows = new ArrayList<>();
        for (OutcomeComparison.Share s : c.outcomes()) {
            if (!s.occurs()) continue;
            rows.add(List.of(Report.badge(s.outcome(), l), share(s.a(), l), share(s.b(), l),
                    escapeHtml4(points(s.difference(), l) + " [" + points(s.differenceLow(), l) + ", " + points(s.differenceHigh(), l) + "]")
                            + (s.differs() ? " *" : ""),
                    Double.isNaN(s.z()) ? "-" : "z = " + l.words().number(s.z(), 2) + ", " + OutcomeComparison.pIs(s.p())));
        }
        page.rawTable(List.of(escapeHtml4(l.get("report.outcome")), "A", "B", escapeHtml4(l.get("compare.difference")),
                escapeHtml4(l.get("compare.ztest"))), rows);
        page.html.append("<p>").append(escapeHtml4(l.get("compare.chisquare", c.test()))).append("</p>\n<p>")
                .append(escapeHtml4(l.get("compare.note"))).append("</p>\n");
        page.charts(charts);
        page.heading(l.get("report.metrics"));
        List<List<String>> metrics = new ArrayList<>();
        for (OutcomeComparison.Metric m : c.metrics()) {
            metrics.add(List.of(m.metric(), number(m.meanA(), l), number(m.meanB(), l),
                    Double.isNaN(m.meanB() - m.meanA()) ? "-" : (m.meanB() > m.meanA() ? "+" : "") + l.number(m.meanB() - m.meanA()),
                    Double.isNaN(m.p()) ? "-" : OutcomeComparison.p(m.p())));
        }
        page.table(List.of(l.get("report.metric"), "A", "B", "B \u2212 A", l.get("compare.welch")), metrics);
        return page.end("A=" + c.nameA() + " B=" + c.nameB());
    }

    private static List<String> escaped(String... cells) {
        return java.util.Arrays.stream(cells).map(c -> escapeHtml4(c)).toList();
    }

    private static String share(OutcomeComparison.Estimate e, Labels l) {
        return escapeHtml4(l.words().number(100 * e.share(), 1) + "% [" + l.words().number(100 * e.low(), 1) + ", "
                + l.words().number(100 * e.high(), 1) + "]");
    }

    private static String points(double fraction, Labels l) {
        return (fraction > 0 ? "+" : "") + l.words().number(100 * fraction, 1);
    }

    private static String rate(double rate, String standing, Labels l) {
        return Double.isNaN(rate) ? "-" : l.words().signedPercent(rate, 1) + " (" + l.standing(standing) + ")";
    }

    private static String number(double x, Labels l) {
        return Double.isNaN(x) ? "-" : l.number(x);
    }
}
