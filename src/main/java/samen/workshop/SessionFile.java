package samen.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code session.json}: what a session needs beyond its scenario and decisions to resume: the
 * tokens, which seats were taken, the round settings. Rewritten whole (temp file, then rename)
 * whenever it changes.
 *
 * @param trainer the trainer's token
 * @param seats   each seat's token, in scenario order
 * @param taken   which seats a player took
 * @param scenarioFile the scenario file as the trainer named it (the run's provenance)
 */
record SessionFile(String trainer, List<String> seats, List<Boolean> taken, Settings settings, String scenarioFile) {

    static final String NAME = "session.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    SessionFile {
        seats = List.copyOf(seats);
        taken = List.copyOf(taken);
    }

    void write(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("trainer", trainer);
        ArrayNode s = root.putArray("seats");
        for (int i = 0; i < seats.size(); i++) s.addObject().put("token", seats.get(i)).put("taken", taken.get(i));
        root.put("round_steps", settings.roundSteps());
        root.put("round_seconds", settings.roundSeconds());
        root.put("scenario_file", scenarioFile);
        Path temp = dir.resolve(NAME + ".tmp");
        Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static SessionFile read(Path dir, String source) throws SessionException {
        try {
            JsonNode root = JSON.readTree(Files.readString(dir.resolve(NAME), StandardCharsets.UTF_8));
            String trainer = root.path("trainer").asText("");
            List<String> tokens = new ArrayList<>();
            List<Boolean> taken = new ArrayList<>();
            for (JsonNode seat : root.path("seats")) {
                tokens.add(seat.path("token").asText(""));
                taken.add(seat.path("taken").asBoolean(false));
            }
            boolean tokensOk = Tokens.wellFormed(trainer, 64) && tokens.stream().allMatch(t -> Tokens.wellFormed(t, 64));
            if (!tokensOk || !root.path("round_steps").canConvertToInt() || !root.path("round_seconds").canConvertToInt()) {
                throw new SessionException(source + ": " + NAME + " is damaged; allowed: the session.json samen workshop wrote");
            }
            return new SessionFile(trainer, tokens, taken,
                    new Settings(root.path("round_steps").asInt(), root.path("round_seconds").asInt()),
                    root.path("scenario_file").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            throw new SessionException(source + ": cannot read " + NAME + " (" + e.getMessage()
                    + "); allowed: a directory written by samen workshop");
        }
    }
}
