package samen.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the same field definitions
 * the loader checks against, for editors (VS Code's YAML extension reads the
 * {@code # yaml-language-server: $schema=...} line) to complete keys and flag mistakes while typing.
 * The loader stays the authority: the schema cannot say, e.g., that organisation names are unique.
 *
 * <p>{@code docs/scenario.schema.json} is a copy; regenerate it with
 * {@code mvn -o test -Dtest=ScenarioSchemaTest -Dsamen.regenerate=true} or by running this class
 * with the target path as argument.
 */
public final class ScenarioSchema {

    private ScenarioSchema() {
    }

    /** The schema as pretty-printed JSON with {@code \n} line ends and a final newline. */
    public static String json() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", "https://samen.example/scenario.schema.json")
                .put("title", "samen scenario")
                .put("description", "A scenario for samen, an agent-based simulation of collaboration between organisations.");
        schema.setAll(ScenarioFormat.ROOT.schema());
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    /** The schema of one field: its type's schema with the field's explanation and default. */
    static ObjectNode describe(Field field) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("description", field.doc());
        schema.setAll(field.type().schema());
        if (!field.required() && field.type() instanceof FieldType.Leaf leaf) {
            Object fallback = leaf.fallback();
            if (leaf instanceof Varying varying) schema.put("default", varying.range().fallbackValue());
            else if (fallback instanceof Double d) schema.put("default", d);
            else if (fallback instanceof Long l) schema.put("default", l);
            else if (fallback instanceof String text) schema.put("default", text);
            else schema.put("default", leaf.toYaml(fallback)); // a choice's key
        }
        return schema;
    }

    /** Writes the schema to the path given (default {@code docs/scenario.schema.json}). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/scenario.schema.json");
        Files.writeString(target, json(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }
}
