package samen.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import samen.model.Collaboration;
import samen.model.Organisation;

/**
 * Writes {@code relations.csv}: trust and vigilance of every ordered pair of distinct organisations
 * that work together (every pair with everyone in the core, the default; contacts only in the
 * interaction network, so the file grows as n·k) at the end of the run, with its Lewicki
 * quadrant; the edge list for network charts. Organisations that left are included; join with
 * {@code organisations.csv} to filter them.
 */
public final class RelationsWriter {

    /** The columns, in file order. */
    public static final List<String> HEADER = List.of("from", "to", "trust", "vigilance", "quadrant");

    private RelationsWriter() {
    }

    public static void write(Path file, Collaboration m, Provenance provenance) throws IOException {
        try (CsvTable table = new CsvTable(file, provenance, HEADER)) {
            for (Organisation from : m.organisations()) {
                for (Organisation to : m.organisations()) {
                    if (!m.contacts(from, to)) continue;
                    table.row(from.name(), to.name(),
                            Decimals.format(m.trust(from, to)),
                            Decimals.format(m.vigilance(from, to)),
                            m.quadrant(from, to).key());
                }
            }
        }
    }
}
