package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example sweeps in scenarios/sweeps/ that README and docs/SWEEPS.md point researchers to. */
class BundledSweepsTest {

    @TempDir
    Path cwd;

    static Stream<Path> sweeps() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("samen.home", ".")).resolve("scenarios/sweeps"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void oneOfEachDesign() {
        List<String> names = sweeps().map(p -> p.getFileName().toString()).toList();
        assertThat(names).containsExactly("lhs.yaml", "morris.yaml", "power-x-trust.yaml", "sobol.yaml");
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void eachOneIsValidAndSaysWhatItWouldRun(Path sweep) {
        Cli.Result r = Cli.run(cwd, "sweep", sweep.toString(), "--dry-run");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).matches("(?s)\\S.*: (grid|lhs|morris|sobol) design, \\d+ points x \\d+ replications = \\d+ runs\\n");
    }

    @Test
    void theGridRunsAndItsChartsAreDrawn() {
        Path grid = sweeps().filter(p -> p.getFileName().toString().equals("power-x-trust.yaml")).findFirst().orElseThrow();
        Cli.Result r = Cli.run(cwd, "sweep", grid.toString(), "--out", "grid", "--charts", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cwd.resolve("grid/runs.csv")).exists();
        assertThat(cwd.resolve("grid/analysis/outcome_shares.csv")).exists();
        assertThat(cwd.resolve("grid/charts")).isDirectoryContaining(p -> p.toString().endsWith(".png"));
    }
}
