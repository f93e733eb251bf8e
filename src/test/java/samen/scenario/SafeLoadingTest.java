package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static samen.scenario.Yaml.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files come from anyone: nothing in one may run code, explode memory or crash the loader. */
class SafeLoadingTest {

    @Test
    void billionLaughsIsRefused() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                """;
        assertThat(problems(bomb)).containsExactly(
                "t.yaml:4:14: too many aliases (*name) to lists or mappings; allowed: at most 20 "
                        + "(a guard against files that expand exponentially)");
    }

    @Test
    void aFewAliasesAreFine() throws ScenarioException {
        Scenario scenario = Yaml.load("""
                name: x
                organisations:
                  - &base {name: A, loyalty: 0.7}
                  - {name: B, loyalty: 0.7}
                trust: &t {initial: 0.5}
                """);
        assertThat(scenario.model().trust().initial()).isEqualTo(0.5);
    }

    @Test
    void recursiveAliasesEndInProblems() {
        Yaml.assertInvalid("name: x\norganisations: &o [*o, *o]\n");
    }

    @Test
    void pythonAndLocalTagsAreRefusedWhereTheyAre() {
        assertThat(problems("name: x\nseed: !!python/object/apply:os.system [\"rm -rf /\"]\n")).containsExactly(
                "t.yaml:2:7: the tag `!!python/object/apply:os.system` is not allowed; "
                        + "allowed: plain values without tags (remove the part starting with `!`)");
        assertThat(problems("name: !foo x\n")).singleElement().asString()
                .startsWith("t.yaml:1:7: the tag `!foo` is not allowed");
        assertThat(problems("name: x\ndescription: !!binary aGVsbG8=\n")).singleElement().asString()
                .startsWith("t.yaml:2:14: the tag `!!binary` is not allowed");
        // a tag under an unknown key is refused too: nothing tagged is ever looked at
        assertThat(problems("name: x\nextra: !!javax.script.ScriptEngineManager [x]\n")).singleElement().asString()
                .contains("is not allowed");
    }

    @Test
    void standardTagsAreAllowed() throws ScenarioException {
        assertThat(Yaml.load("name: !!str 2024\nsteps: !!int 20\norganisations: [{name: A}, {name: B}]\n").name())
                .isEqualTo("2024");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "name: x\ndescription: " + "[".repeat(25) + "]".repeat(25) + "\n";
        assertThat(problems(deep)).containsExactly(
                "t.yaml:2:33: lists and mappings are nested more than 20 deep; allowed: at most 20 levels");
        // far deeper than the composer's stack could take
        assertThat(problems("a: " + "[".repeat(200_000))).singleElement().asString().contains("nested more than 20 deep");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[YamlSource.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ScenarioLoader.load(big, List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(big + ": the file is 1048577 bytes; allowed: at most 1048576 bytes (1 MiB)");
    }

    @Test
    void oversizedTextIsRefused() {
        assertThat(problems("name: x\ndescription: " + "x".repeat(YamlSource.MAX_CODE_POINTS) + "\n"))
                .singleElement().asString().startsWith("t.yaml: the text has more than 1048576 characters");
    }

    @Test
    void missingAndNonUtf8Files(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ScenarioLoader.load(missing, List.of()))
                .hasMessageStartingWith(missing + ": no such file; allowed: ");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ScenarioLoader.load(latin1, List.of()))
                .hasMessage(latin1 + ":1:10: byte 0xE9 is not UTF-8 text (the file was saved in another encoding, such as "
                        + "Latin-1 or Windows-1252); allowed: a text file saved as UTF-8");
        assertThatThrownBy(() -> ScenarioLoader.load(dir, List.of()))
                .hasMessageStartingWith(dir + ": is a directory");
    }

    @Test
    void byteOrderMarkIsIgnored() throws ScenarioException {
        assertThat(Yaml.load("\uFEFF" + Yaml.MINIMAL).name()).isEqualTo("test");
    }
}
