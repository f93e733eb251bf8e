package samen.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import samen.model.Collaboration;
import samen.model.Event;
import samen.model.EventKind;
import samen.model.Voice;

/**
 * Writes {@code events.csv}: everything that happened in the run, one row per event, oldest
 * first: phase changes, fall-backs, reopened agreements, interventions (carried out or refused),
 * shocks, partners joining and leaving, turnover, opportunistic acts.
 */
public final class EventsWriter {

    private static final List<Column<Event>> COLUMNS = List.of(
            Column.whole("step", Event::step),
            Column.text("kind", e -> e.kind().key()),
            Column.text("name", Event::name),
            Column.text("subject", Event::subject),
            Column.text("detail", EventsWriter::detail));

    /** The columns, in file order. */
    public static final List<String> HEADER = Column.names(COLUMNS);

    private EventsWriter() {
    }

    private static final Vocabulary ENGLISH = Vocabulary.of(Language.EN);

    /**
     * The event's clause, in English like the rest of the file: the model describes an
     * opportunistic act by the workbook's Dutch term, which the file gives as Wathne and Heide's,
     * and a partner's voice by its Dutch verb, which the file gives as its key.
     */
    static String detail(Event e) {
        if (e.kind() == EventKind.OPPORTUNISM) return ENGLISH.opportunism(e.name());
        if (e.kind() == EventKind.VOICE) {
            for (Voice v : Voice.values()) {
                if (v.key().equals(e.name())) return e.detail().replace("(" + v.dutch() + ")", "(" + ENGLISH.voice(v.key()) + ")");
            }
        }
        return e.detail();
    }

    public static void write(Path file, Collaboration model, Provenance provenance) throws IOException {
        try (CsvTable table = new CsvTable(file, provenance, HEADER)) {
            for (Event e : model.events()) table.row(Column.cells(COLUMNS, e));
        }
    }
}
