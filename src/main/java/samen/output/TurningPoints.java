package samen.output;

import java.util.List;
import java.util.Set;
import samen.model.EventKind;

/**
 * The events a debrief walks through, where a run turned: phase changes and fall-backs, reopened
 * agreements, partners leaving, interventions carried out and the goal reached. The trainer's page
 * shows them live; the report of a session lists them from {@code events.csv}.
 */
public final class TurningPoints {

    private static final Set<String> KINDS = Set.of(EventKind.PHASE_CHANGE.key(), EventKind.FALLBACK.key(),
            EventKind.AGREEMENT_REOPENED.key(), EventKind.LEAVE.key(), EventKind.INTERVENTION.key(),
            EventKind.GOAL_REACHED.key());

    private TurningPoints() {
    }

    /** Whether an event of this kind (its key) is a turning point. */
    public static boolean is(String kind) {
        return KINDS.contains(kind);
    }

    /** The turning points among {@code events}, in order. */
    public static List<EventRecord> of(List<EventRecord> events) {
        return events.stream().filter(e -> is(e.kind())).toList();
    }

    /** One turning point in words: what kind, and what or who. */
    public static String describe(EventRecord e, Vocabulary words) {
        String kind = words.eventKind(e.kind());
        if (e.kind().equals(EventKind.LEAVE.key())) {
            return kind + ": " + e.subject() + " (" + words.textOr("leave." + e.name(), e.detail()) + ")";
        }
        if (e.kind().equals(EventKind.INTERVENTION.key())) return kind + ": " + words.intervention(e.name());
        if (e.kind().equals(EventKind.GOAL_REACHED.key())) return kind;
        return kind + ": " + words.phase(e.name());
    }
}
