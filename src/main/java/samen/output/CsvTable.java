package samen.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One CSV file being written row by row: a {@code # samen ...} provenance comment, a header, then
 * rows streamed to disk as they come (a long run or a sweep never holds its rows in memory).
 * UTF-8, LF line endings, RFC 4180 quoting. Read it with {@code pd.read_csv(path, comment="#")}.
 *
 * <p>pandas' {@code comment="#"} cuts a line at a {@code #} anywhere outside quotes, and
 * commons-csv's minimal quoting leaves {@code Team #2} unquoted; so a row with a {@code #} in any
 * cell is written with every cell quoted. A text that a spreadsheet would run as a formula is
 * defused ({@link CsvCells}).
 */
final class CsvTable implements Closeable {

    private final Path file;
    private final int columns;
    private final CSVPrinter printer;
    private final CSVPrinter quotedRows;

    CsvTable(Path file, Provenance provenance, List<String> header) throws IOException {
        this.file = file;
        this.columns = header.size();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setCommentMarker('#')
                .setHeaderComments(provenance.csvComment())
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            this.printer = new CSVPrinter(out, format);
            this.quotedRows = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setQuoteMode(QuoteMode.ALL).setRecordSeparator("\n").get());
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one row; numbers must already be formatted ({@link Decimals}). */
    void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(file.getFileName() + ": " + cells.length + " cells for " + columns + " columns");
        }
        try {
            String[] safe = CsvCells.safe(cells);
            (needsQuotes(safe) ? quotedRows : printer).printRecord((Object[]) safe);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static boolean needsQuotes(String[] cells) {
        for (String cell : cells) {
            if (cell.indexOf('#') >= 0) return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
