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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import samen.output.AtomicFile;
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

    /** Writes {@code node} as {@code dir/sweep.json}, via a temporary file and a rename ({@link AtomicFile}). */
    static void write(Path dir, ObjectNode node) throws IOException {
        AtomicFile.writeString(dir.resolve(FILE), text(node));
    }

    /**
     * The fields of {@code expected} (a {@link #describe} of the sweep asked for) that {@code dir/sweep.json}
     * gives otherwise: empty when the directory holds the same sweep.
     */
    static List<String> differences(Path dir, ObjectNode expected) throws SweepException, IOException {
        ObjectNode stored = readTree(dir);
        JsonNode asRead = JSON.readTree(text(expected)); // numbers typed as reading gives them (11 an int, not a long)
        List<String> differ = new ArrayList<>();
        asRead.fieldNames().forEachRemaining(field -> {
            if (!asRead.get(field).equals(stored.get(field))) differ.add(field);
        });
        return differ;
    }

    static ObjectNode readTree(Path dir) throws SweepException, IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new SweepException(dir + " holds no " + FILE + ": not a finished sweep (run `samen sweep`, or "
                    + "`samen sweep ... --resume` to finish it)");
        }
        try {
            if (JSON.readTree(file.toFile()) instanceof ObjectNode root) return root;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            // reported below
        }
        throw new SweepException(file + " is damaged (not the JSON object samen writes); run the sweep again into "
                + "another --out");
    }

    /** The description in {@code dir/sweep.json}. */
    public static Description read(Path dir) throws SweepException, IOException {
        ObjectNode root = readTree(dir);
        try {
            return describe(root);
        } catch (IllegalArgumentException e) { // an unknown design type, a bound that is no number
            throw Damaged.of(dir.resolve(FILE).toString(), e);
        }
    }

    private static Description describe(ObjectNode root) {
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
