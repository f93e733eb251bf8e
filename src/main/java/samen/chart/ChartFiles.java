package samen.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Writes charts as PNG (1600x1000) and SVG files, and renders them as inline SVG for the report. */
public final class ChartFiles {

    /** The file every charts directory holds: one line per chart, file name and title. */
    public static final String INDEX = "charts.csv";

    /** Which files to write. */
    public enum Format {
        PNG, SVG, BOTH;

        boolean png() {
            return this != SVG;
        }

        boolean svg() {
            return this != PNG;
        }

        /** {@code png}, {@code svg} or {@code both}, as {@code --format} takes it. */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private ChartFiles() {
    }

    /**
     * Writes every chart into {@code dir} (which must exist) plus {@value #INDEX}; returns the
     * files written, index last.
     */
    public static List<Path> write(List<NamedChart> charts, Path dir, Format format, String provenance) throws IOException {
        List<Path> written = new ArrayList<>();
        StringBuilder index = new StringBuilder("# ").append(provenance).append('\n').append("file,title\n");
        for (NamedChart c : charts) {
            if (format.png()) {
                Path png = dir.resolve(c.name() + ".png");
                try (OutputStream out = Files.newOutputStream(png)) {
                    ChartUtils.writeChartAsPNG(out, c.chart(), ChartStyle.WIDTH, ChartStyle.HEIGHT);
                }
                written.add(png);
                index.append(csv(png.getFileName().toString())).append(',').append(csv(c.title())).append('\n');
            }
            if (format.svg()) {
                Path svg = dir.resolve(c.name() + ".svg");
                Files.writeString(svg, svgDocument(c), StandardCharsets.UTF_8);
                written.add(svg);
                index.append(csv(svg.getFileName().toString())).append(',').append(csv(c.title())).append('\n');
            }
        }
        Path indexFile = dir.resolve(INDEX);
        Files.writeString(indexFile, index, StandardCharsets.UTF_8);
        written.add(indexFile);
        return written;
    }

    /** A standalone SVG file. */
    static String svgDocument(NamedChart c) {
        return draw(c).getSVGDocument() + "\n";
    }

    /**
     * An {@code <svg>} element that scales to the width of its container, for inline use in HTML;
     * its ids are prefixed with the chart's name so several charts can share one page.
     */
    public static String svgElement(NamedChart c) {
        return draw(c).getSVGElement("chart-" + c.name(), false,
                new ViewBox(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT), null, null);
    }

    private static SVGGraphics2D draw(NamedChart c) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        // JFreeSVG's default prefix comes from the clock; a fixed one keeps the files reproducible.
        g.setDefsKeyPrefix(c.name() + "-");
        draw(c.chart(), g);
        return g;
    }

    private static void draw(JFreeChart chart, Graphics2D g) {
        chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("#")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
