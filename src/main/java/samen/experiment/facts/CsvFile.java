package samen.experiment.facts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A small CSV file written whole: a {@code # ...} provenance comment, the header, the rows; into a
 * temporary file in the same directory, then renamed, so it is complete or absent.
 */
final class CsvFile {

    private CsvFile() {
    }

    static Path write(Path dir, String name, String comment, List<String> header, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        Path temp = dir.resolve("." + name + ".tmp");
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeaderComments(comment)
                .setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, format)) {
            for (List<String> row : rows) csv.printRecord(row);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
