package samen.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(c) + "\n";
    }

    /**
     * An {@code <svg>} element that scales to the width of its container, for inline use in HTML;
     * its ids are prefixed with the chart's name so several charts can share one page.
     */
    public static String svgElement(NamedChart c) {
        return svg(c);
    }

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static String svg(NamedChart c) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setIDGenerator(new PrefixedIds("chart-" + c.name() + "-"));
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(ChartStyle.WIDTH, ChartStyle.HEIGHT));
        c.chart().draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        Element root = g.getRoot();
        root.setAttribute("id", "chart-" + c.name());
        root.setAttribute("viewBox", "0 0 " + ChartStyle.WIDTH + " " + ChartStyle.HEIGHT);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        String text = out.toString();
        return text.substring(text.indexOf("<svg")).strip(); // Batik writes its own prolog and DOCTYPE before it
    }

    /** Batik's counters per prefix are deterministic; the chart's name keeps ids unique on a page. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String chart;

        PrefixedIds(String chart) {
            this.chart = chart;
        }

        @Override
        public String generateID(String prefix) {
            return super.generateID(chart + prefix);
        }
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("#")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
