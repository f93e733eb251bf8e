package samen.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.scenario.Scenario;
import samen.scenario.ScenarioLoader;

/**
 * A sweep directory as issue #4's contract describes it, written by the test: a 3x3 grid over two
 * parameters with real runs of the default scenario, and sensitivity files with made-up indices.
 * Used until {@code samen sweep} exists.
 */
final class SweepFixture {

    static final List<String> GAIN = List.of("0.01", "0.05", "0.1");
    static final List<String> DISTRIBUTION = List.of("equal", "dominant", "skewed");
    static final int REPLICATIONS = 3;

    private SweepFixture() {
    }

    static Path write(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("analysis"));
        StringBuilder runs = new StringBuilder("# samen test sweep=fixture base_scenario_sha256=0 master_seed=1\n");
        List<String> metrics = null;
        int run = 0;
        int point = 0;
        for (String gain : GAIN) {
            for (String distribution : DISTRIBUTION) {
                for (int r = 0; r < REPLICATIONS; r++) {
                    long seed = 1000 + run;
                    Scenario s = ScenarioLoader.load(Fixtures.HOME.resolve("scenarios/default.yaml"),
                            List.of("trust.gain_rate=" + gain, "power.distribution=" + distribution, "steps=160",
                                    "seed=" + seed));
                    RunResult result = Simulation.create(s.model(), s.seed()).run(s.steps(), List.of());
                    if (metrics == null) {
                        metrics = new ArrayList<>(result.metrics().keySet());
                        runs.append("run_id,point_id,replication,seed,trust.gain_rate,power.distribution,outcome,phase_reached,")
                                .append(String.join(",", metrics)).append(",error\n");
                    }
                    runs.append(run).append(',').append(point).append(',').append(r).append(',').append(seed).append(',')
                            .append(gain).append(',').append(distribution).append(',').append(result.outcome().key())
                            .append(',').append(result.phaseReached().key());
                    for (Map.Entry<String, Double> m : result.metrics().entrySet()) runs.append(',').append(m.getValue());
                    runs.append(",\n");
                    run++;
                }
                point++;
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("sweep.json"), """
                {"name": "fixture", "version": "test", "design": {"type": "grid"},
                 "parameters": [{"key": "trust.gain_rate", "values": [0.01, 0.05, 0.1]},
                                {"key": "power.distribution", "values": ["equal", "dominant", "skewed"]}],
                 "replications": 3, "master_seed": 1, "base_scenario": "scenarios/default.yaml",
                 "base_scenario_sha256": "0", "counts": {"points": 9, "runs": %d, "errors": 0}, "timing": {}}
                """.formatted(run));
        Files.writeString(dir.resolve("analysis/morris.csv"), """
                # samen test sweep=fixture
                metric,parameter,mu,mu_star,sigma,mu_star_ci_low,mu_star_ci_high
                mean_trust,trust.gain_rate,0.12,0.15,0.05,0.11,0.19
                mean_trust,trust.loss_rate,-0.2,0.22,0.18,0.17,0.27
                mean_trust,collaboration.transparency,0.03,0.04,0.02,0.02,0.06
                cumulative_value,trust.gain_rate,40,52,70,30,74
                cumulative_value,trust.loss_rate,-10,18,12,9,27
                cumulative_value,collaboration.transparency,5,8,3,4,12
                """);
        Files.writeString(dir.resolve("analysis/sobol.csv"), """
                # samen test sweep=fixture
                metric,parameter,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high
                mean_trust,trust.gain_rate,0.35,0.28,0.42,0.45,0.39,0.51
                mean_trust,trust.loss_rate,0.4,0.31,0.49,0.52,0.44,0.6
                mean_trust,collaboration.transparency,0.02,-0.03,0.07,0.05,0.02,0.08
                """);
        Files.writeString(dir.resolve("analysis/notes.csv"), """
                # samen test sweep=fixture
                kind,subject,note
                constant,energy,"the same in every run (1): no indices, no chart"
                warning,design,4 Morris trajectories: mu* and its ranking are unstable below 10; run more trajectories
                """);
        return dir;
    }
}
