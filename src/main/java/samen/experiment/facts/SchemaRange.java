package samen.experiment.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import samen.scenario.ScenarioSchema;

/**
 * The allowed range of a numeric scenario key, read from the scenario's JSON Schema, so response
 * curves span what a user may set and follow the schema when it changes. {@code organisations.*.x}
 * is the range of every listed partner's {@code x}.
 *
 * @param min the lowest allowed value
 * @param max the highest allowed value
 */
record SchemaRange(double min, double max) {

    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(ScenarioSchema.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario schema is JSON we write ourselves", e);
        }
    }

    /** @throws IllegalArgumentException when the key is not a numeric key of the schema */
    static SchemaRange of(String key) {
        JsonNode node = SCHEMA;
        for (String segment : key.split("\\.")) {
            node = segment.equals("*") ? option(node, "array").path("items") : option(node, "object").path("properties").path(segment);
            if (node.isMissingNode()) throw new IllegalArgumentException("no key '" + key + "' in the scenario schema");
        }
        JsonNode number = option(node, "number");
        if (!number.has("minimum") || !number.has("maximum")) {
            throw new IllegalArgumentException("'" + key + "' has no numeric range in the scenario schema");
        }
        return new SchemaRange(number.get("minimum").asDouble(), number.get("maximum").asDouble());
    }

    /** The node itself, or its {@code anyOf} alternative of {@code type} (a list or a generated population; a number or a distribution). */
    private static JsonNode option(JsonNode node, String type) {
        if (!node.has("anyOf")) return node;
        for (JsonNode alternative : node.get("anyOf")) {
            if (type.equals(alternative.path("type").asText())) {
                return alternative;
            }
        }
        return node;
    }
}
