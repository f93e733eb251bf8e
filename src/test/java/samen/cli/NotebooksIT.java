package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in notebooks/ runs top to bottom on fresh data, headless, as CI runs it
 * ({@code jupyter nbconvert --to notebook --execute}): a change in the files samen writes that
 * breaks a notebook breaks the build. The notebooks call the launcher, which finds the jar that
 * {@code mvn verify} just packaged.
 */
class NotebooksIT {

    private static final Path NOTEBOOKS = Cli.HOME.resolve("notebooks");

    @TempDir
    Path out;

    static Stream<String> notebooks() throws Exception {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void runsTopToBottom(String notebook) throws Exception {
        ExternalTool.need("jupyter-nbconvert", "jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib");
        ExternalTool.Outcome r = ExternalTool.run(NOTEBOOKS, List.of("jupyter-nbconvert", "--to", "notebook", "--execute",
                        "--ExecutePreprocessor.timeout=600", notebook, "--output-dir", out.toString()),
                Map.of("SAMEN", Cli.HOME.resolve("samen").toString(), "SAMEN_NOTEBOOK_OUT", out.resolve("data").toString(),
                        "PYDEVD_DISABLE_FILE_VALIDATION", "1", "MPLCONFIGDIR", out.resolve(".matplotlib").toString()), 900);
        assertThat(r.exit()).as(r.err()).isZero();

        JsonNode executed = new ObjectMapper().readTree(out.resolve(notebook).toFile());
        int images = 0;
        for (JsonNode cell : executed.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                assertThat(output.path("output_type").asText()).as(notebook + ": " + output.path("evalue").asText()).isNotEqualTo("error");
                if (output.path("data").has("image/png")) images++;
            }
        }
        assertThat(images).as("figures drawn by " + notebook).isGreaterThanOrEqualTo(3);
    }
}
