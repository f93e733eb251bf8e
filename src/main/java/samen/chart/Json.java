package samen.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;

/** Reads the JSON files samen writes ({@code summary.json}, {@code sweep.json}); a malformed one is a located problem. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode read(Path file, String source) throws IOException, ScenarioException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new ScenarioException(List.of(new Problem(source, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), "", e.getOriginalMessage() + "; allowed: JSON as samen writes it")));
        }
    }
}
