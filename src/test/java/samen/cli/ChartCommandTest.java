package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import samen.output.Manifest;
import org.junit.jupiter.api.io.TempDir;
import samen.output.Version;

/** {@code samen chart}, {@code samen report} and {@code samen run --charts}, in-process. */
class ChartCommandTest {

    @TempDir
    Path cwd;

    @BeforeEach
    void aRun() {
        Cli.Result r = Cli.run(cwd, "run", "--steps", "60", "--seed", "3", "--out", "run", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void drawsPngChartsIntoTheRunDirectory() throws IOException {
        Cli.Result r = Cli.run(cwd, "chart", "run");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("run/charts/", "trust.png", "network.png");
        assertThat(names(cwd.resolve("run/charts"))).contains("charts.csv", "trust.png", "conditions.png",
                "conditions-radar.png", "energy-value.png", "payoffs.png", "network.png")
                .allMatch(n -> n.endsWith(".png") || n.equals("charts.csv") || n.equals(Manifest.FILE));
        assertThat(Files.readAllLines(cwd.resolve("run/charts/charts.csv")).get(0)).startsWith("# samen ").contains("seed=3");
    }

    @Test
    void svgInDutchElsewhere() throws IOException {
        Cli.Result r = Cli.run(cwd, "chart", "run", "--format", "svg", "--lang", "nl", "--out", "figuren");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(names(cwd.resolve("figuren"))).contains("trust.svg").noneMatch(n -> n.endsWith(".png"));
        String index = Files.readString(cwd.resolve("figuren/charts.csv"));
        assertThat(index).contains("Vertrouwen en waakzaamheid", "vijf condities");
        assertThat(Files.readString(cwd.resolve("figuren/conditions.svg"))).contains("ambitie", "belangen", "proces");
    }

    @Test
    void bothFormatsAndAnEarlierChartsDirectoryIsReplaced() throws IOException {
        assertThat(Cli.run(cwd, "chart", "run", "--format", "svg").exit()).isZero();
        assertThat(Cli.run(cwd, "chart", "run", "--format", "both").exit()).isZero();
        assertThat(names(cwd.resolve("run/charts"))).contains("trust.png", "trust.svg");
        assertThat(Cli.run(cwd, "chart", "run", "--format", "png").exit()).isZero();
        assertThat(names(cwd.resolve("run/charts"))).noneMatch(n -> n.endsWith(".svg"));
    }

    @Test
    void theSameRunGivesByteIdenticalChartsAndReport() throws IOException {
        assertThat(Cli.run(cwd, "chart", "run", "--format", "both", "--out", "a").exit()).isZero();
        assertThat(Cli.run(cwd, "chart", "run", "--format", "both", "--out", "b").exit()).isZero();
        for (String name : names(cwd.resolve("a"))) {
            assertThat(Files.readAllBytes(cwd.resolve("b").resolve(name))).as(name).isEqualTo(Files.readAllBytes(cwd.resolve("a").resolve(name)));
        }
        assertThat(Cli.run(cwd, "report", "run").exit()).isZero();
        byte[] first = Files.readAllBytes(cwd.resolve("run/report.html"));
        assertThat(Cli.run(cwd, "report", "run").exit()).isZero();
        assertThat(Files.readAllBytes(cwd.resolve("run/report.html"))).isEqualTo(first);
    }

    @Test
    void runWithChartsDrawsThemInTheSameGo() throws IOException {
        Cli.Result r = Cli.run(cwd, "run", "--steps", "40", "--out", "charted", "--charts");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("charts/");
        assertThat(names(cwd.resolve("charted/charts"))).contains("trust.png", "charts.csv");
    }

    @Test
    void aReportIsOneSelfContainedPage() throws IOException {
        Cli.Result r = Cli.run(cwd, "report", "run");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("run/report.html");
        String html = Files.readString(cwd.resolve("run/report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<svg", "Trust and vigilance",
                "Zorg in de wijk", "seed", Version.get(), "organisations:", "Partners")
                .doesNotContain("<script", "<link", "src=\"http", "href=\"http", "@import");
        assertThat(html.split("<svg", -1)).hasSizeGreaterThan(5);
        assertThat(Cli.run(cwd, "report", "run", "--lang", "nl").exit()).isZero();
        assertThat(Files.readString(cwd.resolve("run/report.html"))).contains("<html lang=\"nl\">", "Het scenario");
        assertThat(names(cwd.resolve("run"))).noneMatch(n -> n.startsWith(".") && !n.equals(Manifest.FILE));
    }

    /** The Dutch report writes its numbers one way per column and names the end values in Dutch. */
    @Test
    void theDutchReportsTablesAreDutchAndEvenlyWritten() throws IOException {
        assertThat(Cli.run(cwd, "report", "run", "--lang", "nl").exit()).isZero();
        String html = Files.readString(cwd.resolve("run/report.html"));
        assertThat(html).contains("<td>gemiddeld vertrouwen</td>", "<td>ambitie</td>", "<td>opportunistische acties</td>")
                .doesNotContain("<td>mean_trust</td>", "<td>ambition</td>");
        // Every partner row: power with two decimals, payoff and alternative with one, percentages with one.
        Matcher rows = Pattern.compile("<tr><td>[^<]+</td>((?:<td[^>]*>[^<]*</td>){6})</tr>").matcher(html);
        int partners = 0;
        while (rows.find()) {
            List<String> cells = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(rows.group(1)).results().map(m -> m.group(1)).toList();
            assertThat(cells.get(0)).matches("\\d+,\\d{2}");
            assertThat(cells.get(1)).matches("-?\\d+,\\d");
            assertThat(cells.get(2)).matches("-?\\d+,\\d");
            assertThat(cells.get(3)).matches("[+-]?\\d+,\\d%");
            partners++;
        }
        assertThat(partners).isGreaterThanOrEqualTo(2);
    }

    @Test
    void notAResultsDirectoryIsBadInput() throws IOException {
        Files.createDirectories(cwd.resolve("empty"));
        for (String command : List.of("chart", "report")) {
            Cli.Result r = Cli.run(cwd, command, "empty");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("empty: not a run directory").doesNotContain("Exception");
        }
        assertThat(Cli.run(cwd, "chart", "nowhere").err()).contains("nowhere: no such directory");
    }

    @Test
    void badOptionsAreBadInput() {
        Cli.Result format = Cli.run(cwd, "chart", "run", "--format", "gif");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format", "gif", "png, svg, both");
        Cli.Result lang = Cli.run(cwd, "report", "run", "--lang", "de");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang", "'de'", "en, nl");
        assertThat(cwd.resolve("run/charts")).doesNotExist();
    }

    @Test
    void aBrokenFileIsReportedWithItsPlace() throws IOException {
        Path ts = cwd.resolve("run/timeseries.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ts));
        lines.set(4, lines.get(4).replaceFirst("^(\\d+),(\\w+),([^,]*),([^,]*),", "$1,$2,$3,$4,lots,"));
        Files.write(ts, lines);
        Cli.Result r = Cli.run(cwd, "chart", "run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).matches("run/timeseries\\.csv:5:\\d+: mean_trust: 'lots' is not a number; allowed: a number");
        assertThat(cwd.resolve("run/charts")).doesNotExist();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
