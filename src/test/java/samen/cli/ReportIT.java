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
import samen.model.Intervention;
import samen.output.Invocation;
import samen.scenario.ScenarioLoader;
import samen.workshop.Act;
import samen.workshop.Answer;
import samen.workshop.Attend;
import samen.workshop.Choice;
import samen.workshop.Seat;
import samen.workshop.Session;
import samen.workshop.Settings;

/**
 * The HTML report as a reader sees it: written by the jar, opened offline in headless Chromium
 * (Debian's {@code chromium}), screenshot checked for content. The screenshots stay in
 * target/chart-previews/report*.png for people to look at.
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

        BufferedImage image = screenshot(cwd.resolve("run/report.html"), "report.png");
        assertFilled(image);
    }

    /**
     * A workshop session's report, in Dutch and English: the debrief sits after the story, with the
     * cells where a player did otherwise than the agent highlighted, then the turning points.
     */
    @Test
    void aSessionsReportShowsTheDebriefInHeadlessChromium() throws Exception {
        ExternalTool.need("chromium", "chromium");
        Path dir = cwd.resolve("session");
        try (Session s = Session.open(ScenarioLoader.load(Cli.HOME.resolve("scenarios/default.yaml"), List.of("steps=40")),
                "scenarios/default.yaml", Invocation.now(List.of("workshop")), dir, new Settings(5, 0), () -> 0L)) {
            Seat a = s.join(1);
            Seat b = s.join(3);
            for (int round = 1; s.state() != Session.State.ENDED; round++) {
                if (round <= 4) {
                    s.decide(a, round, round, new Choice(80, round == 2 ? Act.TAKE_MORE : Act.COOPERATE, Attend.RELATION,
                            Answer.DEFEND, true));
                    if (round <= 2) s.decide(b, round, round, new Choice(30, Act.HOLD_BACK, Attend.SPREAD, Answer.GIVE_IN, round < 2));
                }
                if (round == 3) s.intervene(Intervention.CONVENING);
                s.next();
            }
        }
        for (String lang : List.of("nl", "en")) {
            ExternalTool.Outcome report = ExternalTool.samen(cwd, "report", "session", "--lang", lang);
            assertThat(report.exit()).as(report.err()).isZero();
            BufferedImage image = screenshot(dir.resolve("report.html"), "report-session-" + lang + ".png");
            assertFilled(image);
            assertThat(count(image, 0xFFE08A)).as("highlighted cells: a player did otherwise than the agent").isGreaterThan(200);
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Debrief").contains("Seat 3: ").contains("Walked away in round 2.");
    }

    private BufferedImage screenshot(Path page, String name) throws Exception {
        Path screenshot = Files.createDirectories(Cli.HOME.resolve("target/chart-previews")).resolve(name);
        Files.deleteIfExists(screenshot);
        ExternalTool.Outcome chromium = ExternalTool.run(cwd, List.of("chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + cwd.resolve(".chromium"),
                "--window-size=1280,2400", "--screenshot=" + screenshot,
                page.toUri().toString()), Map.of("HOME", cwd.toString()), 120);
        assertThat(chromium.exit()).as(chromium.err()).isZero();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
        return image;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        }
        return n;
    }

    private static void assertFilled(BufferedImage image) {
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
