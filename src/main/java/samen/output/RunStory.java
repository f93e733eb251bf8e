package samen.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import samen.model.EventKind;

/**
 * Why a run ended as it did, told from its event log and final state: who acted opportunistically
 * and how often, reopened agreements, turnover of representatives, refused interventions and why,
 * fall-backs, who left and why, which condition was neglected and since when. Each of these is a
 * {@link Cause} with the counts and names it rests on, weighed by how much it shapes a run; the
 * story is the few that weigh most, in plain sentences ({@link #sentences}).
 *
 * <p>Causes are found per event kind (the keys of {@code events.csv}); a kind this class does not
 * know yet is still told, by its count and the partner it concerned most, so a new kind of event
 * in the model shows up in the story without a change here.
 */
public final class RunStory {

    /** How many causes the story tells. */
    public static final int TOLD = 3;

    /**
     * One cause of the outcome.
     *
     * @param kind      the event kind it is about ({@code opportunism}), or {@code neglect}
     * @param name      what: an intervention, a phase, a condition, an opportunism kind; "" when none
     * @param subjects  who: the partner it concerns most, or the partners it concerns (those who left
     *                  for one reason), in order; empty for the collaboration as a whole
     * @param count     how many of the events it rests on concern {@code subjects} (or {@code name})
     * @param total     how many events of {@code kind} the run had
     * @param firstStep the step of the first of the {@code count} events (for neglect: since when)
     * @param lastStep  the step of the last of them (for neglect: the last step)
     * @param weight    how much it shapes the run, to choose what to tell (higher first)
     */
    public record Cause(String kind, String name, List<String> subjects, int count, int total, long firstStep, long lastStep,
                        double weight) {
        public Cause {
            subjects = List.copyOf(subjects);
        }

        /** The one partner it concerns most, or "" when it concerns the collaboration as a whole. */
        public String subject() {
            return subjects.isEmpty() ? "" : subjects.get(0);
        }
    }

    /** The kind used for a neglected condition, which is a state rather than an event. */
    public static final String NEGLECT = "neglect";

    private final List<Cause> causes;
    private final RunFacts facts;

    private RunStory(RunFacts facts, List<Cause> causes) {
        this.facts = facts;
        this.causes = List.copyOf(causes);
    }

    /** The story of a run. */
    public static RunStory of(RunFacts facts) {
        List<Cause> found = new ArrayList<>();
        Map<String, List<EventRecord>> byKind = facts.events().stream()
                .collect(Collectors.groupingBy(EventRecord::kind, LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, events) -> found.addAll(causes(kind, events)));
        if (facts.neglectedSince() >= 0) {
            found.add(new Cause(NEGLECT, facts.weakestCondition(), List.of(), 1, 1, facts.neglectedSince(), facts.stepsRun(),
                    8 + 4 * (facts.stepsRun() - facts.neglectedSince()) / Math.max(1.0, facts.stepsRun())));
        }
        found.sort(Comparator.comparingDouble(Cause::weight).reversed().thenComparingLong(Cause::firstStep));
        return new RunStory(facts, found);
    }

    /** Every cause found, weightiest first. */
    public List<Cause> causes() {
        return causes;
    }

    /**
     * The causes the story tells: at most {@value #TOLD}, weightiest first, and always the neglected
     * condition when there is one (the summary names no other weakest condition then).
     */
    public List<Cause> told() {
        List<Cause> told = new ArrayList<>(causes.subList(0, Math.min(TOLD, causes.size())));
        causes.stream().filter(c -> c.kind().equals(NEGLECT)).findFirst().filter(c -> !told.contains(c))
                .ifPresent(neglect -> told.set(told.size() - 1, neglect));
        return told;
    }

    /** True when the story tells of a neglected condition. */
    public boolean tellsNeglect() {
        return told().stream().anyMatch(c -> c.kind().equals(NEGLECT));
    }

    /** The story in sentences a student understands; one sentence when nothing stood out. */
    public List<String> sentences(Vocabulary words) {
        if (told().isEmpty()) return List.of(words.text("story.quiet"));
        return told().stream().map(c -> sentence(c, words)).toList();
    }

    /** One cause in words, as a sentence: it starts with a capital, also when an intervention's name comes first. */
    public String sentence(Cause c, Vocabulary words) {
        String text = clause(c, words);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(words.language().locale()) + text.substring(1);
    }

    private String clause(Cause c, Vocabulary words) {
        return switch (c.kind()) {
            case "opportunism" -> c.count() == c.total()
                    ? words.text("story.opportunism.only", c.subject(), c.count(), words.opportunism(c.name()))
                    : words.text("story.opportunism", c.subject(), c.count(), c.total(), words.opportunism(c.name()));
            case "agreement_reopened" -> c.subject().isEmpty()
                    ? words.text("story.reopened", c.total(), c.count())
                    : words.text(calledBackByConstituency(c) ? "story.reopened.constituency" : "story.reopened.by",
                            c.total(), c.count(), c.subject());
            case "turnover" -> words.text("story.turnover", c.total(), c.count(), c.subject());
            case "voice" -> c.count() == c.total()
                    ? words.text("story.voice.only", c.subject(), c.count())
                    : words.text("story.voice", c.subject(), c.count(), c.total());
            case "intervention_refused" -> words.text("story.refused", words.intervention(c.name()), c.count(),
                    words.precondition(c.name()));
            case "intervention_failed" -> words.text("story.failed", words.intervention(c.name()), c.count(),
                    words.list(c.subjects().stream().map(s -> s.isEmpty() ? words.text("story.facilitator") : s).toList()));
            case "intervention" -> words.text("story.intervention", words.intervention(c.name()), c.count(), c.firstStep());
            case "fallback" -> words.text("story.fallback", c.total(), c.firstStep(), fallbackReason(c, words),
                    words.phase(c.name()));
            case "leave" -> c.count() == 1
                    ? words.text("story.leave", c.subject(), c.firstStep(), leaveReason(c, words, ""))
                    : c.firstStep() == c.lastStep()
                    ? words.text("story.leave.many.at", words.list(c.subjects()), c.firstStep(), leaveReason(c, words, ".many"))
                    : words.text("story.leave.many", words.list(c.subjects()), c.firstStep(), c.lastStep(),
                            leaveReason(c, words, ".many"));
            case "join" -> words.text("story.join", c.subject(), c.firstStep());
            case "shock" -> c.subject().isEmpty()
                    ? words.text("story.shock.all", words.shock(c.name()), c.firstStep())
                    : words.text("story.shock", words.shock(c.name()), c.subject(), c.firstStep());
            case "goal_reached" -> words.text(nextRound(c) ? "story.goal_renewed" : "story.goal_reached", c.firstStep());
            case NEGLECT -> words.text(c.firstStep() >= facts.stepsRun() ? "story.neglect.end" : "story.neglect",
                    words.condition(c.name()), c.firstStep(), words.number(facts.weakestLevel(), 2), words.neglect(c.name()));
            default -> c.subject().isEmpty()
                    ? words.text("story.other", words.eventKind(c.kind()), c.total())
                    : words.text("story.other.by", words.eventKind(c.kind()), c.total(), c.count(), c.subject());
        };
    }

    /**
     * Whether most of the reopenings named after a partner were its constituency calling back what
     * its representative agreed, rather than the partner itself pressing or forcing renegotiation:
     * the model names the partner in both cases, and they tell different stories.
     */
    private boolean calledBackByConstituency(Cause c) {
        List<EventRecord> theirs = facts.events().stream()
                .filter(e -> e.kind().equals(c.kind()) && e.subject().equals(c.subject())).toList();
        long calledBack = theirs.stream().filter(e -> e.detail().equals(EventKind.CALLED_BACK)).count();
        return 2 * calledBack > theirs.size();
    }

    /** Whether the partners took on a next round at this reached goal rather than stopping (renewal). */
    private boolean nextRound(Cause c) {
        return facts.events().stream().anyMatch(e -> e.kind().equals(c.kind()) && e.step() == c.firstStep()
                && e.detail().endsWith(EventKind.NEXT_ROUND));
    }

    // The model logs the reason of a fall-back in English; the known ones are said in the reader's words.
    private String fallbackReason(Cause c, Vocabulary words) {
        String detail = facts.events().stream().filter(e -> e.kind().equals(c.kind()) && e.step() == c.firstStep())
                .map(EventRecord::detail).findFirst().orElse("");
        if (detail.startsWith("stalled in ")) return words.text("reason.stalled", words.phase(detail.substring("stalled in ".length())));
        return words.textOr("reason." + detail.replace(' ', '_'), detail);
    }

    private String leaveReason(Cause c, Vocabulary words, String number) {
        String detail = facts.events().stream().filter(e -> e.kind().equals(c.kind()) && e.subject().equals(c.subject()))
                .map(EventRecord::detail).findFirst().orElse("");
        return words.textOr("leave." + c.name() + number, detail);
    }

    private static List<Cause> causes(String kind, List<EventRecord> events) {
        return switch (kind) {
            case "phase_change" -> List.of(); // the phases are told beside the story, not as a cause
            case "opportunism" -> List.of(mostBy(kind, events, EventRecord::subject, Math.min(10, events.size() / 10.0)));
            case "agreement_reopened" -> List.of(mostBy(kind, events, EventRecord::subject, Math.min(9, events.size() / 2.0)));
            case "turnover" -> List.of(mostBy(kind, events, EventRecord::subject, Math.min(9, events.size() / 5.0)));
            case "intervention_refused" -> perName(kind, events, n -> 3.0 + n, false);
            case "intervention_failed" -> perName(kind, events, n -> 3.0 + n, true);
            case "intervention" -> perName(kind, events, n -> Math.min(6, 2 + n / 2.0), false);
            case "fallback" -> List.of(mostBy(kind, events, e -> "", 6 + 2.0 * events.size()));
            case "leave" -> perName(kind, events, n -> 9.0 + n, true);
            case "join" -> each(kind, events, e -> 2);
            case "shock" -> each(kind, events, e -> 4);
            case "goal_reached" -> each(kind, events, e -> 7);
            default -> List.of(mostBy(kind, events, EventRecord::subject, Math.min(8, events.size())));
        };
    }

    /**
     * One cause for all events of a kind, naming who was behind most of them and what they did
     * most (the first event's name when who is the collaboration as a whole).
     */
    private static Cause mostBy(String kind, List<EventRecord> events, Function<EventRecord, String> who, double weight) {
        String subject = mostCommon(events, who);
        List<EventRecord> theirs = events.stream().filter(e -> who.apply(e).equals(subject)).toList();
        String name = subject.isEmpty() ? events.get(0).name() : mostCommon(theirs, EventRecord::name);
        return new Cause(kind, name, subject.isEmpty() ? List.of() : List.of(subject), theirs.size(), events.size(),
                theirs.get(0).step(), theirs.get(theirs.size() - 1).step(), weight);
    }

    /**
     * One cause per name (an intervention type, a reason to leave), in order of first appearance;
     * with {@code who}, naming the partners concerned.
     */
    private static List<Cause> perName(String kind, List<EventRecord> events, Function<Integer, Double> weight, boolean who) {
        Map<String, List<EventRecord>> byName = events.stream()
                .collect(Collectors.groupingBy(EventRecord::name, LinkedHashMap::new, Collectors.toList()));
        List<Cause> causes = new ArrayList<>();
        byName.forEach((name, list) -> causes.add(new Cause(kind, name,
                who ? list.stream().map(EventRecord::subject).distinct().toList() : List.of(), list.size(), events.size(),
                list.get(0).step(), list.get(list.size() - 1).step(), weight.apply(list.size()))));
        return causes;
    }

    /** One cause per event (a shock, a partner joining). */
    private static List<Cause> each(String kind, List<EventRecord> events, Function<EventRecord, Integer> weight) {
        return events.stream().map(e -> new Cause(kind, e.name(), e.subject().isEmpty() ? List.of() : List.of(e.subject()),
                1, events.size(), e.step(), e.step(), weight.apply(e))).toList();
    }

    /** The most frequent value, the first to reach that count on a tie; "" when every value is "". */
    private static String mostCommon(List<EventRecord> events, Function<EventRecord, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventRecord e : events) counts.merge(value.apply(e), 1, Integer::sum);
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
