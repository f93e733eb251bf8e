package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a trainer gets it: unpacked into an empty folder and run with only Java, from
 * another folder, without Maven and without {@code samen.home}: the scenarios come from the jar.
 */
class ReleaseIT {

    private static final Path ZIP = Cli.HOME.resolve("target/samen-" + samen.output.Version.get() + ".zip");

    @TempDir
    static Path unpacked;

    @TempDir
    Path cwd;

    private static Path release;

    @BeforeAll
    static void unzip() throws IOException {
        assertThat(ZIP).as("built by `mvn package`").isRegularFile();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(unpacked)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) Files.createDirectories(target);
                else copy(zip, target);
            }
        }
        release = unpacked.resolve("samen-" + samen.output.Version.get());
    }

    @Test
    void holdsTheJarLaunchersScenariosNotebooksReadmeAndLicence() throws IOException {
        for (String file : List.of("samen.jar", "samen", "samen.cmd", "README.md", "LICENSE", "scenarios/default.yaml",
                "scenarios/archetypes/sham-collaboration.yaml", "scenarios/sweeps/power-x-trust.yaml",
                "notebooks/01-single-run.ipynb", "docs/scenario.schema.json")) {
            assertThat(release.resolve(file)).as(file).isRegularFile();
        }
        try (Stream<Path> scenarios = Files.walk(Cli.HOME.resolve("scenarios"))) {
            for (Path p : scenarios.filter(Files::isRegularFile).toList()) {
                Path copy = release.resolve(Cli.HOME.relativize(p).toString());
                assertThat(Files.mismatch(p, copy)).as(copy.toString()).isEqualTo(-1);
            }
        }
        assertThat(Files.readString(release.resolve("samen.cmd"))).contains("\r\n", "-jar");
    }

    @Test
    void javaJarRunsTheBundledScenariosFromAnotherFolder() throws Exception {
        Outcome run = start(javaJar("run", "--steps", "20", "--out", "r"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Outcome: ");
        assertThat(cwd.resolve("r/summary.json")).isRegularFile();
        assertThat(Files.readString(cwd.resolve("r/timeseries.csv")).lines().findFirst().orElseThrow())
                .contains("scenario=Zorg_in_de_wijk");

        Outcome archetype = start(javaJar("validate", "scenarios/archetypes/sham-collaboration.yaml"));
        assertThat(archetype.exit()).as(archetype.err()).isZero();
        assertThat(archetype.out()).startsWith("ok   scenarios/archetypes/sham-collaboration.yaml");

        Outcome sweep = start(javaJar("sweep", "scenarios/sweeps/power-x-trust.yaml", "--dry-run"));
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        assertThat(sweep.out()).contains("power-x-trust: grid design");

        Outcome missing = start(javaJar("run", "nope.yaml"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("scenario file not found: nope.yaml (looked in . and the files bundled in samen.jar)");
    }

    @Test
    void theLauncherRunsTheUnpackedJarWithoutMaven() throws Exception {
        Path launcher = release.resolve("samen");
        Files.setPosixFilePermissions(launcher, java.util.Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE));
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "run", "scenarios/power-dominant.yaml",
                "--steps", "10", "--quiet", "--out", "p");
        // No Maven on the PATH: only the directory of this JVM's java.
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Outcome r = start(pb);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("building");
        assertThat(cwd.resolve("p/summary.json")).isRegularFile();
    }

    record Outcome(int exit, String out, String err) {
    }

    private ProcessBuilder javaJar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + cwd.resolve(".home"), "-jar", release.resolve("samen.jar").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private Outcome start(ProcessBuilder pb) throws IOException, InterruptedException {
        pb.directory(cwd.toFile()).redirectOutput(cwd.resolve(".stdout").toFile()).redirectError(cwd.resolve(".stderr").toFile());
        pb.environment().remove("SAMEN_DEBUG");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(pb.command() + " did not finish in 120 s");
        }
        return new Outcome(p.exitValue(), Files.readString(cwd.resolve(".stdout"), StandardCharsets.UTF_8),
                Files.readString(cwd.resolve(".stderr"), StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
    }
}
