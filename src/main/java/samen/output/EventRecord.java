package samen.output;

import java.util.List;
import samen.model.Event;

/**
 * One event of a run as {@code events.csv} holds it, its kind by key: from the model's log during
 * a run, or read back from a run directory (samen.chart's RunData), so the same code tells the story of a live run and of
 * an old one, and event kinds the model adds later are carried along unchanged.
 */
public record EventRecord(long step, String kind, String name, String subject, String detail) {

    public static EventRecord of(Event e) {
        return new EventRecord(e.step(), e.kind().key(), e.name(), e.subject(), e.detail());
    }

    public static List<EventRecord> of(List<Event> events) {
        return events.stream().map(EventRecord::of).toList();
    }
}
