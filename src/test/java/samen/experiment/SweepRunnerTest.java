package samen.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

    @TempDir
    Path tmp;

    private SweepRunner.Summary run(SweepSpec spec, Path out, int threads, boolean resume, Shard shard, boolean failFast,
                                    SweepRunner.Progress progress) throws Exception {
        return new SweepRunner(spec, new SweepRunner.Options(threads, out, resume, shard, false, failFast), progress).run();
    }

    private SweepRunner.Summary run(SweepSpec spec, Path out, int threads) throws Exception {
        return run(spec, out, threads, false, Shard.ALL, false, (d, t, e) -> { });
    }

    @Test
    void rowsAreInRunIdOrderAndOneThreadEqualsTwo() throws Exception {
        SweepSpec spec = SweepFile.load(Sweeps.grid(tmp));
        run(spec, tmp.resolve("one"), 1);
        run(spec, tmp.resolve("two"), 2);
        byte[] one = Files.readAllBytes(tmp.resolve("one/runs.csv"));
        assertThat(Files.readAllBytes(tmp.resolve("two/runs.csv"))).isEqualTo(one);
        List<String> lines = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertThat(lines).hasSize(2 + 30);
        for (int i = 0; i < 30; i++) {
            String[] cells = lines.get(2 + i).split(",", -1);
            assertThat(cells[0]).isEqualTo(Integer.toString(i));
            assertThat(cells[1]).isEqualTo(Integer.toString(i / 5));
            assertThat(cells[3]).isEqualTo(Long.toString(RunSeeds.of(11, i)));
        }
        assertThat(tmp.resolve("one")).isDirectoryNotContaining("glob:**.part").isDirectoryNotContaining("glob:**/.checkpoint");
    }

    /** A crash leaves the .part file and a checkpoint; a torn row is appended as a kill mid-write would. */
    @Test
    void resumeCutsATornRowAndEndsWithTheSameBytes() throws Exception {
        SweepSpec spec = SweepFile.load(Sweeps.grid(tmp));
        run(spec, tmp.resolve("whole"), 2);
        Path out = tmp.resolve("crashed");
        int[] updates = {0};
        assertThatThrownBy(() -> run(spec, out, 2, false, Shard.ALL, false, (d, t, e) -> {
            if (++updates[0] == 4) throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(out.resolve("runs.csv.part")).exists();
        Files.writeString(out.resolve("runs.csv.part"), "17,3,2,99,equ", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> run(spec, out, 1)).isInstanceOf(SweepException.class).hasMessageContaining("--resume");
        SweepRunner.Summary s = run(spec, out, 1, true, Shard.ALL, false, (d, t, e) -> { });
        assertThat(s.runs()).isEqualTo(30);
        assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(Files.readAllBytes(tmp.resolve("whole/runs.csv")));
        assertThat(run(spec, out, 1, true, Shard.ALL, false, (d, t, e) -> { }).alreadyComplete()).isTrue();
    }

    /** With time series, both files are cut back to the same checkpoint and end as an uninterrupted sweep's; shards merge too. */
    @Test
    void timeseriesResumeAndMergeLikeRuns() throws Exception {
        SweepSpec spec = SweepFile.load(Sweeps.grid(tmp));
        new SweepRunner(spec, new SweepRunner.Options(2, tmp.resolve("whole"), false, Shard.ALL, true, false), (d, t, e) -> { }).run();
        Path out = tmp.resolve("crashed");
        int[] updates = {0};
        assertThatThrownBy(() -> new SweepRunner(spec, new SweepRunner.Options(2, out, false, Shard.ALL, true, false), (d, t, e) -> {
            if (++updates[0] == 5) throw new IllegalStateException("crash");
        }).run()).hasMessage("crash");
        Files.writeString(out.resolve("timeseries.csv.part"), "3,7,exp", java.nio.file.StandardOpenOption.APPEND);
        new SweepRunner(spec, new SweepRunner.Options(1, out, true, Shard.ALL, true, false), (d, t, e) -> { }).run();
        for (String file : FILES) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(tmp.resolve("whole").resolve(file)));
        }
        for (int i = 1; i <= 2; i++) {
            new SweepRunner(spec, new SweepRunner.Options(1, tmp.resolve("s" + i), false, new Shard(i, 2), true, false), (d, t, e) -> { }).run();
        }
        Merge.merge(List.of(tmp.resolve("s1"), tmp.resolve("s2")), tmp.resolve("merged"));
        for (String file : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("merged").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("whole").resolve(file)));
        }
    }

    private static final List<String> FILES = List.of("runs.csv", "organisation_finals.csv", "event_counts.csv", "timeseries.csv");

    /**
     * Thinned, of chosen columns and compressed: the same bytes on 1 and 2 threads, after a crash, a
     * torn member and a resume, and from merged shards; and what it holds is every 7th step and the last.
     */
    @Test
    void compressedThinnedTimeseriesResumeAndMergeByteForByte() throws Exception {
        SweepSpec spec = SweepFile.load(Sweeps.grid(tmp));
        TimeseriesOptions series = TimeseriesOptions.of(true, 7, true, List.of("energy", "mean_trust"));
        new SweepRunner(spec, new SweepRunner.Options(2, tmp.resolve("whole"), false, Shard.ALL, series, false), (d, t, e) -> { }).run();
        new SweepRunner(spec, new SweepRunner.Options(1, tmp.resolve("one"), false, Shard.ALL, series, false), (d, t, e) -> { }).run();
        Path gz = tmp.resolve("whole/timeseries.csv.gz");
        assertThat(Files.readAllBytes(tmp.resolve("one/timeseries.csv.gz"))).isEqualTo(Files.readAllBytes(gz));

        Path out = tmp.resolve("crashed");
        int[] updates = {0};
        assertThatThrownBy(() -> new SweepRunner(spec, new SweepRunner.Options(2, out, false, Shard.ALL, series, false), (d, t, e) -> {
            if (++updates[0] == 5) throw new IllegalStateException("crash");
        }).run()).hasMessage("crash");
        Files.write(out.resolve("timeseries.csv.gz.part"), Gzip.member("3,7,0.5".getBytes()), java.nio.file.StandardOpenOption.APPEND);
        new SweepRunner(spec, new SweepRunner.Options(1, out, true, Shard.ALL, series, false), (d, t, e) -> { }).run();
        assertThat(Files.readAllBytes(out.resolve("timeseries.csv.gz"))).isEqualTo(Files.readAllBytes(gz));
        for (int i = 1; i <= 3; i++) {
            new SweepRunner(spec, new SweepRunner.Options(1, tmp.resolve("s" + i), false, new Shard(i, 3), series, false), (d, t, e) -> { }).run();
        }
        Merge.merge(List.of(tmp.resolve("s2"), tmp.resolve("s1"), tmp.resolve("s3")), tmp.resolve("merged"));
        assertThat(Files.readAllBytes(tmp.resolve("merged/timeseries.csv.gz"))).isEqualTo(Files.readAllBytes(gz));

        List<String> lines;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines.get(0)).startsWith("# samen ");
        assertThat(lines.get(1)).isEqualTo("run_id,step,energy,mean_trust"); // in the order of a run's timeseries.csv
        for (int run = 0; run < 30; run++) {
            String id = run + ",";
            List<String> steps = lines.stream().filter(l -> l.startsWith(id)).map(l -> l.split(",")[1]).toList();
            assertThat(steps).as("run " + run).containsExactly("0", "7", "14", "21", "28", "30"); // tiny runs 30 steps
        }
        assertThat(lines).hasSize(2 + 30 * 6);
    }

    @Test
    void resumingAnotherSweepIsRefused() throws Exception {
        SweepSpec spec = SweepFile.load(Sweeps.grid(tmp));
        Path out = tmp.resolve("crashed");
        assertThatThrownBy(() -> run(spec, out, 1, false, Shard.ALL, false, (d, t, e) -> {
            if (d > 0) throw new IllegalStateException("crash");
        }));
        SweepSpec other = new SweepSpec(spec.name(), spec.scenarioFile(), spec.scenarioLabel(), 12, spec.replications(),
                spec.design(), spec.parameters());
        assertThatThrownBy(() -> run(other, out, 1, true, Shard.ALL, false, (d, t, e) -> { }))
                .isInstanceOf(SweepException.class).hasMessageContaining("holds another sweep");
    }

    @Test
    void shardsMergedAreTheWholeSweepByteForByte() throws Exception {
        SweepSpec spec = SweepFile.load(Sweeps.grid(tmp));
        run(spec, tmp.resolve("whole"), 2);
        for (int i = 1; i <= 3; i++) run(spec, tmp.resolve("s" + i), 1, false, new Shard(i, 3), false, (d, t, e) -> { });
        Merge.merge(List.of(tmp.resolve("s3"), tmp.resolve("s1"), tmp.resolve("s2")), tmp.resolve("merged"));
        assertThat(Files.readAllBytes(tmp.resolve("merged/runs.csv"))).isEqualTo(Files.readAllBytes(tmp.resolve("whole/runs.csv")));
        assertThat(Files.readString(tmp.resolve("merged/sweep.json"))).contains("\"runs\" : 30").doesNotContain("shard\" :");

        assertThatThrownBy(() -> Merge.merge(List.of(tmp.resolve("s1"), tmp.resolve("s3")), tmp.resolve("partial")))
                .isInstanceOf(SweepException.class)
                .hasMessageContaining("10 missing (run_id 1, 4, 7,")
                .hasMessageContaining("no directory holds shard 2/3");
        assertThat(tmp.resolve("partial")).doesNotExist();
        assertThatThrownBy(() -> Merge.merge(List.of(tmp.resolve("s1"), tmp.resolve("s1"), tmp.resolve("s2"), tmp.resolve("s3")),
                tmp.resolve("twice"))).hasMessageContaining("present twice (run_id 0, 3,");
    }

    /** A point whose scenario cannot be built (here: a value out of range) is an error row, not the end. */
    @Test
    void aFailingRunIsARowWithOutcomeErrorAndFailFastStops() throws Exception {
        SweepSpec valid = SweepFile.load(Sweeps.grid(tmp));
        SweepSpec spec = new SweepSpec("errors", valid.scenarioFile(), "tiny.yaml", 1, 2, DesignSpec.grid(),
                List.of(new Parameter.Levels("trust.loss_rate", List.of("0.05", "7", "0.1"))));
        SweepRunner.Summary s = run(spec, tmp.resolve("go-on"), 2);
        assertThat(s.errors()).isEqualTo(2);
        assertThat(s.firstError()).startsWith("run 2: ").contains("trust.loss_rate", "out of range");
        List<String> lines = Files.readAllLines(tmp.resolve("go-on/runs.csv"));
        assertThat(lines).hasSize(2 + 6);
        assertThat(lines.get(2 + 2)).matches("2,1,0,\\d+,7,error,,+\"?IllegalArgumentException: .*trust.loss_rate.*");
        assertThat(lines.get(2 + 4)).doesNotContain("error,");

        SweepRunner.Summary stopped = run(spec, tmp.resolve("stop"), 1, false, Shard.ALL, true, (d, t, e) -> { });
        assertThat(stopped.stopped()).isTrue();
        assertThat(tmp.resolve("stop/sweep.json")).doesNotExist();
        assertThat(tmp.resolve("stop/runs.csv.part")).exists();
    }

    @Test
    void aNonEmptyDirectoryIsNotOverwritten() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        assertThatThrownBy(() -> run(SweepFile.load(Sweeps.grid(tmp)), out, 1))
                .isInstanceOf(SweepException.class).hasMessageContaining("not empty");
        assertThat(out.resolve("notes.txt")).hasContent("keep");
    }
}
