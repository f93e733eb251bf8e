package samen.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The scenario (file or overrides) is wrong. A checked exception because it is the user's input,
 * not a bug: the CLI prints {@link #getMessage()} (one located problem per line) and exits with 2.
 */
public final class ScenarioException extends Exception {

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
