package samen.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import samen.engine.StepListener;
import samen.model.Collaboration;
import samen.model.Organisation;

/**
 * Streams {@code organisations.csv} in long ("tidy") format: one row per organisation per step, in
 * scenario order, organisations that left included (with {@code active=false}).
 */
public final class OrganisationsRecorder implements StepListener, Closeable {

    private static final List<Column<Organisation>> COLUMNS = List.of(
            Column.text("organisation", Organisation::name),
            Column.flag("active", Organisation::active),
            Column.number("power", Organisation::power),
            Column.number("perceived_power", Organisation::perceivedPower),
            Column.number("loyalty", Organisation::loyalty),
            Column.number("trust_given", Organisation::trustGiven),
            Column.number("trust_received", Organisation::trustReceived),
            Column.number("vigilance", Organisation::vigilance),
            Column.number("contribution", Organisation::contribution),
            Column.number("taken", Organisation::taken),
            Column.number("payoff", Organisation::payoff),
            Column.number("cumulative_payoff", Organisation::cumulativePayoff),
            Column.number("interests_served", Organisation::interestsServed),
            Column.flag("opportunistic", Organisation::opportunistic),
            Column.text("conduct", o -> o.conduct() == null ? "" : o.conduct().key()),
            Column.text("leadership", o -> o.leadership().key()),
            Column.text("phase_picture", o -> o.picture().key()),
            Column.flag("controlling", Organisation::controlling),
            Column.number("capacity", Organisation::capacity),
            Column.number("relative_gain", Organisation::relativeGain),
            Column.number("surplus_rate", Organisation::surplusRate),
            Column.number("discontent", Organisation::discontent),
            Column.text("voice", o -> o.voice() == null ? "" : o.voice().key()),
            Column.text("participation", o -> o.participation().key()),
            Column.number("withdrawal", Organisation::withdrawal));

    /** The columns, in file order: the step, then the organisation's state. */
    public static final List<String> HEADER =
            Stream.concat(Stream.of("step"), Column.names(COLUMNS).stream()).toList();

    private final CsvTable table;

    public OrganisationsRecorder(Path file, Provenance provenance) throws IOException {
        this.table = new CsvTable(file, provenance, HEADER);
    }

    @Override
    public void afterStep(Collaboration m) {
        String step = Long.toString(m.step());
        for (Organisation o : m.organisations()) {
            String[] state = Column.cells(COLUMNS, o);
            String[] row = new String[state.length + 1];
            row[0] = step;
            System.arraycopy(state, 0, row, 1, state.length);
            table.row(row);
        }
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
