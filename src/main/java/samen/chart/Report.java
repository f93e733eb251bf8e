package samen.chart;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import samen.model.Condition;
import samen.output.AtomicFile;
import samen.output.EventRecord;
import samen.output.TurningPoints;
import samen.output.Manifest;
import samen.output.Version;
import samen.output.Language;
import samen.output.RunStory;
import samen.output.Vocabulary;
import samen.scenario.ScenarioException;

/**
 * {@code report.html}: one self-contained page about a run or a sweep (charts inline as SVG,
 * summary tables, the scenario itself, seed and version) that opens offline, can be mailed or
 * printed, and loads nothing from anywhere.
 */
public final class Report {

    public static final String FILE = "report.html";

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .lead{font-size:1.15em}.outcome{display:inline-block;padding:.1em .6em;border-radius:.3em;color:#fff;font-weight:bold}
            table{border-collapse:collapse;margin:.6em 0}td,th{padding:.25em .8em;border-bottom:1px solid #e4e4e4;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1.2em 0}svg{width:100%;height:auto}
            pre{background:#f6f6f6;padding:1em;overflow-x:auto;font-size:.85em}
            footer{margin-top:3em;color:#666;font-size:.9em}mark{background:#ffe08a;padding:0 .2em}
            """;

    private Report() {
    }

    /**
     * Writes {@code dir/report.html} (into a temporary file, then renamed, so it is whole or absent).
     *
     * @return the file written
     */
    public static Path write(Path dir, String display, Labels labels) throws IOException, ScenarioException {
        String html;
        if (RunData.isRunDirectory(dir)) {
            html = run(RunData.read(dir, display), SessionDebrief.read(dir, display), labels);
        } else if (SweepData.isSweepDirectory(dir)) {
            SweepData sweep = SweepData.read(dir, display);
            html = sweep(sweep, labels);
        } else {
            throw Charts.notResults(display);
        }
        Path target = dir.resolve(FILE);
        AtomicFile.writeString(target, html);
        Manifest.add(dir, List.of(target));
        return target;
    }

    /** A run's page; a workshop session's has its debrief after the story. */
    static String run(RunData run, Optional<SessionDebrief> session, Labels l) {
        Page page = new Page(l, l.get("report.title", run.scenarioName()));
        JsonNode s = run.summary();
        Vocabulary words = l.words();
        // The model explains its verdict in English; a Dutch report says the outcome and tells the story in Dutch only.
        String verdict = words.language() == Language.EN ? s.path("explanation").asText()
                : words.textOr("outcome.long." + run.outcome(), "");
        page.html.append("<p class=\"lead\">").append(l.get("report.outcome")).append(": ")
                .append(badge(run.outcome(), l)).append("</p>\n<p>").append(escapeHtml4(verdict)).append("</p>\n");
        page.html.append("<p><b>").append(escapeHtml4(l.get("report.explanation"))).append("</b></p>\n<ul class=\"story\">\n");
        for (String sentence : RunStory.of(run.facts()).sentences(words)) {
            page.html.append("<li>").append(escapeHtml4(sentence)).append("</li>\n");
        }
        page.html.append("</ul>\n");
        List<List<String>> facts = new ArrayList<>(List.of(
                List.of(l.get("report.phase"), l.phase(s.path("phase_reached").asText()) + " (" + l.get("step", s.path("phase_reached_step").asText()) + ")"),
                List.of(l.get("report.steps"), s.path("steps_run").asText() + " / " + s.path("steps_requested").asText())));
        if (s.has("weakest_condition")) {
            String weakest = s.path("weakest_condition").asText();
            double level = s.path("metrics").path(weakest).asDouble(Double.NaN);
            facts.add(List.of(l.get("report.weakest"), l.condition(weakest) + (Double.isNaN(level) ? "" : " (" + words.number(level, 2) + ")")));
        }
        if (s.has("dynamic") && words.language() == Language.EN) facts.add(List.of(l.get("report.dynamic"), s.path("dynamic").asText()));
        page.table(List.of(), facts);
        session.ifPresent(d -> debrief(page, d, run, l));
        page.heading(l.get("report.partners"));
        List<List<String>> partners = new ArrayList<>();
        for (RunData.Partner p : run.partners()) {
            // Fixed decimals per column, as the run's summary on the screen writes them (power 0.17).
            partners.add(List.of(p.name(), words.number(p.power(), 2), words.number(p.cumulativePayoff(), 1),
                    words.number(p.alternativeValue(), 1), words.signedPercent(p.relativeGain(), 1),
                    words.signedPercent(p.surplusRate(), 1), l.standing(p.standing())));
        }
        page.table(List.of(l.get("report.partner"), l.get("report.power"), l.get("report.payoff"),
                l.get("report.alternative"), l.get("report.gain"), l.get("report.surplus"), l.get("report.standing")), partners);
        page.heading(l.get("report.metrics"));
        List<List<String>> metrics = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : s.path("metrics").properties()) {
            metrics.add(List.of(metricName(m.getKey(), l), m.getValue().isNumber() ? metric(m.getValue().asDouble(), words) : m.getValue().asText()));
        }
        page.table(List.of(l.get("report.metric"), l.get("report.value")), metrics);
        page.charts(RunCharts.all(run, l, List.of()));
        page.heading(l.get("report.scenario"));
        page.html.append("<pre>").append(escapeHtml4(run.scenarioYaml())).append("</pre>\n");
        page.heading(l.get("report.provenance"));
        page.table(List.of(), List.of(
                List.of(l.get("report.seed"), String.valueOf(run.seed())),
                List.of(l.get("report.version"), run.version()),
                List.of(l.get("report.scenario_hash"), s.path("scenario").path("hash").asText()),
                List.of(l.get("report.scenario_file"), s.path("scenario").path("file").asText())));
        return page.end(run.provenance());
    }

    /**
     * The debrief of a workshop session: per player what they did beside what the model's agent
     * would have done in the same state, then the session's turning points by round.
     */
    private static void debrief(Page page, SessionDebrief d, RunData run, Labels l) {
        Vocabulary words = l.words();
        page.heading(l.get("report.debrief"));
        page.html.append("<p>").append(escapeHtml4(l.get("report.debrief.lead"))).append("</p>\n");
        if (d.players().isEmpty()) page.html.append("<p>").append(escapeHtml4(l.get("report.debrief.nobody"))).append("</p>\n");
        for (SessionDebrief.Player p : d.players()) {
            page.html.append("<h3>").append(escapeHtml4(l.get("report.debrief.seat", p.seat(), p.name()))).append("</h3>\n<p>")
                    .append(escapeHtml4(l.get("report.debrief.summary", p.played().size(), p.decisions().size(),
                            percent(p.meanBring(), words), percent(p.meanAgentBring(), words),
                            p.played().stream().filter(SessionDebrief.Decision::actsOtherwise).count())));
            for (SessionDebrief.Decision x : p.played()) {
                if (!x.stay()) page.html.append(' ').append(escapeHtml4(l.get("report.debrief.left", x.round())));
                else if (!x.agentStays()) page.html.append(' ').append(escapeHtml4(l.get("report.debrief.held", x.round())));
            }
            page.html.append("</p>\n");
            List<List<String>> rows = new ArrayList<>();
            for (SessionDebrief.Decision x : p.played()) {
                String agent = x.agentAct().isEmpty() ? "" : x.agentBring() + "%, " + l.get("act." + x.agentAct())
                        + ", " + l.get("stay." + x.agentStays());
                rows.add(List.of(String.valueOf(x.round()), x.bring() + "%", marked(l.get("act." + x.act()), x.actsOtherwise()),
                        escapeHtml4(l.getOr("attend." + x.attend(), l.condition(x.attend()))),
                        escapeHtml4(l.get("home." + x.constituency())),
                        marked(l.get("stay." + x.stay()), x.stay() != x.agentStays()), escapeHtml4(agent)));
            }
            page.rawTable(List.of(l.get("report.debrief.round"), l.get("report.debrief.bring"),
                    l.get("report.debrief.act"), l.get("report.debrief.attend"), l.get("report.debrief.home"),
                    l.get("report.debrief.stay"), l.get("report.debrief.agent_would")).stream().map(h -> escapeHtml4(h)).toList(),
                    rows);
        }
        page.heading(l.get("report.turning"));
        page.html.append("<ul class=\"turning\">\n");
        for (EventRecord e : TurningPoints.of(run.events())) {
            int round = d.roundOf(e);
            String when = round > 0 ? l.get("report.turning.at", round, e.step()) : l.get("step", e.step());
            page.html.append("<li><b>").append(escapeHtml4(when)).append("</b> ")
                    .append(escapeHtml4(TurningPoints.describe(e, words))).append("</li>\n");
        }
        page.html.append("</ul>\n");
    }

    /** A cell as HTML, highlighted where the player did otherwise than the agent would have. */
    private static String marked(String text, boolean differs) {
        return differs ? "<mark>" + escapeHtml4(text) + "</mark>" : escapeHtml4(text);
    }

    private static String percent(double x, Vocabulary words) {
        return Double.isNaN(x) ? "\u2013" : words.number(x, 0) + "%";
    }

    static String sweep(SweepData sweep, Labels l) {
        Page page = new Page(l, l.get("report.sweep.title", sweep.name()));
        JsonNode counts = sweep.sweep().path("counts");
        page.table(List.of(), List.of(
                List.of(l.get("report.design"), sweep.design()),
                List.of(l.get("report.runs"), String.valueOf(sweep.runs())),
                List.of(l.get("report.errors"), counts.path("errors").asText("0"))));
        page.heading(l.get("report.parameters"));
        List<List<String>> parameters = new ArrayList<>();
        for (JsonNode p : sweep.sweep().path("parameters")) {
            List<String> values = new ArrayList<>();
            p.path("values").forEach(v -> values.add(v.asText()));
            String range = p.has("values") ? String.join(", ", values) : p.path("min").asText() + " \u2013 " + p.path("max").asText();
            parameters.add(List.of(p.path("key").asText(), range));
        }
        page.table(List.of(l.get("report.parameter"), l.get("report.range")), parameters);
        page.heading(l.get("report.shares"));
        List<List<String>> shares = new ArrayList<>();
        for (String o : SharesChart.present(sweep)) {
            long n = sweep.outcomes().stream().filter(o::equals).count();
            shares.add(List.of(badge(o, l), String.valueOf(n), l.words().number(100.0 * n / sweep.runs(), 1) + "%"));
        }
        page.rawTable(List.of(l.get("report.outcome"), "n", "%"), shares);
        page.charts(SweepCharts.all(sweep, l, Charts.DEFAULT_HEATMAP));
        page.heading(l.get("report.provenance"));
        page.table(List.of(), List.of(
                List.of(l.get("report.master_seed"), sweep.masterSeed()),
                List.of(l.get("report.version"), sweep.version())));
        page.html.append("<pre>").append(escapeHtml4(pretty(sweep.sweep()))).append("</pre>\n");
        return page.end(sweep.provenance());
    }

    /** A metric of summary.json in the reader's words; its key where there are none (English: the key itself). */
    private static String metricName(String key, Labels l) {
        boolean condition = Arrays.stream(Condition.values()).anyMatch(c -> c.key().equals(key));
        return condition ? l.words().condition(key) : l.getOr("metric." + key, key);
    }

    /** A count as a whole number, anything else with two decimals: one way for the whole table. */
    private static String metric(double value, Vocabulary words) {
        return words.number(value, value == Math.rint(value) ? 0 : 2);
    }

    private static String pretty(JsonNode json) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json);
        } catch (IOException e) {
            return json.toString();
        }
    }

    /** An outcome in its colour, as on the charts. */
    static String badge(String outcome, Labels l) {
        java.awt.Color c = Palette.outcome(outcome);
        boolean light = (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255 > 0.6;
        return "<span class=\"outcome\" style=\"background:" + Palette.hex(c) + (light ? ";color:#222" : "") + "\">"
                + escapeHtml4(l.outcome(outcome)) + "</span>";
    }

    /** An HTML page being written. */
    static final class Page {
        final StringBuilder html = new StringBuilder();
        final Labels labels;

        Page(Labels labels, String title) {
            this.labels = labels;
            html.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                    .append(escapeHtml4(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                    .append(escapeHtml4(title)).append("</h1>\n");
        }

        void heading(String text) {
            html.append("<h2>").append(escapeHtml4(text)).append("</h2>\n");
        }

        void table(List<String> header, List<List<String>> rows) {
            List<List<String>> escaped = new ArrayList<>();
            for (List<String> row : rows) escaped.add(row.stream().map(c -> escapeHtml4(c)).toList());
            rawTable(header.stream().map(c -> escapeHtml4(c)).toList(), escaped);
        }

        /** Cells already HTML. */
        void rawTable(List<String> header, List<List<String>> rows) {
            html.append("<table>\n");
            if (!header.isEmpty()) {
                html.append("<tr>");
                for (String h : header) html.append("<th>").append(h).append("</th>");
                html.append("</tr>\n");
            }
            for (List<String> row : rows) {
                html.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    boolean number = i > 0 && row.get(i).matches("[-+]?[0-9][0-9.,eE+-]*%?");
                    html.append(number ? "<td class=\"n\">" : "<td>").append(row.get(i)).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }

        void charts(List<NamedChart> charts) {
            heading(labels.get("report.charts"));
            for (NamedChart c : charts) {
                html.append("<figure id=\"").append(c.name()).append("\">\n").append(ChartFiles.svgElement(c)).append("\n</figure>\n");
            }
        }

        String end(String provenance) {
            html.append("<footer>").append(escapeHtml4(labels.get("report.generated", Version.get(), provenance)))
                    .append("</footer>\n</body>\n</html>\n");
            return html.toString();
        }
    }
}
