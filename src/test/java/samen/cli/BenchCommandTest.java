package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import samen.experiment.bench.Pipeline;

/** The command prints every figure the issue asks for; the figures themselves are for people. */
class BenchCommandTest {

    @TempDir
    Path cwd;

    @Test
    void printsThroughputPipelineStepCostAndScaling() {
        Cli.Result r = Cli.run(cwd, "bench", "--seconds", "0.001", "--forks", "1", "--iterations", "2", "--pipeline", "40");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("(a) throughput", "fresh JVM", "1 thread", "2 threads", "parallel efficiency",
                "runs per cpu-second", "(b) the command-line pipeline", "flags for batch commands (" + String.join(" ", Pipeline.BATCH_JVM_FLAGS) + ")", "start-up", "warm-up", "second half", "of (a)",
                "(c) cost per organisation-step", "bare loop", "ratio",
                "(d) scaling", "512 partners    100 steps", "8 partners  10000 steps", "load average");
        assertThat(Cli.run(cwd, "bench", "--seconds", "0").err()).contains("--seconds 0.0: expected a positive number");
    }
}
