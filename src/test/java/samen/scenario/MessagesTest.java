package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static samen.scenario.Yaml.problems;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages about scenario files exist in English and in Dutch, each with the same blanks, and
 * every message the code can give has its text: a message added in one language only, or a key
 * typed wrong in the code, fails here rather than in front of a room.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    // Message.of("key", ...), Message.of(test ? "a" : "b", ...), the key prefix of file kinds, and Items' nouns.
    private static final Pattern USED = Pattern.compile(
            "Message\\.of\\((?:[^\";]*?\\?\\s*)?\"([a-z0-9_.]+)\"(?:\\s*:\\s*\"([a-z0-9_.]+)\")?|\"(noun\\.[a-z_]+)\"");

    @Test
    void everyMessageHasAnEnglishAndADutchTextWithTheSameBlanks() throws IOException {
        Properties english = texts("messages.properties");
        Properties dutch = texts("messages_nl.properties");
        assertThat(dutch.stringPropertyNames()).as("keys of messages_nl.properties").isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String nl = dutch.getProperty(key);
            if (key.equals("choices")) {
                // A list of choices picks its language's argument: the keys, or the keys with the seeds' Dutch words.
                assertThat(List.of(en, nl)).as(key).containsExactly("{0}", "{1}");
                continue;
            }
            assertThat(placeholders(nl)).as(key).isEqualTo(placeholders(en));
            assertThat(nl).as(key).doesNotContain("allowed:", " got ", "expected ");
            if (en.contains("; allowed: ")) assertThat(nl).as(key).contains("; toegestaan: ");
        }
    }

    @Test
    void theCodeUsesEveryMessageAndEveryMessageItUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Yaml.home().resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) if (m.group(g) != null) used.add(m.group(g));
                }
            }
        }
        used.remove("file.kind."); // completed by the kind of file: scenario or sweep
        Set<String> english = texts("messages.properties").stringPropertyNames();
        assertThat(english).containsAll(used);
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(used);
        unused.removeIf(k -> k.startsWith("file.kind."));
        assertThat(unused).as("keys no code gives").isEmpty();
        assertThat(english).contains("file.kind.scenario", "file.kind.sweep");
    }

    @Test
    void englishStaysEnglishOnADutchDesktop() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-NL"));
            assertThat(problems("name: x\nsteps: 0\norganisations: [{name: A}, {name: B}]\n")).containsExactly(
                    "t.yaml:2:8: steps: 0 is out of range; allowed: a whole number from 1 to 1000000");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLanguageSamenDoesNotSpeakGetsEnglish() {
        Message m = Message.of("out_of_range", "2", Message.of("allowed.number", "0", "1"), Message.literal(""));
        assertThat(m.in(Locale.FRENCH)).isEqualTo(m.english()).isEqualTo("2 is out of range; allowed: a number from 0 to 1");
        assertThat(m.in(Locale.forLanguageTag("nl"))).isEqualTo("2 valt buiten het bereik; toegestaan: een getal van 0 tot 1");
    }

    @Test
    void aMessageOfTheFileIsTheSameProblemInBothLanguages() {
        ScenarioException e = org.assertj.core.api.Assertions.catchThrowableOfType(ScenarioException.class,
                () -> Yaml.load("name: x\ntrust: {gain_rate: 50%}\norganisations: [{name: A}, {name: B}]\n"));
        Problem p = e.problems().get(0);
        assertThat(p.format()).isEqualTo("t.yaml:2:20: trust.gain_rate: expected a number, got '50%' (write 0.5 for 50%: "
                + "a share is a number from 0 to 1, without %); allowed: a number from 0 to 1");
        assertThat(p.format(Locale.forLanguageTag("nl"))).isEqualTo("t.yaml:2:20: trust.gain_rate: verwacht een getal, "
                + "gevonden '50%' (schrijf 0.5 voor 50%: een aandeel is een getal van 0 tot 1, zonder %); toegestaan: een getal van 0 tot 1");
        assertThat(e.getMessage()).isEqualTo(p.format());
    }

    // The file itself, not the bundle: a key missing in Dutch would show through the bundle in English.
    private static Properties texts(String name) throws IOException {
        Properties texts = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
