package samen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import samen.engine.PartnerResult;
import samen.engine.RunResult;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.Outcome;
import samen.model.Standing;
import samen.output.RunRecorder;
import samen.scenario.Scenario;

/** The few lines {@code samen run} prints after a run, readable in 80 columns. */
final class RunReport {

    private static final int WIDTH = 78;
    private static final int MAX_NAME = 32;

    private final PrintWriter out;

    RunReport(PrintWriter out) {
        this.out = out;
    }

    /** {@code millis}: wall time of simulating and recording, shown so anyone can see what a run costs. */
    void print(Scenario scenario, RunResult result, Collaboration model, String where, long millis) {
        out.println("Outcome: " + words(result.outcome()));
        out.printf(Locale.ROOT, "Phase reached: %s (%s) at step %d; ran %d of %d steps.%n",
                result.phaseReached().key(), result.phaseReached().dutch(), result.phaseReachedStep(),
                result.stepsRun(), scenario.steps());
        out.println();

        Map<String, Long> leftAt = new HashMap<>();
        for (Organisation o : model.organisations()) {
            if (!o.active() && o.leftAtStep() >= 0) leftAt.put(o.name(), o.leftAtStep());
        }
        int nameWidth = "partner".length();
        for (PartnerResult p : result.partners()) nameWidth = Math.max(nameWidth, Math.min(MAX_NAME, p.name().length()));
        out.printf(Locale.ROOT, "  %-" + nameWidth + "s  %5s  %s%n", "partner", "power", "surplus on its stake (recent)");
        for (PartnerResult p : result.partners()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + nameWidth + "s  %5.2f  %+7.1f%%  %-4s",
                    shorten(p.name()), p.power(), 100 * p.surplusRate(), Standing.of(p.surplusRate()).key()));
            Long left = leftAt.get(p.name());
            if (!p.active()) line.append(left != null ? "  left at step " + left : "  left");
            out.println(line.toString().stripTrailing());
        }
        out.println();
        for (String line : wrap(result.explanation(), WIDTH)) out.println(line);
        for (String line : wrap("Decided by " + result.rule() + ".", WIDTH)) out.println(line);
        for (String line : wrap(result.dynamic(), WIDTH)) out.println(line);
        out.println();
        out.printf(Locale.ROOT, "Files in %s/ (simulated and written in %d ms):%n", where, millis);
        for (String line : wrap(String.join("  ", RunRecorder.TIMESERIES, RunRecorder.ORGANISATIONS,
                RunRecorder.RELATIONS, RunRecorder.EVENTS, RunRecorder.SUMMARY, RunRecorder.SCENARIO), WIDTH - 2)) {
            out.println("  " + line);
        }
    }

    /** The outcome as a trainer would say it. */
    static String words(Outcome outcome) {
        return switch (outcome) {
            case WIN_WIN -> "win-win: a fair split, and more value created than in a compromise";
            case COMPROMISE -> "compromise: the value was split fairly, but little was created";
            case WIN_LOSE -> "win-lose: some partners gained much more than others, or at their expense";
            case LOSE_LOSE -> "lose-lose: the partners would have done better on their own";
            case STAGNATION -> "stagnation: the collaboration got stuck and did not deliver";
            case SHAM -> "sham collaboration: the partners went through the motions";
            case BREAKUP -> "break-up: the collaboration fell apart";
        };
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 3) + "...";
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
