package samen.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import samen.output.CsvCells;

/**
 * One CSV line with its LF, quoted as samen.output's tables are (RFC 4180, and every cell quoted
 * when one holds a {@code #}, which pandas' {@code comment="#"} would otherwise cut at), and with
 * formula-like texts defused ({@link CsvCells}).
 */
final class CsvLine {

    private static final CSVFormat MINIMAL = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final CSVFormat ALL = MINIMAL.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvLine() {
    }

    static void append(StringBuilder out, String... given) {
        String[] cells = CsvCells.safe(given);
        boolean hash = false;
        for (String cell : cells) hash |= cell.indexOf('#') >= 0;
        try {
            (hash ? ALL : MINIMAL).printRecord(out, (Object[]) cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    static String of(String... cells) {
        StringBuilder out = new StringBuilder();
        append(out, cells);
        return out.toString();
    }
}
