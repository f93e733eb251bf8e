package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: {@code java -jar target/samen.jar} as a separate process, as the launcher runs it.
 * An integration test: Maven's failsafe runs it in {@code mvn verify}, after {@code package}.
 */
class JarIT {

    private static final Path JAR = Cli.HOME.resolve("target/samen.jar");

    @TempDir
    Path cwd;


    @BeforeAll
    static void jarExists() {
        assertThat(JAR).as("run by `mvn verify` after `package`").isRegularFile();
    }

    @Test
    void runsTheDefaultScenario() throws Exception {
        SamenJar.Outcome r = samen("run", "--steps", "30", "--seed", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).contains("Outcome: ");
        try (var runs = Files.list(cwd.resolve("runs"))) {
            assertThat(runs.toList()).singleElement()
                    .satisfies(dir -> assertThat(dir.resolve("summary.json")).exists());
        }
    }

    @Test
    void aBadFileIsExitTwoWithoutAStackTrace() throws Exception {
        Files.writeString(cwd.resolve("bad.yaml"), "name: [unclosed\n");
        SamenJar.Outcome r = samen("run", "bad.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:").doesNotContain("Exception", "\tat ");
        assertThat(cwd.resolve("runs")).doesNotExist();
    }

    @Test
    void aBadFileIsToldInDutchUnderLangNlAndInEnglishOnADutchDesktopWithoutIt() throws Exception {
        Files.writeString(cwd.resolve("kapot.yaml"), "name: Kapot\ntrust:\n  gain_rate: 50%\n"
                + "organisations: [{name: Gemeente}, {name: Zorgverzekeraar}]\n");
        SamenJar.Outcome dutch = samen("validate", "--lang", "nl", "kapot.yaml");
        assertThat(dutch.exit()).isEqualTo(2);
        assertThat(dutch.out()).isEmpty();
        assertThat(dutch.err()).isEqualTo("kapot.yaml:3:14: trust.gain_rate: verwacht een getal, gevonden '50%' (schrijf 0.5 "
                + "voor 50%: een aandeel is een getal van 0 tot 1, zonder %); toegestaan: een getal van 0 tot 1\n");
        SamenJar.Outcome english = SamenJar.start(cwd, SamenJar.command(cwd, List.of("-Duser.language=nl", "-Duser.country=NL"),
                "validate", "kapot.yaml"));
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).startsWith("kapot.yaml:3:14: trust.gain_rate: expected a number, got '50%'");
    }

    @Test
    void anUnknownOptionIsExitTwo() throws Exception {
        SamenJar.Outcome r = samen("run", "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate").doesNotContain("Exception", "\tat ");
    }

    /** The launcher from another directory: with a fresh jar it runs it at once, without building. */
    @Test
    void theLauncherRunsTheJarFromAnyDirectory() throws Exception {
        SamenJar.Outcome r = SamenJar.start(cwd, List.of("bash", Cli.HOME.resolve("samen").toString(), "--version"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("samen " + samen.output.Version.get());
        assertThat(r.err()).doesNotContain("building");
    }

    private SamenJar.Outcome samen(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + cwd.resolve(".home"),
                "-Dsamen.home=" + Cli.HOME, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return SamenJar.start(cwd, command);
    }
}
