package samen.workshop;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import samen.model.Intervention;
import samen.output.Provenance;

/**
 * {@code decisions.csv}: every decision, intervention and round of a session, one row each, in the
 * order they happened, flushed as they happen. With the scenario and seed it is the whole session:
 * {@link Replay} plays it again step for step.
 */
public final class DecisionsFile implements Closeable {

    public static final String NAME = "decisions.csv";

    static final String[] HEADER = {"round", "step", "kind", "seat", "organisation", "by", "bring", "act", "attend",
            "constituency", "stay", "agent_bring", "agent_act", "agent_stay", "intervention", "carried_out", "steps"};

    private final CSVPrinter printer;
    private boolean closed;

    private DecisionsFile(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A new file with its provenance comment and header (replacing a leftover one). */
    public static DecisionsFile create(Path file, Provenance provenance) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setCommentMarker('#')
                    .setHeaderComments(provenance.csvComment()).setHeader(HEADER).setRecordSeparator("\n").get());
            printer.flush();
            return new DecisionsFile(printer);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one row and flushes it to the file. */
    public void append(Entry entry) throws IOException {
        printer.printRecord((Object[]) cells(entry));
        printer.flush();
    }

    static String[] cells(Entry entry) {
        String[] c = new String[HEADER.length];
        java.util.Arrays.fill(c, "");
        c[0] = Integer.toString(entry.round());
        c[1] = Long.toString(entry.step());
        if (entry instanceof Entry.Decision d) {
            c[2] = "decision";
            c[3] = Integer.toString(d.seat());
            c[4] = d.organisation();
            c[5] = d.human() ? "human" : "agent";
            if (d.human()) {
                Choice ch = d.choice();
                c[6] = Integer.toString(ch.bring());
                c[7] = ch.act().key();
                c[8] = ch.attend().key();
                c[9] = ch.constituency().key();
                c[10] = Boolean.toString(ch.stay());
            } else if (d.agentAct() != null) {
                c[6] = Integer.toString(d.agentBring());
                c[7] = d.agentAct().key();
            }
            if (d.agentAct() != null) {
                c[11] = Integer.toString(d.agentBring());
                c[12] = d.agentAct().key();
                c[13] = Boolean.toString(d.agentStays());
            }
        } else if (entry instanceof Entry.Fired f) {
            c[2] = "intervention";
            c[5] = "trainer";
            c[14] = f.intervention().key();
            c[15] = Boolean.toString(f.carriedOut());
        } else if (entry instanceof Entry.RoundEnd r) {
            c[2] = "round";
            c[16] = Integer.toString(r.steps());
        }
        return c;
    }

    /**
     * Reads a decisions file written by a session of a scenario with these organisations.
     *
     * @param source the file's name as the user should see it in messages
     * @throws SessionException with {@code source:line: column: what is wrong; allowed: ...}
     */
    public static List<Entry> read(Path file, String source, List<String> organisations) throws SessionException {
        List<Entry> entries = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            var parser = format.parse(in);
            if (!parser.getHeaderNames().equals(List.of(HEADER))) {
                throw new SessionException(source + ":1: header: expected " + String.join(",", HEADER)
                        + "; allowed: a decisions.csv written by samen workshop");
            }
            for (CSVRecord r : parser) entries.add(new RowReader(source, r, organisations).entry());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new SessionException(source + ": cannot read the decisions (" + e.getMessage()
                    + "); allowed: a decisions.csv written by samen workshop");
        }
        return entries;
    }

    /** Closes the file; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        printer.close(true);
    }

    /** One row, checked cell by cell, with the row's line in every message. */
    private record RowReader(String source, CSVRecord r, List<String> organisations) {

        Entry entry() throws SessionException {
            if (r.size() != HEADER.length) throw bad("row", r.size() + " cells", HEADER.length + " cells");
            int round = whole("round", 1, Integer.MAX_VALUE);
            long step = whole("step", 0, Integer.MAX_VALUE);
            return switch (r.get("kind")) {
                case "decision" -> decision(round, step);
                case "intervention" -> new Entry.Fired(round, step, intervention(), bool("carried_out"));
                case "round" -> new Entry.RoundEnd(round, step, whole("steps", 0, Integer.MAX_VALUE));
                default -> throw bad("kind", "'" + r.get("kind") + "'", "decision, intervention, round");
            };
        }

        private Entry.Decision decision(int round, long step) throws SessionException {
            int seat = whole("seat", 1, organisations.size());
            String name = organisations.get(seat - 1);
            if (!r.get("organisation").equals(name)) throw bad("organisation", "'" + r.get("organisation") + "'", "'" + name + "' (seat " + seat + ")");
            int agentBring = r.get("agent_bring").isEmpty() ? -1 : whole("agent_bring", 0, 100);
            Act agentAct = r.get("agent_act").isEmpty() ? null : act("agent_act");
            boolean agentStays = agentAct == null || bool("agent_stay");
            Choice choice = switch (r.get("by")) {
                case "human" -> new Choice(whole("bring", 0, 100), act("act"), attend(), answer(), bool("stay"));
                case "agent" -> null;
                default -> throw bad("by", "'" + r.get("by") + "'", "human, agent");
            };
            return new Entry.Decision(round, step, seat, name, choice, agentBring, agentAct, agentStays);
        }

        private int whole(String column, int min, int max) throws SessionException {
            String text = r.get(column);
            try {
                int v = Integer.parseInt(text);
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, "'" + text + "'", "a whole number from " + min + " to " + max);
        }

        private boolean bool(String column) throws SessionException {
            return switch (r.get(column)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad(column, "'" + r.get(column) + "'", "true, false");
            };
        }

        private Act act(String column) throws SessionException {
            Act a = Act.byKey(r.get(column));
            if (a == null) throw bad(column, "'" + r.get(column) + "'", keys(Act.values()));
            return a;
        }

        private Attend attend() throws SessionException {
            Attend a = Attend.byKey(r.get("attend"));
            if (a == null) throw bad("attend", "'" + r.get("attend") + "'", keys(Attend.values()));
            return a;
        }

        private Answer answer() throws SessionException {
            Answer a = Answer.byKey(r.get("constituency"));
            if (a == null) throw bad("constituency", "'" + r.get("constituency") + "'", keys(Answer.values()));
            return a;
        }

        private Intervention intervention() throws SessionException {
            for (Intervention i : Intervention.values()) if (i.key().equals(r.get("intervention"))) return i;
            throw bad("intervention", "'" + r.get("intervention") + "'", keys(Intervention.values()));
        }

        private SessionException bad(String column, String got, String allowed) {
            // Comment and header lines come first, so the record's line is its physical line.
            return new SessionException(String.format(Locale.ROOT, "%s:%d: %s: unexpected %s; allowed: %s",
                    source, r.getParser().getCurrentLineNumber(), column, got, allowed));
        }

        private static String keys(Enum<?>[] values) {
            List<String> k = new ArrayList<>();
            for (Enum<?> v : values) k.add(v.name().toLowerCase(Locale.ROOT));
            return String.join(", ", k);
        }
    }
}
