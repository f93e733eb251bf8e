package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole workshop in real browsers: {@code samen workshop} from the jar, one trainer page at
 * 1280x720 and four phones at 360 px in headless Chromium (Debian's chromium and chromium-driver,
 * through Selenium). The players take seats, decide round after round (one in Dutch), one drops out
 * and rejoins with its code, the trainer fires an intervention and closes a round, and the session
 * ends in an outcome with a debrief. Screenshots go to target/workshop-screenshots/.
 */
class WorkshopBrowserIT {

    private static final Path SHOTS = Cli.HOME.resolve("target/workshop-screenshots");
    /** Generous: a loaded two-core machine runs five browsers and the server at once. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Selenium warns on every browser that it has no DevTools bindings for Debian's Chromium version; we use none. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    Path tmp;

    private final List<WebDriver> browsers = new ArrayList<>();
    private Process server;

    @AfterEach
    void stop() {
        browsers.forEach(WebDriver::quit);
        if (server != null) server.destroy();
    }

    @Test
    void fourPlayersAndATrainerPlayASessionToItsOutcome() throws Exception {
        ExternalTool.need("chromium", "chromium");
        ExternalTool.need("chromedriver", "chromium-driver");
        Files.createDirectories(SHOTS);
        Path dir = tmp.resolve("session");
        String[] urls = startServer(dir);
        String trainerUrl = urls[0];
        String joinUrl = urls[1];

        WebDriver trainer = browser(1280, 720);
        trainer.get(trainerUrl);
        waitFor(trainer, d -> d.findElement(By.id("start")).isEnabled());

        List<WebDriver> phones = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int seat = 1; seat <= 4; seat++) {
            WebDriver phone = browser(360, 800);
            phone.get(joinUrl);
            takeSeat(phone, seat);
            codes.add(text(phone, By.id("token")));
            phones.add(phone);
        }
        click(phones.get(3), By.cssSelector(".lang button:last-child"));
        waitFor(phones.get(3), d -> d.getPageSource().contains("Je besluit voor ronde"));
        waitFor(trainer, d -> d.findElements(By.cssSelector(".seatlist li.human")).size() == 4);

        click(trainer, By.id("start"));
        shoot(trainer, "trainer-start.png");
        // Round 1: everyone decides, each answer of the three further questions in play, so the round closes by itself.
        String[] acts = {"cooperate", "hold_back", "push_back", "take_more"};
        String[] attend = {"organisation", "relation", "spread", "ambition"};
        String[] answers = {"defend", "give_in", "inform", "inform"};
        for (int i = 0; i < 4; i++) {
            if (i == 3) {
                // The last player's questions, as a phone shows them, before the round closes.
                decide(phones.get(i), 40 + 10 * i, acts[i], attend[i], answers[i], true, "phone-decide.png");
            } else {
                decide(phones.get(i), 40 + 10 * i, acts[i], attend[i], answers[i], true);
            }
        }
        waitFor(trainer, d -> text(d, By.cssSelector(".round")).startsWith("Round 2/"));
        // The feedback says what the attention and the answer at home did.
        waitFor(phones.get(0), d -> d.getPageSource().contains("Round 1: what happened to you"));
        assertThat(text(phones.get(0), By.cssSelector(".feedback li.attended"))).startsWith("You attended to organisation: its level ");
        assertThat(text(phones.get(0), By.cssSelector(".feedback li.loyalty"))).contains("You answered your constituency: Defend the collaboration at home");
        assertThat(text(phones.get(0), By.cssSelector(".feedback .why"))).contains("Defending at home cost you time at the table");
        assertThat(text(phones.get(1), By.cssSelector(".feedback .why"))).contains("Giving in, you brought no more than your constituency backs");
        assertThat(phones.get(2).findElements(By.cssSelector(".feedback li.attended"))).as("spread: no one condition").isEmpty();

        // Player 2 drops out (browser gone) and comes back on a fresh browser with the seat's code.
        phones.get(1).quit();
        browsers.remove(phones.get(1));
        WebDriver back = browser(360, 800);
        back.get(joinUrl);
        type(back, By.id("code"), codes.get(1));
        click(back, By.xpath("//button[text()='Rejoin']"));
        waitFor(back, d -> text(d, By.id("token")).equals(codes.get(1)));
        assertThat(back.getPageSource()).contains("what happened to you");
        phones.set(1, back);

        // Round 2: everyone decides again; the Dutch player walks away.
        for (int i = 0; i < 4; i++) decide(phones.get(i), 70, "cooperate", "spread", "inform", i != 3);
        waitFor(trainer, d -> text(d, By.cssSelector(".round")).startsWith("Round 3/"));
        waitFor(phones.get(3), d -> d.getPageSource().contains("Je hebt de tafel verlaten."));
        assertThat(phones.get(3).getPageSource()).contains("Je organisatie zit nu niet aan tafel.");
        shoot(phones.get(3), "phone-left-nl.png");

        // Round 3: the trainer intervenes and closes the round; seats without an answer go to the agents.
        decide(phones.get(0), 90, "press_renegotiation");
        waitFor(trainer, d -> text(d, By.cssSelector(".seatlist li:first-child")).contains("✓"));
        click(trainer, By.cssSelector("button.intervention[data-key=convening]"));
        waitFor(trainer, d -> d.getPageSource().contains("intervention"));
        shoot(trainer, "trainer-live.png");
        click(trainer, By.id("next"));
        waitFor(phones.get(0), d -> d.getPageSource().contains("Round 3: what happened to you"));
        shoot(phones.get(0), "phone-feedback.png");
        // Next round until the outcome shows; the button is disabled once the last round closed, and the
        // page may take a moment to say so on a loaded machine, so press it only while it is enabled.
        while (!trainer.getPageSource().contains("Outcome:")) {
            ((JavascriptExecutor) trainer).executeScript("const b = document.getElementById('next'); if (!b.disabled) b.click();");
            Thread.sleep(300);
        }
        waitFor(trainer, d -> !d.findElements(By.cssSelector(".debrief td")).isEmpty());
        BufferedImage end = shoot(trainer, "trainer-end.png");
        BufferedImage phone = shoot(phones.get(2), "phone-end.png");
        shoot(phones.get(3), "phone-nl.png");

        assertThat(text(trainer, By.cssSelector(".outcome h2"))).startsWith("Outcome: ");
        assertThat(trainer.getPageSource()).contains("Debrief").contains("agent would");
        assertThat(phones.get(2).getPageSource()).contains("Outcome: ").contains("what happened to you")
                .contains("Your rounds, and what the model's agent would have done");
        assertThat(phones.get(3).getPageSource()).contains("Uitkomst: ").contains("Je code");
        assertThat(colours(end)).as("a picture, not a blank page").isGreaterThan(20);
        for (WebDriver p : phones) {
            assertThat((Long) ((JavascriptExecutor) p).executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(360L);
        }
        assertThat(colours(phone)).isGreaterThan(10);

        // Everything is on disk, and the people's decisions are there.
        waitFor(trainer, d -> Files.exists(dir.resolve("summary.json")));
        assertThat(Files.readString(tmp.resolve("server.out"))).contains("session ended: ");
        String decisions = Files.readString(dir.resolve("decisions.csv"), StandardCharsets.UTF_8);
        for (int seat = 1; seat <= 4; seat++) assertThat(decisions).contains("1,0,decision," + seat + ",");
        assertThat(decisions).contains(",human,70,cooperate,").contains(",take_more,").contains(",convening,")
                .contains(",human,40,cooperate,organisation,defend,true,").contains(",relation,give_in,")
                .contains(",human,70,cooperate,spread,inform,false,");
        assertThat(Files.readString(dir.resolve("events.csv"))).as("the player who left").contains(",leave,left,");
        assertThat(decisions.lines().filter(l -> l.contains(",human,")).count()).isEqualTo(4 + 4 + 1);

        // The debrief's turning points, in English and in Dutch, and the report with the charts of the session.
        assertThat(trainer.getPageSource()).contains("Turning points").contains("intervention convening");
        click(trainer, By.cssSelector(".lang button:last-child"));
        waitFor(trainer, d -> d.getPageSource().contains("Kantelpunten"));
        shoot(trainer, "trainer-end-nl.png");
        assertThat(trainer.getPageSource()).contains("Uitkomst: ").contains("interventie verbinden").contains("De vijf voorwaarden");
        trainer.get(trainerUrl.replaceAll("/trainer\\?t=.*", "/report"));
        assertThat(trainer.getPageSource()).contains("<svg").contains("Zorg in de wijk");
    }

    private String[] startServer(Path dir) throws IOException, InterruptedException {
        Path out = tmp.resolve("server.out");
        server = new ProcessBuilder(SamenJar.command(tmp, List.of(), "workshop", "scenarios/default.yaml", "--port", "0",
                "--bind", "127.0.0.1", "--out", dir.toString(), "--round-seconds", "0", "--round-steps", "10",
                "--steps", "50")).directory(Cli.HOME.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Pattern trainer = Pattern.compile("trainer \\(keep this to yourself\\): (\\S+)");
        Pattern join = Pattern.compile("participants join at: +(\\S+)");
        for (int i = 0; i < 600; i++) {
            String text = Files.exists(out) ? Files.readString(out) : "";
            Matcher t = trainer.matcher(text);
            Matcher j = join.matcher(text);
            if (t.find() && j.find()) return new String[] {t.group(1), j.group(1)};
            if (!server.isAlive()) throw new AssertionError("samen workshop stopped: " + text);
            Thread.sleep(100);
        }
        throw new AssertionError("samen workshop printed no addresses in 60 s");
    }

    private WebDriver browser(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        browsers.add(d);
        // The window includes the browser's frame: grow it until the page itself has the size asked.
        d.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) d;
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        long innerHeight = (Long) js.executeScript("return window.innerHeight");
        d.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
        return d;
    }

    private void takeSeat(WebDriver phone, int seat) {
        click(phone, By.xpath("//button[contains(@class,'seat') and starts-with(normalize-space(.), '" + seat + ".')]"));
        waitFor(phone, d -> !text(d, By.id("token")).isEmpty());
    }

    private void decide(WebDriver phone, int bring, String act) throws IOException {
        decide(phone, bring, act, "spread", "inform", true);
    }

    private void decide(WebDriver phone, int bring, String act, String attend, String constituency, boolean stay) throws IOException {
        decide(phone, bring, act, attend, constituency, stay, null);
    }

    /** Decides on a phone; with {@code shot}, takes a screenshot of the questions answered before sending. */
    private void decide(WebDriver phone, int bring, String act, String attend, String constituency, boolean stay, String shot)
            throws IOException {
        waitFor(phone, d -> d.findElement(By.id("send")).isDisplayed());
        ((JavascriptExecutor) phone).executeScript("const r = document.getElementById('bring'); r.value = arguments[0];"
                + " r.dispatchEvent(new Event('input'));"
                + " const a = document.getElementById('attend'); a.value = arguments[1]; a.dispatchEvent(new Event('change'));",
                bring, attend);
        click(phone, By.cssSelector("input[name=act][value=" + act + "]"));
        click(phone, By.cssSelector("input[name=constituency][value=" + constituency + "]"));
        click(phone, By.cssSelector("input[name=stay][value=" + stay + "]"));
        if (shot != null) {
            ((JavascriptExecutor) phone).executeScript("document.getElementById('attend').scrollIntoView({block: 'start'})");
            shoot(phone, shot);
        }
        click(phone, By.id("send"));
    }

    private static void click(WebDriver d, By by) {
        waitFor(d, x -> {
            WebElement e = x.findElement(by);
            if (!e.isDisplayed() || !e.isEnabled()) return false;
            ((JavascriptExecutor) x).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
            e.click();
            return true;
        });
    }

    private static void type(WebDriver d, By by, String text) {
        waitFor(d, x -> {
            x.findElement(by).sendKeys(text);
            return true;
        });
    }

    private static String text(WebDriver d, By by) {
        List<WebElement> found = d.findElements(by);
        try {
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition::apply);
    }

    private static BufferedImage shoot(WebDriver d, String name) throws IOException {
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
        byte[] png = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) seen.add(image.getRGB(x, y));
        }
        return seen.size();
    }
}
