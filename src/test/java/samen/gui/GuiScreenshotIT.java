package samen.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import samen.model.LewickiQuadrant;

/**
 * The real jar's {@code samen gui SCENARIO --screenshot FILE.png --steps N} under Xvfb, and what the
 * picture must show: not blank, the network drawn (nodes in several colours, edges), the charts
 * drawn (their lines). Needs {@code xvfb-run} (Debian package xvfb, installed by .ci/run): required
 * when CI=true, skipped otherwise when it is missing.
 */
class GuiScreenshotIT {

    private static final Path HOME = Path.of(System.getProperty("samen.home", "")).toAbsolutePath();
    private static final Path JAR = HOME.resolve("target/samen.jar");
    private static final int STEPS = 60;
    /** Chart line colours of LiveCharts (first and second series). */
    private static final Color FIRST_LINE = new Color(0x0072B2);
    private static final Color SECOND_LINE = new Color(0xD55E00);

    @TempDir
    Path dir;

    @BeforeAll
    static void xvfbIsThere() {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "xvfb-run")));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(found).as("xvfb-run on PATH (CI=true; .ci/run installs the xvfb package)").isTrue();
        }
        Assumptions.assumeTrue(found, "xvfb-run not installed (apt-get install xvfb xauth); skipped outside CI");
        assertThat(JAR).as("run by `mvn verify` after `package`").isRegularFile();
    }

    /** The default scenario and two archetypes (not their remedies); without scenarios/archetypes/, two power scenarios. */
    static List<String> scenarios() throws IOException {
        List<String> chosen = new ArrayList<>(List.of("scenarios/default.yaml"));
        Path archetypes = HOME.resolve("scenarios/archetypes");
        if (Files.isDirectory(archetypes)) {
            try (Stream<Path> files = Files.list(archetypes)) {
                files.map(f -> "scenarios/archetypes/" + f.getFileName()).filter(f -> f.endsWith(".yaml") && !f.endsWith("-remedy.yaml"))
                        .sorted().limit(2).forEach(chosen::add);
            }
        }
        if (chosen.size() < 3) chosen.addAll(List.of("scenarios/power-dominant.yaml", "scenarios/power-unclear.yaml"));
        return chosen.subList(0, 3);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theWindowShowsTheNetworkAndTheCharts(String scenario) throws Exception {
        Path png = dir.resolve("shot.png");
        // Mid-run (--at), so the live charts are up; at the end of the run the end screen takes their place.
        Run r = samen("gui", scenario, "--projector", "--screenshot", png.toString(), "--at", Integer.toString(STEPS));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).doesNotContain("Exception", "\tat ");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(CollaborationWithUI.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CollaborationWithUI.HEIGHT);

        int w = image.getWidth();
        int h = image.getHeight();
        assertThat(colours(image, 0, 0, w, h)).as("distinct colours: not a blank window").hasSizeGreaterThan(50);

        Map<Integer, Integer> network = colours(image, 0, h / 10, (int) (w * 0.4), (int) (h * 0.8));
        Set<Integer> nodeColours = new HashSet<>();
        for (int g = -1000; g <= 1000; g++) nodeColours.add(Palette.gain(g / 1000.0).getRGB() & 0xFFFFFF);
        long drawnNodeColours = network.entrySet().stream()
                .filter(e -> nodeColours.contains(e.getKey()) && e.getValue() >= 150).count();
        assertThat(drawnNodeColours).as("partners drawn in several payoff colours").isGreaterThanOrEqualTo(2);
        int edgePixels = 0;
        for (LewickiQuadrant q : LewickiQuadrant.values()) edgePixels += network.getOrDefault(Palette.quadrant(q).getRGB() & 0xFFFFFF, 0);
        assertThat(edgePixels).as("relations drawn in quadrant colours").isGreaterThan(1000);

        Map<Integer, Integer> charts = colours(image, (int) (w * 0.42), h / 10, w, (int) (h * 0.9));
        assertThat(charts.getOrDefault(FIRST_LINE.getRGB() & 0xFFFFFF, 0)).as("first chart lines").isGreaterThan(300);
        assertThat(charts.getOrDefault(SECOND_LINE.getRGB() & 0xFFFFFF, 0)).as("second chart lines").isGreaterThan(300);
    }

    /** At the end of a run the charts give way to the outcome (in its colour), the story and the payoff bars. */
    @Test
    void theEndOfARunShowsTheOutcomeItsStoryAndThePayoffs() throws Exception {
        Path png = dir.resolve("end.png");
        Run r = samen("gui", "scenarios/default.yaml", "--projector", "--lang", "nl", "--screenshot", png.toString(),
                "--steps", Integer.toString(STEPS));
        assertThat(r.exit()).as(r.output()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        Map<Integer, Integer> right = colours(image, (int) (w * 0.42), h / 10, w, (int) (h * 0.9));
        long outcomeColoured = java.util.Arrays.stream(samen.model.Outcome.values())
                .mapToInt(o -> right.getOrDefault(Palette.outcome(o).getRGB() & 0xFFFFFF, 0)).max().orElse(0);
        assertThat(outcomeColoured).as("the outcome's name in its colour").isGreaterThan(300);
        Set<Integer> gainColours = new HashSet<>();
        for (int g = -1000; g <= 1000; g++) gainColours.add(Palette.gain(g / 1000.0).getRGB() & 0xFFFFFF);
        long bars = right.entrySet().stream().filter(e -> gainColours.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        assertThat(bars).as("payoff bars").isGreaterThan(2000);
        assertThat(right.getOrDefault(FIRST_LINE.getRGB() & 0xFFFFFF, 0)).as("no live chart lines any more").isLessThan(100);
        Path copy = HOME.resolve("target/gui-previews/end-nl.png");
        Files.createDirectories(copy.getParent());
        Files.copy(png, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A demo shows the caption of step 1 on the strip at the bottom, on its yellow ground. */
    @Test
    void aDemoShowsItsCaption() throws Exception {
        Path png = dir.resolve("demo.png");
        Run r = samen("gui", "--demo", "scenarios/demo/stormed-contract.yaml", "--lang", "nl", "--screenshot", png.toString(),
                "--steps", "2");
        assertThat(r.exit()).as(r.output()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        int h = image.getHeight();
        Map<Integer, Integer> strip = colours(image, 0, h - 20, image.getWidth(), h);
        assertThat(strip.getOrDefault(EventStrip.CAPTION.getRGB() & 0xFFFFFF, 0)).as("caption ground").isGreaterThan(5000);
    }

    /** How many pixels of each RGB colour lie in the rectangle. */
    private static Map<Integer, Integer> colours(BufferedImage image, int x0, int y0, int x1, int y1) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
        }
        return counts;
    }

    record Run(int exit, String output) {
    }

    private Run samen(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x720x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir.resolve(".home"), "-Dsamen.home=" + HOME, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("output.txt");
        Process p = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("samen gui did not finish in 3 minutes");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
