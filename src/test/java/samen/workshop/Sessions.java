package samen.workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import samen.output.Invocation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioLoader;

/** Sessions of the bundled default scenario for tests, on a clock the test moves. */
final class Sessions {

    static final Path HOME = Path.of(System.getProperty("samen.home", "")).toAbsolutePath();
    static final Path DEFAULT = HOME.resolve("scenarios/default.yaml");

    static final Invocation INVOCATION = Invocation.now(List.of("workshop"));

    final AtomicLong now = new AtomicLong(1_000_000);

    Scenario scenario(int steps, long seed, String... overrides) throws Exception {
        return ScenarioLoader.load(DEFAULT, Stream.concat(Stream.of("steps=" + steps, "seed=" + seed), Stream.of(overrides)).toList());
    }

    Session open(Path dir, int steps, long seed, Settings settings, String... overrides) throws Exception {
        return Session.open(scenario(steps, seed, overrides), "scenarios/default.yaml", INVOCATION, dir, settings, now::get);
    }

    static Choice choice(int bring, Act act) {
        return new Choice(bring, act, Attend.RELATION, Answer.INFORM, true);
    }
}
