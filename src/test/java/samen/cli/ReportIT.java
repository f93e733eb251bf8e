package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a reader sees it: written by the jar, opened offline in headless Chromium
 * (Debian's {@code chromium}), screenshot checked for content. The screenshot stays in
 * target/chart-previews/report.png for people to look at.
 */
class ReportIT {

    @TempDir
    Path cwd;

    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        ExternalTool.need("chromium", "chromium");
        assertThat(ExternalTool.samen(cwd, "run", "--steps", "120", "--out", "run", "-q").exit()).isZero();
        ExternalTool.Outcome report = ExternalTool.samen(cwd, "report", "run");
        assertThat(report.exit()).as(report.err()).isZero();

        Path screenshot = Files.createDirectories(Cli.HOME.resolve("target/chart-previews")).resolve("report.png");
        Files.deleteIfExists(screenshot);
        ExternalTool.Outcome chromium = ExternalTool.run(cwd, List.of("chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + cwd.resolve(".chromium"),
                "--window-size=1280,2400", "--screenshot=" + screenshot,
                cwd.resolve("run/report.html").toUri().toString()), Map.of("HOME", cwd.toString()), 120);
        assertThat(chromium.exit()).as(chromium.err()).isZero();

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
        Set<Integer> colours = new HashSet<>();
        int rowsWithInk = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            boolean ink = false;
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) ink = true;
            }
            if (ink) rowsWithInk++;
        }
        assertThat(colours).as("colours on the page").hasSizeGreaterThan(50);
        // the page is filled top to bottom: tables, then charts
        assertThat(rowsWithInk).isGreaterThan(image.getHeight() / 4 / 3);
    }
}
