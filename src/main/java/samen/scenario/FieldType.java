package samen.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What a field of the scenario format may hold. Each type knows how to read and check a value,
 * what the value is when the key is absent, how to say in words what is allowed, and its JSON
 * Schema: the one place each rule lives.
 */
sealed interface FieldType permits FieldType.Leaf, Group, Population, Items {

    /** Reads and checks the value at {@code node}; reports problems and returns null when it is wrong. */
    Object read(Node node, String path, NodeReader in);

    /** The value when the key is absent, or null when the key has no default. */
    Object fallback();

    /** What is allowed, in words for a student: {@code "a number from 0 to 1"}. */
    Message allowed();

    /** The JSON Schema (draft 2020-12) of a value of this type, without description. */
    ObjectNode schema();

    /** The JSON Schema of a mapping with the one key {@code key} and nothing else, whose value is {@code value}: {@code {uniform: [..]}}. */
    static ObjectNode onlyKey(String key, JsonNode value) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties").set(key, value);
        schema.putArray("required").add(key);
        schema.put("additionalProperties", false);
        return schema;
    }

    /** A type whose values are written on one line (as a flow scalar or a small flow mapping). */
    sealed interface Leaf extends FieldType permits Decimal, Whole, Text, Choice, Varying, TriggerPhrase, MotiveMix, KindMix {

        /** The value as YAML that reads back to an equal value. */
        String toYaml(Object value);
    }
}
