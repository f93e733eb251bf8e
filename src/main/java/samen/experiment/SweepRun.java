package samen.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import samen.scenario.ScenarioException;

/**
 * One run of a finished sweep, rebuilt from the sweep directory alone ({@code sweep.json} and the
 * copy of the base scenario kept beside it), so that {@code samen run --from DIR --run-id N} gives
 * the row of run N again: the same point values and the same seed, applied to the same scenario text
 * in the same way as the sweep did.
 *
 * @param baseScenario the copy of the base scenario in the sweep directory
 * @param overrides    the point's values, as {@code key.path=value}
 * @param seed         the run's seed
 */
public record SweepRun(Path baseScenario, List<String> overrides, long seed, long pointId, int replication) {

    public SweepRun {
        overrides = List.copyOf(overrides);
    }

    /**
     * @throws SweepException when {@code dir} is no finished sweep, keeps no base scenario, or has no
     *                        run {@code runId}
     */
    public static SweepRun of(Path dir, long runId) throws SweepException, IOException, ScenarioException {
        SweepJson.Description sweep = SweepJson.read(dir);
        if (runId < 0 || runId >= sweep.runs()) {
            throw new SweepException("--run-id " + runId + ": " + dir + " has runs 0 to " + (sweep.runs() - 1));
        }
        Path base = dir.resolve(SweepInputs.BASE_SCENARIO);
        if (!Files.isRegularFile(base)) {
            throw new SweepException(dir + " keeps no " + SweepInputs.BASE_SCENARIO + " (a sweep of samen before 0.2?); "
                    + "reproduce the row with `samen run SCENARIO --seed SEED --set key=value ...`");
        }
        String hash = BaseScenario.load(base).hash();
        if (!hash.equals(sweep.baseHash())) {
            throw new SweepException(base + " has changed since the sweep ran (its SHA-256 differs from "
                    + "base_scenario_sha256 in " + SweepJson.FILE + ")");
        }
        long point = runId / sweep.replications();
        List<String> values = sweep.newDesign().values(point);
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) overrides.add(sweep.parameters().get(i).override(values.get(i)));
        return new SweepRun(base, overrides, RunSeeds.of(sweep.masterSeed(), runId), point,
                (int) (runId % sweep.replications()));
    }

}
