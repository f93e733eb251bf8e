package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import samen.experiment.Sweeps;

/**
 * examples/slurm/sweep.sbatch end to end on a real one-node Slurm cluster on localhost: munged,
 * slurmctld and slurmd are started as root with a private configuration under target/, the array
 * job and the dependent merge job run, and the merged runs.csv must equal an unsharded sweep's.
 * Needs root and Debian's slurmctld, slurmd, slurm-client and munge: required when CI=true (see
 * .ci/run), skipped otherwise.
 */
class SlurmIT {

    private static final List<String> TOOLS = List.of("/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd",
            "/usr/bin/sbatch", "/usr/bin/squeue", "/usr/bin/sinfo");

    private Path dir;
    private final List<Path> pidFiles = new ArrayList<>();

    @Test
    void theArrayJobAndTheMergeJobGiveTheUnshardedSweep() throws Exception {
        boolean ready = "root".equals(System.getProperty("user.name")) && TOOLS.stream().allMatch(t -> Files.isExecutable(Path.of(t)))
                && Files.exists(Path.of("/etc/munge/munge.key"));
        if (!"true".equals(System.getenv("CI"))) assumeTrue(ready, "needs root and Slurm + munge installed (CI installs them)");
        assertThat(ready).as("CI=true: root, " + TOOLS + " and /etc/munge/munge.key must be there (.ci/run installs them)").isTrue();

        dir = Files.createTempDirectory(Cli.HOME.resolve("target"), "slurm-it-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path conf = startCluster();
        // The script splits $SAMEN into words: `java ... -jar target/samen.jar` (paths under target/ have no spaces).
        Map<String, String> env = Map.of("SLURM_CONF", conf.toString(), "SAMEN", String.join(" ", SamenJar.command(dir, List.of())));

        Path work = Files.createDirectories(dir.resolve("work"));
        Sweeps.write(work.resolve("base.yaml"), "name: Base\nsteps: 40\norganisations:\n  count: 4\n");
        Sweeps.write(work.resolve("s.yaml"), "scenario: base.yaml\nmaster_seed: 3\nreplications: 4\ndesign: grid\n"
                + "parameters:\n  trust.loss_rate: [0.04, 0.08, 0.12]\n  power.distribution: [equal, dominant]\n");
        Result whole = run(work, env, List.of("bash", "-c", "$SAMEN sweep s.yaml --out whole --quiet"), 120);
        assertThat(whole.exit()).as(whole.output()).isZero();

        Result submit = run(work, env, List.of("bash", Cli.HOME.resolve("examples/slurm/sweep.sbatch").toString(), "s.yaml", "3", "out"), 120);
        assertThat(submit.exit()).as(submit.output()).isZero();
        assertThat(submit.output()).contains("submitted array job", "merge job");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!Files.exists(work.resolve("out/merged/sweep.json")) && System.nanoTime() < deadline) {
            String queue = run(work, env, List.of("squeue", "-h", "-o", "%i %T %r"), 30).output();
            if (queue.isBlank() && !Files.exists(work.resolve("out/merged/sweep.json"))) {
                Thread.sleep(2000); // the merge job may have just ended and be renaming
                if (!Files.exists(work.resolve("out/merged/sweep.json"))) break;
            }
            Thread.sleep(500);
        }
        assertThat(work.resolve("out/merged/runs.csv")).as(logs(work)).exists();
        for (int i = 1; i <= 3; i++) assertThat(Files.readString(work.resolve("out/shard-" + i + "/sweep.json"))).contains("\"shard\" : \"" + i + "/3\"");
        assertThat(Files.readAllBytes(work.resolve("out/merged/runs.csv"))).isEqualTo(Files.readAllBytes(work.resolve("whole/runs.csv")));
    }

    private Path startCluster() throws Exception {
        Path munge = Files.createDirectories(dir.resolve("munge"));
        run(dir, Map.of(), List.of("chown", "munge:munge", munge.toString()), 10);
        Path socket = munge.resolve("munge.socket.2");
        Result m = run(dir, Map.of(), List.of("runuser", "-u", "munge", "--", "/usr/sbin/munged", "--socket=" + socket,
                "--pid-file=" + munge.resolve("munged.pid"), "--log-file=" + munge.resolve("munged.log"),
                "--seed-file=" + munge.resolve("munged.seed")), 30);
        assertThat(m.exit()).as("munged: " + m.output()).isZero();
        pidFiles.add(munge.resolve("munged.pid"));
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("spool"));
        Path conf = dir.resolve("slurm.conf");
        Files.writeString(conf, String.join("\n",
                "ClusterName=samen-it", "SlurmctldHost=localhost", "AuthType=auth/munge", "AuthInfo=socket=" + socket,
                "CredType=cred/munge", "SlurmUser=root", "SlurmdUser=root", "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none", "JobAcctGatherType=jobacct_gather/none", "AccountingStorageType=accounting_storage/none",
                "JobCompType=jobcomp/none", "SchedulerType=sched/backfill", "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core", "MpiDefault=none", "ReturnToService=2",
                "StateSaveLocation=" + dir.resolve("state"), "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"), "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("slurmctld.log"), "SlurmdLogFile=" + dir.resolve("slurmd.log"),
                "SlurmctldPort=16817", "SlurmdPort=16818",
                "NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=2000 State=UNKNOWN",
                "PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP", ""));
        Map<String, String> env = Map.of("SLURM_CONF", conf.toString());
        assertThat(run(dir, env, List.of("/usr/sbin/slurmctld", "-f", conf.toString()), 30).exit()).isZero();
        pidFiles.add(dir.resolve("slurmctld.pid"));
        assertThat(run(dir, env, List.of("/usr/sbin/slurmd", "-f", conf.toString(), "-N", "localhost"), 30).exit()).isZero();
        pidFiles.add(dir.resolve("slurmd.pid"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String state = "";
        while (System.nanoTime() < deadline && !state.equals("idle")) {
            Thread.sleep(500);
            state = run(dir, env, List.of("sinfo", "-h", "-o", "%t"), 30).output().strip();
        }
        assertThat(state).as("node state; slurmctld.log: " + read(dir.resolve("slurmctld.log"))).isEqualTo("idle");
        return conf;
    }

    @AfterEach
    void stopCluster() throws Exception {
        for (int i = pidFiles.size() - 1; i >= 0; i--) { // slurmd, slurmctld, then munged
            Path pidFile = pidFiles.get(i);
            if (!Files.exists(pidFile)) continue;
            String pid = Files.readString(pidFile).strip();
            run(dir, Map.of(), List.of("kill", pid), 10);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (Files.exists(Path.of("/proc", pid)) && System.nanoTime() < deadline) Thread.sleep(100);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path cwd, Map<String, String> env, List<String> command, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("slurm-it", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "(no " + file.getFileName() + ")";
    }

    private String logs(Path work) throws IOException {
        StringBuilder s = new StringBuilder();
        try (var files = Files.list(work.resolve("out"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) s.append(f.getFileName()).append(": ").append(read(f)).append('\n');
        } catch (java.nio.file.NoSuchFileException e) {
            s.append("no out directory\n");
        }
        return s.append("slurmctld.log: ").append(read(dir.resolve("slurmctld.log"))).toString();
    }
}
