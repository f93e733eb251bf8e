package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.Sweeps;

/**
 * kill -9 in the middle of a search: the real jar is killed while its third batch runs, and
 * {@code samen calibrate --resume} then ends with the same files, byte for byte, as a search that
 * was never interrupted (the batches already run are replayed, the cut one resumes from its checkpoint).
 */
class CalibrateKillIT {

    @TempDir
    Path cwd;

    @ParameterizedTest
    @ValueSource(strings = {"nsga2\ngenerations: 5", "abc-smc\ngenerations: 3"})
    void aSearchKilledInABatchResumesToTheSameFiles(String method) throws Exception {
        Files.writeString(cwd.resolve("slow.yaml"), "name: Slow\nsteps: 150\norganisations:\n  count: 6\n");
        Sweeps.write(cwd.resolve("fit.yaml"), """
                name: fit
                scenario: slow.yaml
                master_seed: 8
                replications: 4
                design: {type: lhs, samples: 12}
                parameters:
                  trust.gain_rate: {min: 0.005, max: 0.03}
                  trust.vigilance_rate: {min: 0.02, max: 0.2}
                targets:
                  mean_trust: {value: 0.7}
                  mean_vigilance: {between: [0.1, 0.15]}
                method:\s""" + method + "\n");
        SamenJar.Outcome whole = SamenJar.start(cwd, SamenJar.command(cwd, List.of(), "calibrate", "fit.yaml", "--out", "whole", "-q"));
        assertThat(whole.exit()).as(whole.err()).isZero();

        Process p = new ProcessBuilder(SamenJar.command(cwd, List.of(), "calibrate", "fit.yaml", "--out", "cut", "-q", "--threads", "2"))
                .directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(cwd.resolve(".killed").toFile()).start();
        Path third = cwd.resolve("cut/evaluations").resolve(method.startsWith("nsga2") ? "gen-002" : "gen-01-batch-001");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(100);
        while (!Files.exists(third) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(2);
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        assertThat(cwd.resolve("cut/best-1.yaml")).as("killed before the end").doesNotExist();

        SamenJar.Outcome resumed = SamenJar.start(cwd, SamenJar.command(cwd, List.of(), "calibrate", "fit.yaml", "--out", "cut",
                "--resume", "-q"));
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        String table = method.startsWith("nsga2") ? "pareto.csv" : "posterior.csv";
        for (String f : List.of("evaluations.csv", table, "best-1.yaml")) {
            assertThat(cwd.resolve("cut/" + f)).as(f).hasSameBinaryContentAs(cwd.resolve("whole/" + f));
        }
    }
}
