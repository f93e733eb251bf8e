package samen.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import samen.engine.StepListener;
import samen.model.Collaboration;
import samen.model.Organisation;

/**
 * Streams {@code organisations.csv} in long ("tidy") format: one row per organisation per step, in
 * scenario order, organisations that left included (with {@code active=false}).
 */
public final class OrganisationsRecorder implements StepListener, Closeable {

    /** The columns, in file order. */
    public static final List<String> HEADER = List.of(
            "step", "organisation", "active", "power", "perceived_power", "loyalty", "trust_given",
            "trust_received", "vigilance", "contribution", "taken", "payoff", "cumulative_payoff",
            "interests_served", "opportunistic");

    private final CsvTable table;

    public OrganisationsRecorder(Path file, Provenance provenance) throws IOException {
        this.table = new CsvTable(file, provenance, HEADER);
    }

    @Override
    public void afterStep(Collaboration m) {
        String step = CsvTable.cell(m.step());
        for (Organisation o : m.organisations()) {
            table.row(
                    step,
                    o.name(),
                    CsvTable.cell(o.active()),
                    CsvTable.cell(o.power()),
                    CsvTable.cell(o.perceivedPower()),
                    CsvTable.cell(o.loyalty()),
                    CsvTable.cell(o.trustGiven()),
                    CsvTable.cell(o.trustReceived()),
                    CsvTable.cell(o.vigilance()),
                    CsvTable.cell(o.contribution()),
                    CsvTable.cell(o.taken()),
                    CsvTable.cell(o.payoff()),
                    CsvTable.cell(o.cumulativePayoff()),
                    CsvTable.cell(o.interestsServed()),
                    CsvTable.cell(o.opportunistic()));
        }
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
