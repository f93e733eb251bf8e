package samen.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart of a sweep directory, rendered to PNG; the PNGs stay in target/chart-previews/sweep. */
class SweepChartsTest {

    @TempDir
    static Path tmp;
    static SweepData sweep;
    static Map<String, NamedChart> charts;

    @BeforeAll
    static void render() throws Exception {
        sweep = SweepData.read(SweepFixture.write(tmp.resolve("sweep")), "sweep");
        List<NamedChart> all = SweepCharts.all(sweep, Labels.english(), "win_win");
        charts = all.stream().collect(Collectors.toMap(NamedChart::name, c -> c));
        ChartFiles.write(all, Fixtures.previews("sweep"), ChartFiles.Format.PNG, "test");
    }

    @Test
    void oneChartOfEachKind() throws IOException {
        assertThat(charts).containsOnlyKeys("outcomes-by-trust.gain_rate", "outcomes-by-power.distribution",
                "heatmap-win_win-trust.gain_rate-power.distribution", "morris-overview", "sobol-overview");
        for (String name : charts.keySet()) PngCheck.assertNotTrivial(Fixtures.PREVIEWS.resolve("sweep/" + name + ".png"));
    }

    @Test
    void sharesPerValueAddUpToAHundredPercentEachWithItsWilsonInterval() {
        XYPlot plot = charts.get("outcomes-by-trust.gain_rate").chart().getXYPlot();
        var data = (org.jfree.data.xy.YIntervalSeriesCollection) plot.getDataset(1);
        List<String> present = SharesChart.present(sweep);
        assertThat(data.getSeriesCount()).isEqualTo(present.size());
        for (int g = 0; g < SweepFixture.GAIN.size(); g++) {
            double total = 0;
            for (int o = 0; o < data.getSeriesCount(); o++) {
                double share = data.getYValue(o, g);
                total += share;
                assertThat(data.getStartYValue(o, g)).as("low").isBetween(0.0, share);
                assertThat(data.getEndYValue(o, g)).as("high").isBetween(share, 100.0);
                if (share > 0 && share < 100) assertThat(data.getEndYValue(o, g) - data.getStartYValue(o, g)).isPositive();
            }
            assertThat(total).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
        }
        var x = (org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis();
        assertThat(x.getSymbols()).allMatch(l -> l.endsWith("(n=" + SweepFixture.DISTRIBUTION.size() * SweepFixture.REPLICATIONS + ")"));
        for (int o = 0; o < present.size(); o++) {
            assertThat(plot.getRenderer(0).getSeriesPaint(o)).isEqualTo(Palette.outcome(present.get(o)));
        }
    }

    @Test
    void theHeatmapHasACellPerPairOfValues() {
        XYPlot plot = charts.get("heatmap-win_win-trust.gain_rate-power.distribution").chart().getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(SweepFixture.GAIN.size() * SweepFixture.DISTRIBUTION.size());
        assertThat(plot.getAnnotations()).hasSize(9);
    }

    @Test
    void aMetricHeatmapShowsItsMean() {
        NamedChart c = SweepCharts.all(sweep, Labels.english(), "mean_trust").stream()
                .filter(n -> n.name().startsWith("heatmap-")).findFirst().orElseThrow();
        assertThat(c.name()).isEqualTo("heatmap-mean_trust-trust.gain_rate-power.distribution");
        assertThat(c.title()).startsWith("Mean final mean_trust");
    }

    @Test
    void aSweepReportHasItsDesignSharesAndCharts() throws Exception {
        Path file = Report.write(sweep.dir(), "sweep", Labels.english());
        String html = java.nio.file.Files.readString(file);
        assertThat(html).contains("samen sweep report: fixture", "grid", "trust.gain_rate", "power.distribution",
                "Outcome shares", "master seed", "base_scenario")
                .doesNotContain("<script", "src=\"http");
        assertThat(html.split("<svg", -1)).hasSize(charts.size() + 1);
    }

    @Test
    void oneOverviewPerDesignWithACellPerOutputAndParameterAndTheNotesUnderIt() {
        XYPlot morris = charts.get("morris-overview").chart().getXYPlot();
        assertThat(morris.getDataset().getItemCount(0)).isEqualTo(2 * 3);
        assertThat(((org.jfree.chart.axis.SymbolAxis) morris.getRangeAxis()).getSymbols()).containsExactly("cumulative_value", "mean_trust");
        var subtitles = charts.get("morris-overview").chart().getSubtitles().stream()
                .filter(t -> t instanceof org.jfree.chart.title.TextTitle).map(t -> ((org.jfree.chart.title.TextTitle) t).getText()).toList();
        assertThat(subtitles).anyMatch(t -> t.contains("not charted: energy"))
                .anyMatch(t -> t.startsWith("Warning, design: 4 Morris trajectories"));
        var sobol = (org.jfree.chart.plot.CombinedRangeXYPlot) charts.get("sobol-overview").chart().getPlot();
        assertThat(sobol.getSubplots()).hasSize(2);
        XYPlot s1 = (XYPlot) sobol.getSubplots().get(0);
        assertThat(s1.getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(s1.getDataset() instanceof org.jfree.data.xy.XYZDataset z ? z.getZValue(0, 0) : -1).isEqualTo(0.35);
    }
}
