package samen.output;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import sim.engine.SimState;

/**
 * Who made a result and how, for a reviewer who wants to rerun it: the command line, when, and the
 * software it ran on (samen version and git commit, Java, MASON, operating system). {@code sweep.json}
 * and {@code summary.json} carry it under {@code provenance}; it is the one part of those files that
 * differs between two otherwise identical invocations, so it stays out of every hash and every CSV.
 *
 * @param command the command line as typed, shell-quoted ({@code samen run --seed 7})
 * @param date    when it started, ISO-8601 UTC to the second
 */
public record Invocation(String command, String date, String samenVersion, String gitCommit, String java,
                         String mason, String os) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

    public Invocation {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(date, "date");
    }

    /** This process, now, running {@code samen} with {@code args}. */
    public static Invocation now(List<String> args) {
        StringBuilder command = new StringBuilder("samen");
        for (String arg : args) command.append(' ').append(quote(arg));
        return new Invocation(command.toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Version.get(), Version.commit(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"),
                "MASON " + SimState.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** An argument as a POSIX shell reads it back: plain, or in single quotes. */
    static String quote(String arg) {
        if (PLAIN.matcher(arg).matches()) return arg;
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** The fields of the {@code provenance} object, in their order. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("command", command);
        fields.put("date", date);
        fields.put("samen_version", samenVersion);
        fields.put("git_commit", gitCommit);
        fields.put("java", java);
        fields.put("mason", mason);
        fields.put("os", os);
        return fields;
    }
}
