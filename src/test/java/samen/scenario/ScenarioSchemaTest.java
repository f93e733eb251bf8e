package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario.schema.json is generated. When the format changes, regenerate it with
 * {@code mvn -o test -Dtest=ScenarioSchemaTest -Dsamen.regenerate=true} and commit the result.
 */
class ScenarioSchemaTest {

    private static final Path FILE = Yaml.home().resolve("docs/scenario.schema.json");

    @Test
    void docsCopyIsCurrent() throws IOException {
        if (Boolean.getBoolean("samen.regenerate")) {
            Files.writeString(FILE, ScenarioSchema.json(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE))
                .as("docs/scenario.schema.json is stale: run mvn -o test -Dtest=ScenarioSchemaTest -Dsamen.regenerate=true")
                .isEqualTo(ScenarioSchema.json());
    }

    @Test
    void schemaFollowsTheFieldDefinitions() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.json());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("properties").fieldNames()).toIterable().containsExactlyElementsOf(ScenarioFormat.ROOT.keys());
        assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("name", "organisations");
        JsonNode gainRate = schema.at("/properties/trust/properties/gain_rate");
        assertThat(gainRate.get("type").asText()).isEqualTo("number");
        assertThat(gainRate.get("minimum").asDouble()).isEqualTo(0);
        assertThat(gainRate.get("maximum").asDouble()).isEqualTo(1);
        assertThat(gainRate.get("default").asDouble()).isEqualTo(0.005);
        assertThat(schema.at("/properties/power/properties/distribution/enum")).extracting(JsonNode::asText)
                .containsExactly("equal", "dominant", "skewed", "unclear");
        JsonNode organisations = schema.at("/properties/organisations/anyOf");
        assertThat(organisations.get(0).get("minItems").asInt()).isEqualTo(2);
        assertThat(organisations.get(0).at("/items/required")).extracting(JsonNode::asText).containsExactly("name");
        assertThat(organisations.get(1).at("/required")).extracting(JsonNode::asText).containsExactly("count");
        assertThat(organisations.get(0).at("/items/properties/loyalty/anyOf")).hasSize(3);
    }

    @Test
    void everyFieldIsDocumented() {
        List<Group> groups = List.of(ScenarioFormat.ROOT, ScenarioFormat.ORGANISATION, ScenarioFormat.INTERESTS,
                ScenarioFormat.POWER, ScenarioFormat.TRUST, ScenarioFormat.COLLABORATION);
        for (Group group : groups) {
            assertThat(group.fields()).allSatisfy(f -> {
                assertThat(f.doc()).isNotBlank().doesNotContain("\n");
                assertThat(f.key()).matches("[a-z]+(_[a-z]+)*");
            });
        }
    }
}
