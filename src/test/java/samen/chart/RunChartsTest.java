package samen.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.scenario.ScenarioException;
import samen.output.EventRecord;

/** Every chart of a real run, rendered to PNG and SVG; the PNGs stay in target/chart-previews/run. */
class RunChartsTest {

    @TempDir
    static Path tmp;
    static RunData run;
    static Map<String, NamedChart> charts;

    @BeforeAll
    static void render() throws Exception {
        Path dir = Fixtures.eventfulRun(tmp.resolve("run"));
        run = RunData.read(dir, "run");
        List<NamedChart> all = RunCharts.all(run, Labels.english(), List.of());
        charts = all.stream().collect(Collectors.toMap(NamedChart::name, c -> c));
        ChartFiles.write(all, Fixtures.previews("run"), ChartFiles.Format.BOTH, "test");
    }

    @Test
    void everyChartIsAFullSizePictureWithContent() throws IOException {
        assertThat(charts).containsOnlyKeys("trust", "conditions", "conditions-radar", "energy-value", "payoffs",
                "network", "events");
        for (String name : charts.keySet()) PngCheck.assertNotTrivial(Fixtures.PREVIEWS.resolve("run/" + name + ".png"));
    }

    @Test
    void trustAndVigilanceAreTwoLinesOverEveryStepWithPhaseBands() throws IOException {
        XYPlot plot = charts.get("trust").chart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(run.steps().length);
        long phases = run.phases().stream().distinct().count();
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSizeGreaterThanOrEqualTo((int) phases);
        BufferedImage png = PngCheck.assertNotTrivial(Fixtures.PREVIEWS.resolve("run/trust.png"));
        assertThat(PngCheck.contains(png, Palette.TRUST)).isTrue();
        assertThat(PngCheck.contains(png, Palette.VIGILANCE)).isTrue();
    }

    @Test
    void interventionsAndShocksAreMarkedOnTheTimeAxis() {
        List<String> marked = new java.util.ArrayList<>();
        for (Object m : charts.get("trust").chart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
            marked.add(((org.jfree.chart.plot.ValueMarker) m).getLabel());
        }
        assertThat(marked).contains("convening", "budget cut").anyMatch(m -> m.startsWith("conflict handling"));
    }

    @Test
    void theFiveConditionsAreFiveLinesAndTheRadarHasFiveAxes() {
        assertThat(charts.get("conditions").chart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(5);
        var radar = (org.jfree.chart.plot.SpiderWebPlot) charts.get("conditions-radar").chart().getPlot();
        assertThat(radar.getDataset().getColumnCount()).isEqualTo(5);
        assertThat(radar.getDataset().getRowCount()).isEqualTo(4);
    }

    @Test
    void everyKindOfEventHasItsRow() {
        long kinds = run.events().stream().map(EventRecord::kind).distinct().count();
        assertThat(charts.get("events").chart().getXYPlot().getDataset().getSeriesCount()).isEqualTo((int) kinds);
    }

    @Test
    void payoffsHaveOneBarPerPartnerColouredByStanding() throws IOException {
        CategoryPlot plot = charts.get("payoffs").chart().getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(run.partners().size());
        long bars = 0;
        for (int r = 0; r < plot.getDataset().getRowCount(); r++) {
            for (int c = 0; c < plot.getDataset().getColumnCount(); c++) if (plot.getDataset().getValue(r, c) != null) bars++;
        }
        assertThat(bars).isEqualTo(run.partners().size());
        BufferedImage png = PngCheck.assertNotTrivial(Fixtures.PREVIEWS.resolve("run/payoffs.png"));
        String standing = run.partners().get(0).standing();
        assertThat(PngCheck.contains(png, Palette.standing(standing))).isTrue();
    }

    @Test
    void theNetworkHasANodePerPartnerAndAHalfEdgePerOrderedPair() {
        XYPlot plot = charts.get("network").chart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(run.partners().size());
        int n = run.partners().size();
        // half-edges plus one name per node
        assertThat(((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations()).hasSize(n * (n - 1) + n);
        assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(4);
    }

    @Test
    void energyAndValueShareTheTimeAxisOnTwoScales() {
        XYPlot plot = charts.get("energy-value").chart().getXYPlot();
        assertThat(plot.getDatasetCount()).isEqualTo(2);
        assertThat(plot.getRangeAxisCount()).isEqualTo(2);
        assertThat(plot.getRangeAxis(1).getLabel()).contains("resource units");
    }

    @Test
    void svgFilesAreWrittenToo() throws IOException {
        String svg = Files.readString(Fixtures.PREVIEWS.resolve("run/trust.svg"));
        assertThat(svg).startsWith("<?xml").contains("<svg", "mean trust");
    }
}
