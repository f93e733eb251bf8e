package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `samen gui` without a screen (tests run headless): it checks its input first, then says what it needs. */
class GuiCommandTest {

    @TempDir
    Path cwd;

    @Test
    void withoutAScreenItSaysWhatToDoInOneLine() {
        Cli.Result r = Cli.run(cwd, "gui", "--projector", "--lang", "nl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("needs a screen", "xvfb-run").doesNotContain("Exception", "\tat ");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aBadScenarioIsExitTwoWithItsLocation() throws IOException {
        Files.writeString(cwd.resolve("bad.yaml"), "name: x\norganisations:\n  - name: A\n  - name: B\nsteps: many\n");
        Cli.Result r = Cli.run(cwd, "gui", "bad.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("bad.yaml:5:8: steps:");
    }

    @Test
    void badOptionsAreExitTwo() {
        assertThat(Cli.run(cwd, "gui", "--lang", "fr").err()).contains("--lang: 'fr'", "allowed: en or nl");
        assertThat(Cli.run(cwd, "gui", "--lang", "fr").exit()).isEqualTo(2);
        Cli.Result jpg = Cli.run(cwd, "gui", "--screenshot", "shot.jpg");
        assertThat(jpg.exit()).isEqualTo(2);
        assertThat(jpg.err()).contains("shot.jpg", ".png");
        assertThat(Cli.run(cwd, "gui", "missing.yaml").exit()).isEqualTo(2);
        Cli.Result speed = Cli.run(cwd, "gui", "--speed", "fast");
        assertThat(speed.exit()).isEqualTo(2);
        assertThat(speed.err()).isEqualTo("samen: --speed: 'fast' is not a speed; allowed: a number from 0.1 to 100 "
                + "(1 = a 200-step run in about a minute), or max\n");
        Cli.Result at = Cli.run(cwd, "gui", "--at", "30");
        assertThat(at.exit()).isEqualTo(2);
        assertThat(at.err()).contains("--at 30", "together with --screenshot");
        assertThat(Cli.run(cwd, "gui", "--steps", "0").err()).startsWith("--steps 0: steps: 0 is out of range");
    }

    @Test
    void aBadCaptionIsExitTwoWithItsLocation() throws IOException {
        Files.writeString(cwd.resolve("demo.yaml"),
                "name: x\norganisations:\n  - name: A\n  - name: B\ncaptions:\n  - on_event: party\n    text: hi\n");
        Cli.Result r = Cli.run(cwd, "gui", "--demo", "demo.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("demo.yaml:6:15: captions.1.on_event: 'party' is not an event kind");
    }

    @Test
    void helpShowsTheHeadlessCheck() {
        Cli.Result r = Cli.run(cwd, "gui", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--screenshot", "--projector", "--demo", "--lang", "xvfb-run");
    }
}
