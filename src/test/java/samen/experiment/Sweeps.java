package samen.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sweep fixtures: a tiny scenario (4 partners, 30 steps) and sweep files over it. */
public final class Sweeps {

    private Sweeps() {
    }

    /** Writes {@code tiny.yaml} into {@code dir}. */
    public static Path tinyScenario(Path dir) throws IOException {
        return write(dir.resolve("tiny.yaml"), """
                name: Tiny
                steps: 30
                organisations:
                  count: 4
                """);
    }

    /** A 2 x 3 grid with 5 replications (30 runs) over {@code tiny.yaml}, written next to it. */
    public static Path grid(Path dir) throws IOException {
        tinyScenario(dir);
        return write(dir.resolve("grid.yaml"), """
                name: tiny grid
                scenario: tiny.yaml
                master_seed: 11
                replications: 5
                design: grid
                parameters:
                  power.distribution: [equal, dominant]
                  trust.loss_rate: {min: 0.04, max: 0.12, step: 0.04}
                """);
    }

    public static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}
