package samen.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import samen.output.Version;

/**
 * {@code sweep.json}: what a sweep was (design, parameters, replications, master seed, base
 * scenario and its hash, samen version) and how it went (counts, timing). Written last, by rename,
 * so its presence says the sweep is complete. Analysis reads the design back from it.
 */
public final class SweepJson {

    public static final String FILE = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The design part of a finished sweep, enough to rebuild its {@link Design}. */
    public record Description(String name, DesignSpec design, List<Parameter> parameters, int replications,
                              long masterSeed, long points, long runs, String baseHash) {
        public Design newDesign() {
            return Design.of(design, parameters, masterSeed);
        }
    }

    private SweepJson() {
    }

    /** Everything that defines the sweep's rows; its hash identifies the sweep for resume and merge. */
    static ObjectNode describe(SweepSpec spec, String baseHash) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", spec.name());
        root.put("version", Version.get());
        ObjectNode design = root.putObject("design");
        design.put("type", spec.design().type().key());
        switch (spec.design().type()) {
            case LHS, SOBOL -> design.put("samples", spec.design().samples());
            case MORRIS -> design.put("trajectories", spec.design().trajectories()).put("levels", spec.design().levels());
            case POINTS -> {
                ArrayNode rows = design.putArray("rows");
                spec.design().rows().forEach(row -> row.forEach(rows.addArray()::add));
            }
            case GRID -> { }
        }
        ArrayNode parameters = root.putArray("parameters");
        for (Parameter p : spec.parameters()) {
            ObjectNode node = parameters.addObject().put("key", p.key());
            if (p instanceof Parameter.Levels levels) {
                levels.values().forEach(node.putArray("values")::add);
            } else if (p instanceof Parameter.Range range) {
                node.put("min", range.min()).put("max", range.max());
                if (range.whole()) node.put("integer", true);
            }
        }
        root.put("replications", spec.replications());
        root.put("master_seed", spec.masterSeed());
        root.put("base_scenario", spec.scenarioLabel());
        root.put("base_scenario_sha256", baseHash);
        return root;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String text(JsonNode node) throws IOException {
        return JSON.writeValueAsString(node) + "\n";
    }

    /** Writes {@code node} as {@code dir/sweep.json}, via a temporary file and a rename. */
    static void write(Path dir, ObjectNode node) throws IOException {
        Path temp = dir.resolve(FILE + ".tmp");
        Files.writeString(temp, text(node), StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static ObjectNode readTree(Path dir) throws SweepException, IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new SweepException(dir + " holds no " + FILE + ": not a finished sweep (run `samen sweep`, or "
                    + "`samen sweep ... --resume` to finish it)");
        }
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    /** The description in {@code dir/sweep.json}. */
    public static Description read(Path dir) throws SweepException, IOException {
        ObjectNode root = readTree(dir);
        JsonNode d = root.path("design");
        DesignSpec.Type type = DesignSpec.Type.valueOf(d.path("type").asText("grid").toUpperCase(java.util.Locale.ROOT));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : d.path("rows")) {
            List<String> values = new ArrayList<>();
            row.forEach(v -> values.add(v.asText()));
            rows.add(values);
        }
        DesignSpec design = new DesignSpec(type, d.path("samples").asInt(0), d.path("trajectories").asInt(0),
                d.path("levels").asInt(0), rows);
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : root.path("parameters")) {
            String key = p.path("key").asText();
            if (p.has("values")) {
                List<String> values = new ArrayList<>();
                p.get("values").forEach(v -> values.add(v.asText()));
                parameters.add(new Parameter.Levels(key, values));
            } else {
                parameters.add(new Parameter.Range(key, new BigDecimal(p.path("min").asText()),
                        new BigDecimal(p.path("max").asText()), p.path("integer").asBoolean(false)));
            }
        }
        return new Description(root.path("name").asText(), design, parameters, root.path("replications").asInt(1),
                root.path("master_seed").asLong(), root.path("counts").path("points").asLong(),
                root.path("counts").path("runs").asLong(), root.path("base_scenario_sha256").asText());
    }
}
