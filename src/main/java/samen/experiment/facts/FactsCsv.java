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
 * {@code facts.csv}: one row per fact, after a {@code # samen ...} comment naming the version, the
 * base scenario and its hash, the seeds and the significance level. Written to a temporary file in
 * the same directory and renamed, so it is complete or absent.
 */
public final class FactsCsv {

    public static final String FILE = "facts.csv";

    static final List<String> HEADER = List.of("fact", "source", "factor", "response", "expected", "effect", "from", "to",
            "statistic", "z", "p", "p_holm", "verdict", "cells");

    private FactsCsv() {
    }

    /** @param comment the provenance line, without the {@code #} */
    public static Path write(Path dir, String comment, List<FactsRun.Result> results) throws IOException {
        Path file = dir.resolve(FILE);
        Path temp = dir.resolve("." + FILE + ".tmp");
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeaderComments(comment)
                .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, format)) {
            for (FactsRun.Result r : results) {
                Fact f = r.fact();
                Evaluation e = r.evaluation();
                csv.printRecord(f.key(), f.source(), f.factor(), f.response().label(), f.expected(), e.effect(),
                        Numbers.decimal(e.from()), Numbers.decimal(e.to()), e.statistic(), Numbers.decimal(e.z()),
                        Numbers.p(e.p()), Numbers.p(r.adjustedP()), r.holds() ? "holds" : "fails", e.cells());
            }
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
