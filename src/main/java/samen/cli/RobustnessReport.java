package samen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import samen.experiment.facts.Robustness;
import samen.experiment.facts.RobustnessCsv;
import samen.output.OutputDirectory;
import samen.scenario.ScenarioLoader;

/**
 * {@code samen facts --robustness}: for each scenario, whether its outcome depends on where the run
 * stops or on the band of the outcome rules (issue #10, item 1); prints a table, writes
 * robustness.csv. Without files: the default, the power scenarios and every archetype and remedy.
 */
final class RobustnessReport {

    private final Main main;

    RobustnessReport(Main main) {
        this.main = main;
    }

    int write(List<String> names, Path target, boolean force, int reps, int threads, String version) throws Exception {
        Environment env = main.env();
        List<String> scenarios = names.isEmpty() ? bundled(env) : names;
        List<Path> files = new ArrayList<>();
        for (String name : scenarios) files.add(ScenarioFiles.find(name, env));  // every file checked before the first run
        List<Robustness.Result> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            var scenario = ScenarioLoader.prepare(ScenarioLoader.readText(file, file.toString()), file.toString()).with(List.of());
            // Named as the user named it, so the table and the CSV do not depend on where samen is installed.
            results.add(Robustness.of(scenarios.get(i), scenario, reps, threads));
        }
        try (OutputDirectory dir = OutputDirectory.create(target, force)) {
            RobustnessCsv.write(dir.dir(), "samen " + version + " seeds=0-" + (reps - 1), results);
            dir.commit();
        }
        var out = main.out();
        out.printf("samen facts --robustness: seeds 0..%d, each run to steps and to 2 x steps%n%n", reps - 1);
        int width = Math.max("scenario".length(), results.stream().mapToInt(r -> r.scenario().length()).max().orElse(0));
        String scenario = "%-" + width + "s";
        out.printf(scenario + " %8s %8s %9s %13s  %s%n", "scenario", "failure", "at 2x", "distance", "reclassified", "");
        for (Robustness.Result r : results) {
            out.printf(Locale.ROOT, scenario + " %8.2f %8.2f %9.2f %13.2f  %s%n", r.scenario(), r.failure(r.atSteps()),
                    r.failure(r.atTwice()), r.distance(), r.reclassifiedShare(), r.holds() ? "" : "MISSES");
        }
        long missed = results.stream().filter(r -> !r.holds()).count();
        out.printf(Locale.ROOT, "%ndistance: total variation between the outcome shares at steps and at 2 x steps (at most %.2f);%n"
                + "reclassified: runs whose outcome changes with the band halved or raised by half (at most %.2f).%n"
                + "%d of %d scenarios miss a bound. Outcome shares per horizon: %s/%s%n", Robustness.MAX_DISTANCE,
                Robustness.MAX_RECLASSIFIED, missed, results.size(), env.display(target), RobustnessCsv.FILE);
        return 0;
    }

    /** The bundled scenarios a trainer shows: the default, the base team, the power scenarios, every archetype and remedy. */
    private static List<String> bundled(Environment env) throws IOException, UserException {
        if (env.home() == null) throw new UserException("no bundled scenarios found: name the scenario files to check");
        List<String> names = new ArrayList<>(List.of(ScenarioFiles.DEFAULT));
        for (String dir : List.of("scenarios", "scenarios/archetypes")) {
            try (Stream<Path> list = Files.list(env.home().resolve(dir))) {
                list.map(p -> dir + "/" + p.getFileName())
                        .filter(n -> n.endsWith(".yaml") && !n.equals(ScenarioFiles.DEFAULT))
                        .sorted().forEach(names::add);
            }
        }
        return names;
    }
}
