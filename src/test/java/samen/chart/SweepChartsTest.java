package samen.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.plot.CategoryPlot;
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
                "heatmap-win_win-trust.gain_rate-power.distribution", "morris-mean_trust", "morris-cumulative_value",
                "sobol-mean_trust");
        for (String name : charts.keySet()) PngCheck.assertNotTrivial(Fixtures.PREVIEWS.resolve("sweep/" + name + ".png"));
    }

    @Test
    void sharesStackToAHundredPercentPerValueWithN() {
        CategoryPlot plot = charts.get("outcomes-by-trust.gain_rate").chart().getCategoryPlot();
        var data = plot.getDataset();
        assertThat(data.getColumnCount()).isEqualTo(SweepFixture.GAIN.size());
        assertThat(data.getRowCount()).isEqualTo(sweep.outcomes().stream().distinct().count());
        for (int c = 0; c < data.getColumnCount(); c++) {
            double total = 0;
            for (int r = 0; r < data.getRowCount(); r++) total += data.getValue(r, c).doubleValue();
            assertThat(total).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(data.getColumnKey(c).toString()).endsWith("(n=" + SweepFixture.DISTRIBUTION.size() * SweepFixture.REPLICATIONS + ")");
        }
        for (int r = 0; r < data.getRowCount(); r++) {
            String outcome = SharesChart.present(sweep).get(r);
            assertThat(plot.getRenderer().getSeriesPaint(r)).isEqualTo(Palette.outcome(outcome));
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
    void morrisAndSobolHaveAPointOrBarPerParameter() {
        assertThat(charts.get("morris-mean_trust").chart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(3);
        XYPlot sobol = charts.get("sobol-mean_trust").chart().getXYPlot();
        assertThat(sobol.getDataset(1).getSeriesCount()).isEqualTo(2);
        assertThat(sobol.getDataset(1).getItemCount(0)).isEqualTo(3);
    }
}
