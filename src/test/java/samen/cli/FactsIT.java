package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samen facts --reps 20} as a user runs it: the real jar in its own process. */
class FactsIT {

    @TempDir
    Path cwd;

    @Test
    void factsRunToAVerdictTableAndACsv() throws Exception {
        Process p = new ProcessBuilder(SamenJar.command(cwd, List.of(), "facts", "--reps", "20", "--threads", "2"))
                .directory(cwd.toFile()).redirectError(cwd.resolve("err.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(cwd.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).doesNotContain("Exception");
        assertThat(out).contains("Stylised facts: 10 facts, seeds 0..19", "power imbalance raises failure", "p (Holm)")
                .containsPattern("\\d of 10 facts hold\\.");
        List<String> csv = Files.readAllLines(cwd.resolve("runs/facts/facts.csv"));
        assertThat(csv.get(0)).startsWith("# samen ").contains("scenario_sha256=", "seeds=0-19", "alpha=0.01");
        assertThat(csv).hasSize(12);
        assertThat(csv.subList(2, 12)).allSatisfy(row -> assertThat(row).matches(".*,(holds|fails),.+=.*"));
    }
}
