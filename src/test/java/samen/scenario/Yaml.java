package samen.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

/** Helpers for the scenario tests: load text, or collect the formatted problems it gives. */
final class Yaml {

    static final String SOURCE = "t.yaml";

    /** The smallest valid scenario, for tests to add lines to. */
    static final String MINIMAL = """
            name: test
            organisations:
              - name: A
              - name: B
            """;

    private Yaml() {
    }

    static Scenario load(String text, String... overrides) throws ScenarioException {
        return ScenarioLoader.parse(text, SOURCE, List.of(overrides));
    }

    /** The formatted problems {@code text} gives; fails the test when it loads. */
    static List<String> problems(String text, String... overrides) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(text, overrides));
        if (e == null) throw new AssertionError("expected problems, but it loaded:\n" + text);
        return e.problems().stream().map(Problem::format).toList();
    }

    static void assertInvalid(String text) {
        assertThatThrownBy(() -> load(text)).isInstanceOf(ScenarioException.class);
    }

    /** The project directory (Surefire sets samen.home), for the bundled files. */
    static Path home() {
        return Path.of(System.getProperty("samen.home", "."));
    }
}
