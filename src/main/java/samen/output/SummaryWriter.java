package samen.output;

import samen.model.Standing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import samen.engine.PartnerResult;
import samen.engine.RunResult;
import samen.model.Standing;

/**
 * Writes {@code summary.json}: the outcome, the phase reached, final metrics, one entry per partner
 * and the provenance. Keys in a fixed order, two-space indent, LF, UTF-8, trailing newline; numbers
 * through {@link Decimals}.
 *
 * <pre>{@code
 * {"outcome", "explanation", "phase_reached", "phase_reached_step", "steps_run", "steps_requested",
 *  "weakest_condition", "dynamic",
 *  "story": [{"cause", "name", "subjects": [...], "count", "total", "first_step", "last_step", "text"}],
 *  "metrics": {... the five condition levels among them},
 *  "partners": [{"name", "power", "cumulative_payoff", "alternative_value", "relative_gain",
 *                "outcome_for_partner": "gain"|"loss"|"even", "active", "joined"}],
 *  "scenario": {"name", "hash", "file"}, "seed", "samen_version",
 *  "provenance": {"command", "date", "samen_version", "git_commit", "java", "mason", "os"}}
 * }</pre>
 * Everything but {@code provenance} (see {@link Invocation}) is the same, byte for byte, for the same
 * scenario and seed.
 */
public final class SummaryWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private SummaryWriter() {
    }

    /** @param story the causes it tells go in as data with their English sentence ({@code samen report} tells them in Dutch) */
    public static void write(Path file, RunResult result, RunStory story, long stepsRequested, Provenance provenance)
            throws IOException {
        Vocabulary english = Vocabulary.of(Language.EN);
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lf)
                .withArrayIndenter(lf);
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("outcome", result.outcome().key());
            g.writeStringField("explanation", result.explanation());
            g.writeStringField("rule", result.rule());
            g.writeStringField("phase_reached", result.phaseReached().key());
            g.writeNumberField("phase_reached_step", result.phaseReachedStep());
            g.writeNumberField("steps_run", result.stepsRun());
            g.writeNumberField("steps_requested", stepsRequested);
            g.writeStringField("weakest_condition", result.weakestCondition().key());
            g.writeStringField("dynamic", result.dynamic());
            g.writeArrayFieldStart("story");
            for (RunStory.Cause c : story.told()) {
                g.writeStartObject();
                g.writeStringField("cause", c.kind());
                g.writeStringField("name", c.name());
                g.writeArrayFieldStart("subjects");
                for (String subject : c.subjects()) g.writeString(subject);
                g.writeEndArray();
                g.writeNumberField("count", c.count());
                g.writeNumberField("total", c.total());
                g.writeNumberField("first_step", c.firstStep());
                g.writeNumberField("last_step", c.lastStep());
                g.writeStringField("text", story.sentence(c, english));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
                g.writeFieldName(metric.getKey());
                g.writeNumber(Decimals.format(metric.getValue()));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("partners");
            for (PartnerResult p : result.partners()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                number(g, "power", p.power());
                number(g, "cumulative_payoff", p.cumulativePayoff());
                number(g, "alternative_value", p.alternativeValue());
                number(g, "relative_gain", p.relativeGain());
                number(g, "surplus_rate", p.surplusRate());
                g.writeStringField("outcome_for_partner", Standing.of(p.surplusRate()).key());
                g.writeBooleanField("active", p.active());
                g.writeBooleanField("joined", p.joined());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("scenario");
            g.writeStringField("name", provenance.scenarioName());
            g.writeStringField("hash", provenance.scenarioHash());
            g.writeStringField("file", provenance.scenarioFile());
            g.writeEndObject();
            g.writeNumberField("seed", provenance.seed());
            g.writeStringField("samen_version", provenance.samenVersion());
            g.writeObjectFieldStart("provenance");
            for (Map.Entry<String, String> field : provenance.invocation().fields().entrySet()) {
                g.writeStringField(field.getKey(), field.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void number(JsonGenerator g, String name, double x) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(Decimals.format(x));
    }
}
