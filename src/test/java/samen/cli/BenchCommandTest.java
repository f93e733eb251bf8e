package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command prints every figure the issue asks for; the figures themselves are for people. */
class BenchCommandTest {

    @TempDir
    Path cwd;

    @Test
    void printsThroughputStepCostAndScaling() {
        Cli.Result r = Cli.run(cwd, "bench", "--seconds", "0.001");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("(a) throughput", "1 thread", "2 threads", "parallel efficiency",
                "(b) cost per organisation-step", "bare loop", "ratio",
                "(c) scaling", "512 partners    100 steps", "8 partners  10000 steps");
        assertThat(Cli.run(cwd, "bench", "--seconds", "0").err()).contains("--seconds 0.0: expected a positive number");
    }
}
