package samen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import samen.engine.PartnerResult;
import samen.engine.RunResult;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.Standing;
import samen.output.Language;
import samen.output.RunRecorder;
import samen.output.RunStory;
import samen.output.Vocabulary;
import samen.scenario.Scenario;

/**
 * The few lines {@code samen run} prints after a run, readable in 80 columns, in one language
 * with its own number format: the outcome, the partners' standing, and the story of why.
 */
final class RunReport {

    private static final int WIDTH = 78;
    private static final int MAX_NAME = 32;

    private final PrintWriter out;
    private final Vocabulary words;

    RunReport(PrintWriter out, Language language) {
        this.out = out;
        this.words = Vocabulary.of(language);
    }

    /** {@code millis}: wall time of simulating and recording, shown so anyone can see what a run costs. */
    void print(Scenario scenario, RunResult result, RunStory story, Collaboration model, String where, long millis) {
        String outcome = result.outcome().key();
        out.println(words.text("run.outcome", words.outcome(outcome), words.text("outcome.long." + outcome)));
        out.println(words.text("run.phase", words.phase(result.phaseReached().key()), result.phaseReachedStep(),
                result.stepsRun(), scenario.steps()));
        out.println();

        Map<String, Long> leftAt = new HashMap<>();
        for (Organisation o : model.organisations()) {
            if (!o.active() && o.leftAtStep() >= 0) leftAt.put(o.name(), o.leftAtStep());
        }
        String partner = words.text("run.partner");
        String power = words.text("run.power");
        int nameWidth = partner.length();
        for (PartnerResult p : result.partners()) nameWidth = Math.max(nameWidth, Math.min(MAX_NAME, p.name().length()));
        out.printf("  %-" + nameWidth + "s  %5s  %s%n", partner, power, words.text("run.payoff"));
        for (PartnerResult p : result.partners()) {
            String start = String.format("  %-" + nameWidth + "s  %5s  ", shorten(p.name()), words.number(p.power(), 2));
            // A planned newcomer whose step never came, or a candidate the collaboration never drew or let in, has no account.
            if (!p.joined()) {
                out.println(start + words.text("run.never_joined"));
                continue;
            }
            StringBuilder line = new StringBuilder(start + String.format("%8s  %s", words.signedPercent(p.surplusRate(), 1),
                    words.standing(Standing.of(p.surplusRate()).key())));
            Long left = leftAt.get(p.name());
            if (left != null) line.append("  ").append(words.text("run.left_at", left));
            out.println(line.toString().stripTrailing());
        }
        out.println();
        // The model explains its verdict in English; a Dutch summary tells the story in Dutch only.
        if (words.language() == Language.EN) {
            for (String line : wrap(result.explanation(), WIDTH)) out.println(line);
            for (String line : wrap("Decided by " + result.rule() + ".", WIDTH)) out.println(line);
        }
        out.println(words.text("run.why"));
        for (String sentence : story.sentences(words)) {
            List<String> lines = wrap(sentence, WIDTH - 4);
            for (int i = 0; i < lines.size(); i++) out.println((i == 0 ? "  - " : "    ") + lines.get(i));
        }
        if (!story.tellsNeglect()) {
            String weakest = result.weakestCondition().key();
            double level = result.metrics().getOrDefault(weakest, Double.NaN);
            out.println(words.text("run.weakest", words.condition(weakest), words.number(level, 2)));
        }
        out.println();
        out.println(words.text("run.files", where, millis));
        for (String line : wrap(String.join("  ", RunRecorder.TIMESERIES, RunRecorder.ORGANISATIONS,
                RunRecorder.RELATIONS, RunRecorder.EVENTS, RunRecorder.SUMMARY, RunRecorder.SCENARIO), WIDTH - 2)) {
            out.println("  " + line);
        }
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
