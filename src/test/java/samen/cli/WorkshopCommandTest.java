package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samen workshop} refuses bad options with one line and exit 2, before it listens. */
class WorkshopCommandTest {

    @TempDir
    Path tmp;

    private void assertBadInput(String message, String... args) {
        Cli.Result r = Cli.run(tmp, args);
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip()).contains(message).doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void badOptionsAreOneLineAndExitTwo() throws Exception {
        assertBadInput("--lang: 'fr' is not a language; allowed: nl, en", "workshop", "--lang", "fr");
        assertBadInput("--port: 70000 is out of range", "workshop", "--port", "70000");
        assertBadInput("--round-steps: 0 is out of range", "workshop", "--round-steps", "0");
        assertBadInput("--round-seconds: -1 is out of range", "workshop", "--round-seconds", "-1");
        assertBadInput("no session.json in it", "workshop", "--resume", Files.createDirectories(tmp.resolve("empty")).toString());
        assertBadInput("--resume: the session's own scenario", "workshop", "--resume", "x", "--seed", "4");
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        assertBadInput("already exists", "workshop", "--out", taken.toString());
        assertBadInput("steps: expected a whole number", "workshop", "--set", "steps=many");
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        assertBadInput("cannot write the session there", "workshop", "--out", file.resolve("session").toString());
    }
}
